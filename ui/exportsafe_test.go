package ui

import (
	"bytes"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
)

func TestWindowExportRefusesTheDatabasesOwnFiles(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.3.13")
	d.text.SetText("Key-pad entry")
	d.flush()
	td.settle()
	dir := filepath.Dir(td.store.Path())
	link := filepath.Join(t.TempDir(), "pack.pdf")
	os.Symlink(td.store.Path(), link)
	for _, path := range []string{td.store.Path(), td.store.Path() + "-wal", td.store.Path() + ".lock",
		filepath.Join(dir, "backups", "pack.pdf"), filepath.Join(dir, "dsptdesk.log"), link,
		filepath.Join(dir, "sub", "..", "dspt.db")} {
		td.writePDF(path)
		td.settle()
		if got := overlayText(td.win.Canvas()); !strings.Contains(got, "own files") {
			t.Errorf("exporting the PDF to %s: dialog says %q", path, got)
		}
		td.win.Canvas().Overlays().Top().Hide()
	}
	if _, err := os.Stat(td.store.Path() + ".lock"); err != nil {
		t.Errorf("the empty lock file was removed: %v", err)
	}
	if data, _ := os.ReadFile(td.store.Path()); bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatal("the database was replaced by the PDF")
	}
	if got := td.saved().Answers["1.3.13"].Value; got != "Key-pad entry" {
		t.Errorf("the answer reads back as %q", got)
	}
}

func TestWelcomeSaysWhereANewFileIsMade(t *testing.T) {
	td := newTestDesk(t, nil)
	td.opt.NewFile = true
	td.showWelcome()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "new file for your work: "+td.store.Path()) {
		t.Errorf("the welcome says %q", got)
	}
}

func TestTheWindowLogHoldsNoNamesOrAnswerText(t *testing.T) {
	td := newTestDesk(t, func(s Store) Store { return failingStore{s} })
	var logged bytes.Buffer
	td.opt.Log = log.New(&logged, "", 0)
	d := td.goTo("1.3.13")
	test.Type(d.text, "Quixotic Zebulon answer")
	d.flush()
	td.settle()
	td.writePDF(filepath.Join(t.TempDir(), "nowhere", "DSPT.pdf"))
	td.settle()
	td.writePDF(td.store.Path())
	td.settle()
	if logged.Len() == 0 {
		t.Fatal("the failures were not logged")
	}
	for _, secret := range []string{"Quixotic", "Zebulon"} {
		if strings.Contains(logged.String(), secret) {
			t.Errorf("the log holds %q:\n%s", secret, logged.String())
		}
	}
}

func TestFynesSaveDialogNoLongerEmptiesTheChosenFile(t *testing.T) {
	test.NewTempApp(t)
	keepFilesUntilWritten()
	path := filepath.Join(t.TempDir(), "dspt.db")
	os.WriteFile(path, []byte("the manager's work"), 0o600)
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	w.Close() // what the window does with the writer the dialog hands it
	if data, _ := os.ReadFile(path); string(data) != "the manager's work" {
		t.Fatalf("choosing the file emptied it: %q", data)
	}
	fresh := filepath.Join(t.TempDir(), "new.txt")
	w, _ = storage.Writer(storage.NewFileURI(fresh))
	w.Write([]byte("written"))
	w.Close()
	if data, _ := os.ReadFile(fresh); string(data) != "written" {
		t.Errorf("a real write: %q", data)
	}
}

// The spreadsheets and the saved list of import problems came from other
// branches than the PDF and JSON exports; they too must never be written
// over the database or one of its own files.
func TestSpreadsheetsAndTheProblemsListRefuseTheDatabasesOwnFiles(t *testing.T) {
	td := newTestDesk(t, nil)
	db := td.store.Path()
	before, _ := os.ReadFile(db)
	wrote := false
	write := func(string, report.Input) error { wrote = true; return nil }
	for _, path := range []string{db, db + "-wal", filepath.Join(filepath.Dir(db), "dsptdesk.log")} {
		td.writeSheet(path, write)
		td.settle()
		if got := overlayText(td.win.Canvas()); !strings.Contains(got, "own files") {
			t.Errorf("a spreadsheet to %s: dialog says %q", path, got)
		}
		td.win.Canvas().Overlays().Top().Hide()
		td.writeProblems(path, manyProblems(3))
		td.bg.wait()
		td.settle()
		if got := overlayText(td.win.Canvas()); !strings.Contains(got, "own files") {
			t.Errorf("the problems list to %s: dialog says %q", path, got)
		}
		td.win.Canvas().Overlays().Top().Hide()
	}
	if wrote {
		t.Error("a spreadsheet was written over one of the database's own files")
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Fatal("the database was replaced")
	}
}

// The spreadsheet (and the printed pack, which shares the check) shows what
// the manager found with "Check it now" on a network location, as the PDF
// does, instead of "not checked" again.
func TestSpreadsheetKeepsWhatWasCheckedByHand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "Register.xlsx")
	os.WriteFile(file, []byte("register"), 0o600)
	td := newTestDeskWith(t, importedEvidence(file), nil)
	d := td.goTo("1.1.3")
	tapIn(t, td, d, "Check it now")
	td.settle()
	unc := td.record.EvidenceFor("1.1.3")[0]
	if td.evidence[unc.ID] != assessment.EvidenceMissing {
		t.Fatalf("Check it now on the UNC path found %v", td.evidence[unc.ID])
	}
	var found map[int64]assessment.EvidenceCondition
	td.writeSheet(filepath.Join(t.TempDir(), "pack.xlsx"), func(_ string, in report.Input) error {
		found = in.Evidence
		return nil
	})
	td.bg.wait()
	td.settle()
	if found[unc.ID] != assessment.EvidenceMissing {
		t.Errorf("the spreadsheet shows the UNC path as %v, not what Check it now found", found[unc.ID])
	}
}
