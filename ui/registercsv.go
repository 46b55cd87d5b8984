package ui

import "github.com/dsptdesk/dsptdesk/assessment/register"

// importRegisterCSV reads a CSV file into a register table. The CSV
// import with column matching is written on its own branch; until it is
// merged this says so.
func (d *Desk) importRegisterCSV(s *register.Schema) {
	showMessage(d.win, "Import from CSV", "Importing "+s.Title+" from a CSV file is not in this version yet.")
}

// exportRegisterCSV writes a register table to a CSV file. The CSV export
// is written on its own branch; until it is merged this says so.
func (d *Desk) exportRegisterCSV(s *register.Schema) {
	showMessage(d.win, "Export to CSV", "Exporting "+s.Title+" to a CSV file is not in this version yet.")
}
