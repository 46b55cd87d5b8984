package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/store"
)

// exportScreen offers the printed pack and the portable JSON file, and
// adds toolkit editions from a file.
type exportScreen struct {
	root     fyne.CanvasObject
	editions *editionsSection
}

func newExportScreen(d *Desk) *exportScreen {
	pdf := widget.NewButtonWithIcon("Export PDF…", theme.DocumentSaveIcon(), d.exportPDF)
	pdf.Importance = widget.HighImportance
	printBtn := widget.NewButtonWithIcon("Print…", theme.DocumentPrintIcon(), d.printPack)
	jsonOut := widget.NewButtonWithIcon("Export everything to a file…", theme.DownloadIcon(), d.exportJSON)
	jsonIn := widget.NewButtonWithIcon("Import from a file…", theme.UploadIcon(), d.chooseImport)
	body := container.NewVBox(
		heading("Printed pack"),
		wrapLabel("A PDF to print and hand to a CQC inspector, a commissioner or the owner: a cover with the level reached and a sign-off block, a summary table per group, every answer with its evidence, the questions not answered yet, the action plan, what is missing for the next level and an index of the evidence. Print (Ctrl+P) sends it to your printer."),
		container.NewHBox(pdf, printBtn),
		widget.NewSeparator(),
		spreadsheetSection(d),
		widget.NewSeparator(),
		heading("Move or share your work"),
		wrapLabel("Export writes your profile, assessments, answers, evidence records, action plan and registers to one file, to move to another computer or keep safe. Import reads such a file back; it checks the whole file first and changes nothing unless every part is valid. The files your evidence points to are not included: copy them separately."),
		container.NewHBox(jsonOut, jsonIn),
	)
	editions := newEditionsSection(d)
	body.Add(widget.NewSeparator())
	body.Add(editions.root)
	return &exportScreen{root: container.NewVScroll(container.NewPadded(body)), editions: editions}
}

func (e *exportScreen) content() fyne.CanvasObject { return e.root }
func (e *exportScreen) refresh()                   { e.editions.refresh() }

// exportPDF asks whether to include comments and where to save the PDF,
// then makes it in the background.
func (d *Desk) exportPDF() {
	d.flushEdits()
	d.askPackOptions("Export PDF", "Choose where to save", func() {
		d.choosePath(fileChoice{kind: pickSave, title: "Save the PDF", name: pdfName(d.profile.Name, d.now()), ext: ".pdf", label: "PDF files", purpose: "export"}, d.writePDF)
	})
}

// pdfName is the suggested file name: DSPT-<organisation>-<date>.pdf.
func pdfName(org string, today time.Time) string {
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < ' ' {
			return -1
		}
		return r
	}, strings.TrimSpace(org))
	if clean == "" {
		clean = "assessment"
	}
	return fmt.Sprintf("DSPT-%s-%s.pdf", clean, assessment.FormatDate(today))
}

// writePDF renders the report off the UI goroutine with a progress dialog,
// then offers to open it.
func (d *Desk) writePDF(path string) {
	if !d.exportAllowed("The PDF was not made", path) {
		return
	}
	in := d.packInput()
	prog := dialog.NewCustomWithoutButtons("Making your PDF…", widget.NewProgressBarInfinite(), d.win)
	prog.Show()
	checkEvidence := d.packEvidenceCheck()
	d.bg.run(func() func() {
		checkEvidence(&in)
		err := report.WriteFile(path, in)
		return func() {
			prog.Hide()
			if err != nil {
				removeIfEmpty(path)
				d.showError("The PDF was not made", err)
				return
			}
			d.offerToOpen(path)
		}
	})
}

// exportAllowed refuses, with a message, an export to one of the database's
// own files, to a folder or into a folder that does not exist (see
// store.CheckExportPath). Nothing is written or removed then.
func (d *Desk) exportAllowed(title, path string) bool {
	err := store.CheckExportPath(d.store.Path(), path)
	if err != nil {
		d.showError(title, err)
	}
	return err == nil
}

// removeIfEmpty deletes the empty file a save dialog left behind.
func removeIfEmpty(path string) {
	if info, err := os.Stat(path); err == nil && info.Size() == 0 {
		os.Remove(path)
	}
}

func (d *Desk) offerToOpen(path string) { d.offerToOpenTitled("PDF ready", path) }

// offerToOpenTitled says where a file was saved and offers to open it.
func (d *Desk) offerToOpenTitled(title, path string) {
	msg := wrapLabel("Saved to " + path)
	confirm(d.win, title, "Open it", "Close", msg, func(open bool) {
		if open {
			d.openFile(path)
		}
	})
}

// exportJSON writes everything to a portable file in the background.
func (d *Desk) exportJSON() {
	d.flushEdits()
	name := strings.TrimSuffix(pdfName(d.profile.Name, d.now()), ".pdf") + ".json"
	d.choosePath(fileChoice{kind: pickSave, title: "Export everything to a file", name: name, ext: ".json", label: "DSPT Desk files", purpose: "export"}, func(path string) {
		if !d.exportAllowed("The file was not written", path) {
			return
		}
		d.bg.write(func() func() {
			err := d.store.ExportJSONFile(context.Background(), path)
			return func() {
				if err != nil {
					removeIfEmpty(path)
					d.showError("The file was not written", err)
					return
				}
				showMessage(d.win, "Exported", "Everything was written to "+path+".")
			}
		})
	})
}

func (d *Desk) chooseImport() {
	d.choosePath(fileChoice{kind: pickOpen, title: "Import from a file", ext: ".json", label: "DSPT Desk files", purpose: "import"}, func(path string) {
		d.importJSON(path, store.ImportOptions{})
	})
}

// importJSON reads a file written by export, in the background.
func (d *Desk) importJSON(path string, opt store.ImportOptions) {
	d.flushEdits()
	prog := dialog.NewCustomWithoutButtons("Importing…", widget.NewProgressBarInfinite(), d.win)
	prog.Show()
	d.bg.write(func() func() {
		err := importFile(d.store, path, opt)
		return func() {
			prog.Hide()
			d.afterImport(path, opt.Replace, err)
		}
	})
}

func importFile(st Store, path string, opt store.ImportOptions) error {
	f, err := store.OpenImportFile(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = st.ImportJSON(context.Background(), f, opt)
	return err
}

func (d *Desk) afterImport(path string, replace bool, err error) {
	var bad *store.ImportError
	switch {
	case assessment.ErrorCode(err) == assessment.EConflict && !replace && errors.As(err, &bad):
		d.confirmReplace(path, bad.PublishedYears())
	case errors.As(err, &bad):
		d.showImportProblems(bad)
	case err != nil:
		d.showError("Nothing was imported", err)
	default:
		d.reloadAll()
		showMessage(d.win, "Imported", "Everything in "+filepath.Base(path)+" was imported.")
	}
}

// reloadAll reads everything from the store again and rebuilds the window
// (the edition may have changed), keeping the screen and question on show.
func (d *Desk) reloadAll() {
	screenID, ref := d.current, ""
	if d.questions.item != nil {
		ref = d.questions.item.Ref
	}
	if err := d.load(context.Background()); err != nil {
		d.showError("Your file could not be read again", err)
		return
	}
	d.build()
	if it := d.edition.Item(ref); it != nil {
		d.questions.showItem(it)
	} else {
		d.questions.showGroup(d.edition.Groups[0])
	}
	d.show(screenID)
	d.checkEvidence()
}
