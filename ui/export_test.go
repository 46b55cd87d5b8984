package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

func TestExportPDFWritesTheFileAndOffersToOpenIt(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.1")
	d.text.SetText("ZA765432")
	td.exportPDF()
	td.settle()
	confirmDialog(t, td, "Choose where to save")
	waitForDialog(td)
	if td.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Export PDF should open a file dialog")
	}
	var name *widget.Entry
	walk(td.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && strings.HasSuffix(e.Text, ".pdf") {
			name = e
		}
	})
	if name == nil {
		t.Fatal("the file dialog should suggest a file name")
	}
	if win := td.win.Canvas().Size(); name.Size().Width < win.Width*0.6 {
		t.Errorf("the file name box is %v wide in a %v window: the dialog should fill most of it", name.Size().Width, win)
	}
	td.win.Canvas().Overlays().Top().Hide()
	path := filepath.Join(t.TempDir(), pdfName("Rosewood House", testNow))
	td.writePDF(path)
	td.settle()
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "Saved to "+path) {
		t.Errorf("dialog says %q", got)
	}
	if pdfName(`Rose: "House"/1`, testNow) != "DSPT-Rose House1-2026-03-10.pdf" {
		t.Errorf("unsafe characters kept in %q", pdfName(`Rose: "House"/1`, testNow))
	}
}

func TestExportAndImportFromTheWindow(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.3.13")
	d.text.SetText("Key-pad entry")
	d.flush()
	td.settle()
	path := filepath.Join(t.TempDir(), "all.json")
	if err := td.store.ExportJSONFile(t.Context(), path); err != nil {
		t.Fatal(err)
	}
	td.importJSON(path, store.ImportOptions{})
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "Replace") {
		t.Fatalf("importing over the same assessment should ask before replacing; dialog says %q", got)
	}
	confirmDialog(t, td, "Replace")
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "was imported") {
		t.Errorf("after replacing, dialog says %q", got)
	}
	if td.answer("1.3.13").Value != "Key-pad entry" {
		t.Errorf("after import the answer is %q", td.answer("1.3.13").Value)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"format":"dsptdesk","version":1,"assessments":[{"edition":"2025-26","answers":[{"ref":"9.9.9"}]}]}`), 0o600)
	td.importJSON(bad, store.ImportOptions{})
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "Nothing was imported") || !strings.Contains(got, "9.9.9") {
		t.Errorf("a bad file should list its problems; dialog says %q", got)
	}
}

// TestImportOverAPublishedYearAsksNamingIt checks that the window asks
// before an import replaces a published year, naming it, and replaces it
// only when the manager agrees.
func TestImportOverAPublishedYearAsksNamingIt(t *testing.T) {
	td := newTestDesk(t, nil)
	a := td.record.Assessment
	path := filepath.Join(t.TempDir(), "all.json")
	if err := td.store.ExportJSONFile(t.Context(), path); err != nil {
		t.Fatal(err)
	}
	on, _ := assessment.ParseDate("2026-03-01")
	if err := td.store.Publish(t.Context(), a.ID, on, assessment.StandardsMet); err != nil {
		t.Fatal(err)
	}
	td.importJSON(path, store.ImportOptions{})
	td.settle()
	got := overlayText(td.win.Canvas())
	if !strings.Contains(got, "You published the "+a.EditionID+" assessment: it is locked") {
		t.Fatalf("the question does not name the published year: %q", got)
	}
	confirmDialog(t, td, "Replace the published year")
	td.bg.wait()
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "was imported") {
		t.Errorf("after agreeing, the dialog says %q", got)
	}
	list, _ := td.store.Assessments(t.Context())
	if len(list) != 1 || list[0].Locked() {
		t.Errorf("the published year was not replaced by the file's: %+v", list)
	}
}
