package spreadsheet

import (
	"encoding/csv"
	"fmt"
	"io"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/atomicfile"
)

// utf8BOM starts the CSV, so that Excel reads names such as Wiśniewski as
// written.
const utf8BOM = "\ufeff"

// WriteActionsCSV writes the action plan as CSV into w: a heading row,
// then one row per action, dates as 2026-05-14.
func WriteActionsCSV(w io.Writer, in report.Input) error {
	if err := check(in); err != nil {
		return err
	}
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return fmt.Errorf("spreadsheet: writing the CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // what Windows programs expect
	head := make([]string, len(actionColumns))
	for i, c := range actionColumns {
		head[i] = c.title
	}
	cw.Write(head)
	for _, a := range in.Record.Actions {
		cw.Write(csvRow(actionRow(a)))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("spreadsheet: writing the CSV: %w", err)
	}
	return nil
}

// csvRow writes each cell as text.
func csvRow(values []any) []string {
	out := make([]string, len(values))
	for i, v := range values {
		switch v := v.(type) {
		case time.Time:
			out[i] = assessment.FormatDate(v)
		case string:
			out[i] = v
		}
	}
	return out
}

// WriteXLSXFile writes the workbook to path, whole or not at all (see
// atomicfile.Write).
func WriteXLSXFile(path string, in report.Input) error {
	return atomicfile.Write(path, 0o644, func(w io.Writer) error { return WriteXLSX(w, in) })
}

// WriteActionsCSVFile writes the action plan as CSV to path, whole or not
// at all (see atomicfile.Write).
func WriteActionsCSVFile(path string, in report.Input) error {
	return atomicfile.Write(path, 0o644, func(w io.Writer) error { return WriteActionsCSV(w, in) })
}
