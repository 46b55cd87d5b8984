package cli

import (
	"io"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/assessment/spreadsheet"
	"github.com/dsptdesk/dsptdesk/atomicfile"
	"github.com/dsptdesk/dsptdesk/store"
)

// exportFormats are the formats export writes.
var exportFormats = map[string]bool{"json": true, "pdf": true, "xlsx": true, "csv": true}

// packWriters write the newest assessment in each format but json: the
// printed pack, the workbook (answers, evidence and action plan) and the
// action plan as CSV.
var packWriters = map[string]func(io.Writer, report.Input) error{
	"pdf":  report.Write,
	"xlsx": spreadsheet.WriteXLSX,
	"csv":  spreadsheet.WriteActionsCSV,
}

// packOptions say what export writes for the newest assessment.
type packOptions struct {
	format     string // pdf, xlsx or csv
	path       string // the file, or "-" for standard output
	noComments bool   // leave the comments out, as the window's export can
}

// exportPack writes the newest assessment to the path in the format, or to
// standard output for "-"; a file is written whole or not at all. Comments
// are included, as in the online toolkit, unless left out.
func exportPack(st *store.Store, bank *assessment.Bank, o packOptions, env Env) error {
	in, err := packInput(st, bank, env)
	if err != nil {
		return err
	}
	in.LeaveOutComments = o.noComments
	write := packWriters[o.format]
	if o.path == "-" {
		return write(env.Stdout, in)
	}
	return atomicfile.Write(o.path, 0o644, func(w io.Writer) error { return write(w, in) })
}
