package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/report"
)

// printPDF hands a PDF to the system to print; tests replace it.
var printPDF = printFile

// printPack asks whether to include comments, makes the pack in a
// temporary file off the UI goroutine and hands it to the system to print;
// where the system cannot print it directly, it opens the pack in the PDF
// viewer for the manager to print from there.
func (d *Desk) printPack() {
	d.flushEdits()
	d.askPackOptions("Print the pack", "Print", d.makeAndPrint)
}

func (d *Desk) makeAndPrint() {
	in := d.packInput()
	name := pdfName(d.profile.Name, d.now())
	prog := dialog.NewCustomWithoutButtons("Making your pack to print…", widget.NewProgressBarInfinite(), d.win)
	prog.Show()
	checkEvidence := d.packEvidenceCheck()
	d.bg.run(func() func() {
		checkEvidence(&in)
		path, err := writePrintCopy(name, in)
		var perr error
		if err == nil {
			perr = printPDF(path)
		}
		return func() {
			prog.Hide()
			d.afterPrint(path, err, perr)
		}
	})
}

// writePrintCopy writes the pack to a folder of its own in the temporary
// folder. The copy stays there: the printer reads it after we return.
func writePrintCopy(name string, in report.Input) (string, error) {
	dir := filepath.Join(os.TempDir(), "DSPT Desk printing")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("making a folder for the copy to print: %w", err)
	}
	path := filepath.Join(dir, name)
	return path, report.WriteFile(path, in)
}

// afterPrint says what happened: sent to the printer, or opened to print
// from the PDF viewer when the system could not print it itself.
func (d *Desk) afterPrint(path string, makeErr, printErr error) {
	switch {
	case makeErr != nil:
		d.showError("The pack was not made", makeErr)
	case printErr == nil:
		showMessage(d.win, "Sent to the printer", "The pack was sent to your printer. If nothing comes out, open "+path+" and print it from there.")
	default:
		d.opt.Log.Printf("printing %s directly: %v; opening it instead", path, printErr)
		if err := d.app.OpenURL(fileURL(path)); err != nil {
			d.opt.Log.Printf("opening %s to print: %v", path, err)
			showMessage(d.win, "Print the pack from its file", "This computer could not print the pack or open it by itself. It is saved as "+path+": open it from there and print it.")
			return
		}
		showMessage(d.win, "Print from your PDF viewer", "This computer could not send the pack straight to a printer, so it is open in your PDF viewer: print it from there (File, then Print).")
	}
}
