package cli

import (
	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/assessment/spreadsheet"
	"github.com/dsptdesk/dsptdesk/store"
)

// exportFormats are the formats export writes.
var exportFormats = map[string]bool{"json": true, "pdf": true, "xlsx": true, "csv": true}

// packWriters write the newest assessment in each format but json: the
// printed pack, the workbook (answers, evidence and action plan) and the
// action plan as CSV.
var packWriters = map[string]func(string, report.Input) error{
	"pdf":  report.WriteFile,
	"xlsx": spreadsheet.WriteXLSXFile,
	"csv":  spreadsheet.WriteActionsCSVFile,
}

// exportPack writes the newest assessment to path in format.
func exportPack(st *store.Store, bank *assessment.Bank, format, path string, env Env) error {
	in, err := packInput(st, bank, env)
	if err != nil {
		return err
	}
	return packWriters[format](path, in)
}
