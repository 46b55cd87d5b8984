package register

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// utf8BOM starts a CSV file so that Excel reads names such as Wiśniewski
// as written.
const utf8BOM = "\ufeff"

// WriteCSV writes a table's rows as CSV: a heading row of the fields'
// labels, then one line per row with values as people read them (dates as
// 31/01/2027, options by label). A cell that a spreadsheet would run as a
// formula (starting = + - @ or a tab) is written with a leading apostrophe,
// so that an exported register cannot run anything when opened.
func WriteCSV(w io.Writer, s *Schema, rows []Row) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return fmt.Errorf("writing the %s CSV: %w", s.Name, err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // what Windows programs expect
	head := make([]string, len(s.Fields))
	for i, f := range s.Fields {
		head[i] = f.Label
	}
	cw.Write(head)
	for _, r := range rows {
		line := make([]string, len(s.Fields))
		for i, f := range s.Fields {
			line[i] = inertCell(f.Show(r.Values[f.Key]))
		}
		cw.Write(line)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing the %s CSV: %w", s.Name, err)
	}
	return nil
}

// inertCell keeps a spreadsheet from reading a cell as a formula.
func inertCell(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}
