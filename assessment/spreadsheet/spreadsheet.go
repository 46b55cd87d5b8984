// Package spreadsheet writes an assessment for the office's own tools: one
// .xlsx workbook (sheets Answers, Evidence and Action plan, with headings,
// column widths, dates as real dates and filters on) and the action plan as
// .csv. Like the report, it works out nothing itself: it shows the status
// and the record it is given, in the same report.Input the PDF is made from.
package spreadsheet

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dsptdesk/dsptdesk/assessment/report"
)

// Sheet names, in the order they appear in the workbook.
const (
	SheetAnswers  = "Answers"
	SheetEvidence = "Evidence"
	SheetActions  = "Action plan"
)

// dateFormat is how date cells show: 14 May 2026.
const dateFormat = "d mmm yyyy"

// column is one column of a sheet: its heading, width in characters and
// whether it holds dates.
type column struct {
	title string
	width float64
	date  bool
}

// table is one sheet's columns and rows. A cell is a string or a
// time.Time; a zero time is left empty.
type table struct {
	name string
	cols []column
	rows [][]any
}

// WriteXLSX writes the workbook into w.
func WriteXLSX(w io.Writer, in report.Input) error {
	if err := check(in); err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	b, err := newBook(f)
	if err != nil {
		return err
	}
	for i, t := range []table{answersTable(in), evidenceTable(in), actionsTable(in)} {
		if err := b.add(i, t); err != nil {
			return fmt.Errorf("spreadsheet: writing the %s sheet: %w", t.name, err)
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("spreadsheet: writing the workbook: %w", err)
	}
	return nil
}

// check reports what is missing from the input.
func check(in report.Input) error {
	if in.Edition == nil || in.Record == nil || in.Status == nil {
		return fmt.Errorf("spreadsheet: no assessment given")
	}
	return nil
}

// book is a workbook being filled, with its shared styles.
type book struct {
	f                  *excelize.File
	head, text, dateSt int
}

func newBook(f *excelize.File) (*book, error) {
	b := &book{f: f}
	var err error
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	if b.head, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE6F0"}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return nil, fmt.Errorf("spreadsheet: making styles: %w", err)
	}
	if b.text, err = f.NewStyle(&excelize.Style{Alignment: top}); err != nil {
		return nil, fmt.Errorf("spreadsheet: making styles: %w", err)
	}
	format := dateFormat
	if b.dateSt, err = f.NewStyle(&excelize.Style{CustomNumFmt: &format, Alignment: top}); err != nil {
		return nil, fmt.Errorf("spreadsheet: making styles: %w", err)
	}
	return b, nil
}

// add writes table t as sheet number i (the first replaces the new file's
// empty sheet): headings, rows, widths, styles, a frozen heading row and
// a filter on every column.
func (b *book) add(i int, t table) error {
	if err := b.sheet(i, t.name); err != nil {
		return err
	}
	for c, col := range t.cols {
		if err := b.column(t, c, col); err != nil {
			return err
		}
	}
	for r, row := range t.rows {
		if err := b.row(t.name, r+2, row); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(t.cols), len(t.rows)+1)
	if err := b.f.AutoFilter(t.name, "A1:"+last, nil); err != nil {
		return err
	}
	return b.f.SetPanes(t.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// sheet names sheet i, renaming the workbook's first sheet for i == 0.
func (b *book) sheet(i int, name string) error {
	if i == 0 {
		return b.f.SetSheetName(b.f.GetSheetName(0), name)
	}
	_, err := b.f.NewSheet(name)
	return err
}

// column writes a heading and sets the width and style of column c.
func (b *book) column(t table, c int, col column) error {
	name, _ := excelize.ColumnNumberToName(c + 1)
	cell := name + "1"
	if err := b.f.SetCellValue(t.name, cell, col.title); err != nil {
		return err
	}
	if err := b.f.SetCellStyle(t.name, cell, cell, b.head); err != nil {
		return err
	}
	if err := b.f.SetColWidth(t.name, name, name, col.width); err != nil {
		return err
	}
	if len(t.rows) == 0 {
		return nil
	}
	st := b.text
	if col.date {
		st = b.dateSt
	}
	return b.f.SetCellStyle(t.name, name+"2", fmt.Sprintf("%s%d", name, len(t.rows)+1), st)
}

// row writes one row of values at row number r.
func (b *book) row(sheet string, r int, values []any) error {
	for c, v := range values {
		cell, _ := excelize.CoordinatesToCellName(c+1, r)
		if t, ok := v.(time.Time); ok {
			if t.IsZero() {
				continue
			}
			v = excelDate(t)
		}
		if err := b.f.SetCellValue(sheet, cell, v); err != nil {
			return err
		}
	}
	return nil
}

// excelDate is the calendar day of t, at midnight UTC, so the cell holds
// that day whatever the time zone.
func excelDate(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
