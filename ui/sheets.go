package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/assessment/spreadsheet"
)

// spreadsheetSection offers the answers, evidence and action plan as an
// Excel workbook, and the action plan as CSV.
func spreadsheetSection(d *Desk) fyne.CanvasObject {
	xlsx := widget.NewButtonWithIcon("Export workbook (.xlsx)…", theme.GridIcon(), func() {
		d.exportSheet(".xlsx", "Excel workbooks", spreadsheet.WriteXLSXFile)
	})
	csv := widget.NewButtonWithIcon("Export action plan (.csv)…", theme.ListIcon(), func() {
		d.exportSheet(".csv", "CSV files", spreadsheet.WriteActionsCSVFile)
	})
	return container.NewVBox(
		heading("Spreadsheets"),
		wrapLabel("For your own records or your IT firm: an Excel workbook with the answers, the evidence locations and the action plan on three sheets, with filters on; or the action plan alone as a CSV file."),
		container.NewHBox(xlsx, csv))
}

// exportSheet asks where to save a spreadsheet, then writes it in the
// background.
func (d *Desk) exportSheet(ext, label string, write func(string, report.Input) error) {
	d.flushEdits()
	name := strings.TrimSuffix(pdfName(d.profile.Name, d.now()), ".pdf") + ext
	d.choosePath(fileChoice{kind: pickSave, title: "Save the spreadsheet", name: name, ext: ext, label: label, purpose: "export"}, func(path string) {
		d.writeSheet(path, write)
	})
}

// writeSheet writes a spreadsheet to path in the background, unless path is
// one of the database's own files (see exportAllowed).
func (d *Desk) writeSheet(path string, write func(string, report.Input) error) {
	if !d.exportAllowed("The spreadsheet was not written", path) {
		return
	}
	in := d.packInput()
	checkEvidence := d.packEvidenceCheck()
	d.bg.run(func() func() {
		checkEvidence(&in)
		err := write(path, in)
		return func() {
			if err != nil {
				removeIfEmpty(path)
				d.showError("The spreadsheet was not written", err)
				return
			}
			showMessage(d.win, "Spreadsheet saved", "Saved to "+path+".")
		}
	})
}
