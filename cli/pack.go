package cli

import (
	"io"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
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
	// leaveOut names the registers whose appendix the pdf leaves out.
	leaveOut map[string]bool
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
	in.LeaveOut = o.leaveOut
	write := packWriters[o.format]
	if o.path == "-" {
		return write(env.Stdout, in)
	}
	return atomicfile.Write(o.path, 0o644, func(w io.Writer) error { return write(w, in) })
}

// appendicesLeftOut reads --leave-out (register names, separated by
// commas) and --no-registers (every register) for a pdf export.
func appendicesLeftOut(list string, none bool, format string) (map[string]bool, error) {
	if list == "" && !none {
		return nil, nil
	}
	if format != "pdf" {
		return nil, usagef("--leave-out and --no-registers are for the pdf format (the appendices are only in the printed pack)")
	}
	out := map[string]bool{}
	var names []string
	for _, reg := range register.All() {
		names = append(names, reg.Name)
		out[reg.Name] = none
	}
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(strings.ToLower(name))
		if name == "" {
			continue
		}
		if register.Named(name) == nil {
			return nil, usagef("--leave-out: there is no register %q; the registers are %s", name, strings.Join(names, ", "))
		}
		out[name] = true
	}
	return out, nil
}
