package spreadsheet

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
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

// WriteXLSXFile writes the workbook to path (see WriteFile).
func WriteXLSXFile(path string, in report.Input) error {
	return WriteFile(path, func(w io.Writer) error { return WriteXLSX(w, in) })
}

// WriteActionsCSVFile writes the action plan as CSV to path (see WriteFile).
func WriteActionsCSVFile(path string, in report.Input) error {
	return WriteFile(path, func(w io.Writer) error { return WriteActionsCSV(w, in) })
}

// WriteFile writes a file through write into a temporary file beside path
// and renames it into place, so a failed export never leaves half a file
// and never damages an older copy.
func WriteFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("spreadsheet: creating the file: %w", err)
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Chmod(0o644) // CreateTemp makes the file private; an export is an ordinary document
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("spreadsheet: closing the file: %w", cerr)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}
