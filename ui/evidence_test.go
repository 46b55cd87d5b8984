package ui

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/assessment/spreadsheet"
	"github.com/dsptdesk/dsptdesk/store"
)

// shownText is every label under o that a person would see.
func shownText(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

// button finds a visible button by its text under o, or nil.
func button(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	walk(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	return found
}

// dialogEntries returns the entries of the topmost dialog, in order.
func dialogEntries(t *testing.T, td *testDesk) []*widget.Entry {
	t.Helper()
	top := td.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	var out []*widget.Entry
	walk(top, func(o fyne.CanvasObject) {
		switch e := o.(type) {
		case *widget.Entry:
			out = append(out, e)
		case *keyEntry:
			out = append(out, &e.Entry)
		case *autosaveEntry:
			out = append(out, &e.Entry)
		}
	})
	return out
}

// tapIn taps the button with the given text in the evidence list.
func tapIn(t *testing.T, td *testDesk, d *questionDetail, text string) {
	t.Helper()
	b := button(d.evidence.content, text)
	if b == nil {
		t.Fatalf("no %q button beside the evidence: %s", text, shownText(d.evidence.content))
	}
	test.Tap(b)
	td.settle()
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestEvidenceIsEditedInPlace(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.2")
	d.evidence.addPlace(assessment.EvidencePaper, "Blue folder", "")
	td.settle()
	before := td.record.EvidenceFor("1.1.2")[0]
	tapIn(t, td, d, "Edit…")
	entries := dialogEntries(t, td)
	if len(entries) != 2 || entries[0].Text != "Blue folder" {
		t.Fatalf("the edit dialog should hold the location and the note: %d entries", len(entries))
	}
	entries[0].SetText("Red folder, manager's office")
	entries[1].SetText("Signed copies, 2026")
	confirmDialog(t, td, "Save")
	got := td.saved().Evidence
	if len(got) != 1 || got[0].ID != before.ID || got[0].Location != "Red folder, manager's office" || got[0].Note != "Signed copies, 2026" || !got[0].AddedAt.Equal(before.AddedAt) {
		t.Errorf("after editing: %+v", got)
	}
}

func TestEditRefusesABlankLocationAndKeepsTheEntry(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.2")
	d.evidence.addPlace(assessment.EvidencePaper, "Blue folder", "")
	td.settle()
	tapIn(t, td, d, "Edit…")
	entries := dialogEntries(t, td)
	entries[0].SetText("")
	test.Type(entries[0], "  ")
	entries[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter, before the box has checked itself
	td.settle()
	if text := overlayText(td.win.Canvas()); !strings.Contains(text, "Say where the evidence is kept") {
		t.Fatalf("a blank location is not explained: %q", text)
	}
	confirmDialog(t, td, "OK")
	if again := dialogEntries(t, td); len(again) != 2 || again[0] != entries[0] || again[0].Text != "  " {
		t.Error("the form did not come back with what was typed")
	}

	if got := td.saved().Evidence; len(got) != 1 || got[0].Location != "Blue folder" {
		t.Errorf("evidence after a refused edit: %+v", got)
	}
}

func TestWebLinkWithoutHTTPSGetsIt(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.3")
	d.evidence.askText(assessment.EvidenceLink)
	entries := dialogEntries(t, td)
	test.Type(entries[0], "www.rosewood.example.org/privacy")
	if err := entries[0].Validate(); err != nil {
		t.Fatalf("a web link without https:// is refused: %v", err)
	}
	confirmDialog(t, td, "Add")
	got := td.saved().Evidence
	if len(got) != 1 || got[0].Location != "https://www.rosewood.example.org/privacy" {
		t.Errorf("saved %+v", got)
	}
}

func TestChangedFileIsAcceptedAsTheRightVersion(t *testing.T) {
	td := newTestDesk(t, nil)
	file := filepath.Join(t.TempDir(), "Asset register.xlsx")
	writeFile(t, file, "version 1")
	d := td.goTo("1.1.2")
	d.evidence.addFile(file)
	td.settle()
	writeFile(t, file, "version 2, with more rows")
	td.checkEvidence()
	td.settle()
	e := td.record.EvidenceFor("1.1.2")[0]
	if td.evidence[e.ID] != assessment.EvidenceChanged || !strings.Contains(shownText(d.evidence.content), "Changed since") {
		t.Fatalf("condition %v, shown:\n%s", td.evidence[e.ID], shownText(d.evidence.content))
	}
	tapIn(t, td, d, "Yes, this is the right version")
	want, _ := assessment.Fingerprint(file)
	if td.evidence[e.ID] != assessment.EvidenceOK || strings.Contains(shownText(d.evidence.content), "Changed since") {
		t.Errorf("still flagged after accepting the new version: %v", td.evidence[e.ID])
	}
	if got := td.saved().Evidence[0]; got.File != want || got.ID != e.ID {
		t.Errorf("saved %+v, want the new fingerprint %+v", got.File, want)
	}
}

func TestMissingFileIsFoundAgainAndCountsOnlyWhenThere(t *testing.T) {
	td := newTestDesk(t, nil)
	dir := t.TempDir()
	gone, moved := filepath.Join(dir, "Policy.pdf"), filepath.Join(dir, "Policies", "Policy.pdf")
	d := td.goTo("1.1.2")
	d.evidence.addFile(gone)
	td.settle()
	st, _ := td.status.Item("1.1.2")
	if st.Complete || !strings.Contains(d.state.Text, "evidence is missing") {
		t.Errorf("a question whose only evidence is missing: complete %v, %q", st.Complete, d.state.Text)
	}
	if button(d.evidence.content, "Find it…") == nil {
		t.Fatalf("no \"Find it…\" beside the missing file: %s", shownText(d.evidence.content))
	}
	os.MkdirAll(filepath.Dir(moved), 0o700)
	writeFile(t, moved, "the policy")
	e := td.record.EvidenceFor("1.1.2")[0]
	d.evidence.relocate(e, moved, e.Note) // what choosing the file in that dialog does
	td.settle()
	if st, _ := td.status.Item("1.1.2"); !st.Complete || td.evidence[e.ID] != assessment.EvidenceOK {
		t.Errorf("after finding it: complete %v, condition %v", st.Complete, td.evidence[e.ID])
	}
	if got := td.saved().Evidence; len(got) != 1 || got[0].ID != e.ID || got[0].Location != moved || got[0].File.SHA256 == "" {
		t.Errorf("saved %+v", got)
	}
}

// importedEvidence fills the database as an import would: a file that is
// there and a UNC path, both not yet checked on this computer.
func importedEvidence(file string) func(*store.Store) {
	return func(st *store.Store) {
		ctx := context.Background()
		a, _ := st.Current(ctx)
		st.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: "1.1.2", Kind: assessment.EvidenceFile, Location: file})
		st.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: "1.1.3", Kind: assessment.EvidenceFile, Location: `\\server\share\Privacy.docx`})
		var buf bytes.Buffer
		st.ExportJSON(ctx, &buf)
		if _, err := st.ImportJSON(ctx, &buf, store.ImportOptions{Replace: true}); err != nil {
			panic(err)
		}
	}
}

func TestImportedEvidenceIsCheckedOnlyWhenAsked(t *testing.T) {
	file := filepath.Join(t.TempDir(), "Register.xlsx")
	writeFile(t, file, "register")
	td := newTestDeskWith(t, importedEvidence(file), nil)
	for _, e := range td.record.Evidence {
		if e.CheckedHere || td.evidence[e.ID] != assessment.EvidenceNotChecked {
			t.Fatalf("imported %s: checked here %v, condition %v", e.Location, e.CheckedHere, td.evidence[e.ID])
		}
	}
	d := td.goTo("1.1.2")
	if text := shownText(d.evidence.content); !strings.Contains(text, "Not yet checked on this computer") {
		t.Errorf("the window does not say the evidence is not checked:\n%s", text)
	}
	tapIn(t, td, d, "Check it now")
	e := td.record.EvidenceFor("1.1.2")[0]
	if !e.CheckedHere || td.evidence[e.ID] != assessment.EvidenceOK {
		t.Errorf("after Check it now: %+v, %v", e, td.evidence[e.ID])
	}
	d = td.goTo("1.1.3")
	if text := shownText(d.evidence.content); !strings.Contains(text, "another computer on the network") {
		t.Errorf("the UNC path is not explained:\n%s", text)
	}
	tapIn(t, td, d, "Check it now")
	unc := td.record.EvidenceFor("1.1.3")[0]
	td.checkEvidence() // the next automatic check leaves what the click found
	td.settle()
	if td.evidence[unc.ID] != assessment.EvidenceMissing {
		t.Errorf("UNC path after Check it now and a later check: %v", td.evidence[unc.ID])
	}
	for _, e := range td.saved().Evidence {
		if !e.CheckedHere {
			t.Errorf("%s not saved as checked here", e.Location)
		}
	}
}

// TestSpreadsheetKeepsWhatCheckItNowFound: a network location is never
// looked at by itself, so what "Check it now" found there is what the
// workbook (like the PDF and the printed pack) says, not "not yet checked".
func TestSpreadsheetKeepsWhatCheckItNowFound(t *testing.T) {
	file := filepath.Join(t.TempDir(), "Register.xlsx")
	writeFile(t, file, "register")
	td := newTestDeskWith(t, importedEvidence(file), nil)
	d := td.goTo("1.1.3")
	tapIn(t, td, d, "Check it now")
	unc := td.record.EvidenceFor("1.1.3")[0]
	if td.evidence[unc.ID] != assessment.EvidenceMissing {
		t.Fatalf("UNC path after Check it now: %v", td.evidence[unc.ID])
	}
	path := filepath.Join(t.TempDir(), "pack.xlsx")
	td.writeSheet(path, spreadsheet.WriteXLSXFile)
	td.settle()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(spreadsheet.SheetEvidence)
	seen := false
	for _, r := range rows[1:] {
		if len(r) > 5 && r[2] == unc.Location {
			seen = true
			if r[5] != report.StateMissing {
				t.Errorf("the workbook says %q for the network location found missing", r[5])
			}
		}
	}
	if !seen {
		t.Errorf("the network location is not in the workbook: %q", rows)
	}
}

// openedApp records what the window asks the system to open.
type openedApp struct {
	fyne.App
	opened []string
}

func (a *openedApp) OpenURL(u *url.URL) error {
	a.opened = append(a.opened, u.String())
	return nil
}

func TestOpenNeverRunsAProgram(t *testing.T) {
	td := newTestDesk(t, nil)
	app := &openedApp{App: td.app}
	td.app = app
	d := td.goTo("1.1.2")
	open := func(kind assessment.EvidenceKind, loc string) {
		d.evidence.open(assessment.Evidence{ID: 999, Kind: kind, Location: loc})
	}
	dir := t.TempDir()

	open(assessment.EvidenceFile, filepath.Join(dir, "Policy.pdf"))
	open(assessment.EvidenceFolder, dir)
	open(assessment.EvidenceLink, "https://www.example.org/policy")
	if len(app.opened) != 3 || !strings.HasSuffix(app.opened[0], "Policy.pdf") || app.opened[2] != "https://www.example.org/policy" {
		t.Fatalf("opened %q", app.opened)
	}

	for _, name := range []string{"Setup.exe", "run.bat", "script.ps1", "Policy.pdf.lnk", "x.desktop", "tool.jar", "install.sh"} {
		app.opened = nil
		open(assessment.EvidenceFile, filepath.Join(dir, name))
		if text := overlayText(td.win.Canvas()); !strings.Contains(text, "would run it") || len(app.opened) != 0 {
			t.Fatalf("%s: dialog %q, opened %q", name, text, app.opened)
		}
		confirmDialog(t, td, "Show its folder")
		if len(app.opened) != 1 || strings.Contains(app.opened[0], name) || !strings.HasSuffix(app.opened[0], filepath.Base(dir)) {
			t.Errorf("%s: opened %q, want only its folder", name, app.opened)
		}
	}

	app.opened = nil
	open(assessment.EvidenceFile, filepath.Join(dir, "notes.xyz"))
	if text := overlayText(td.win.Canvas()); !strings.Contains(text, "does not know what kind of file .xyz") || len(app.opened) != 0 {
		t.Fatalf("unknown type: dialog %q, opened %q", text, app.opened)
	}
	confirmDialog(t, td, "Cancel")
	open(assessment.EvidenceFile, filepath.Join(dir, "notes.xyz"))
	confirmDialog(t, td, "Open it anyway")
	if len(app.opened) != 1 || !strings.HasSuffix(app.opened[0], "notes.xyz") {
		t.Errorf("Open it anyway opened %q", app.opened)
	}
}

func TestICONumberFromTheProfileIsOffered(t *testing.T) {
	td := newTestDesk(t, nil)
	p := td.profile
	p.ICONumber = "za765432"
	td.saveProfile(p)
	td.settle()
	d := td.goTo("1.1.1")
	if !d.suggest.button.Visible() || !strings.Contains(d.suggest.button.Text, "ZA765432") {
		t.Fatalf("no offer of the ICO number: visible %v, %q", d.suggest.button.Visible(), d.suggest.button.Text)
	}
	test.Tap(d.suggest.button)
	td.settle()
	if d.text.Text != "ZA765432" || d.suggest.button.Visible() {
		t.Errorf("after using the offer: box %q, offer still shown %v", d.text.Text, d.suggest.button.Visible())
	}
	if got := td.saved().Answers["1.1.1"].Value; got != "ZA765432" {
		t.Errorf("saved %q", got)
	}
}

func TestICONumberNeverReplacesTypedTextWithoutAsking(t *testing.T) {
	td := newTestDesk(t, nil)
	p := td.profile
	p.ICONumber = "ZA765432"
	td.saveProfile(p)
	td.settle()
	d := td.goTo("1.1.1")
	test.Type(d.text, "Z9999999")
	d.text.Flush()
	td.settle()
	test.Tap(d.suggest.button)
	if text := overlayText(td.win.Canvas()); !strings.Contains(text, "Replace your answer \"Z9999999\"") {
		t.Fatalf("no question before replacing typed text: %q", text)
	}
	confirmDialog(t, td, "Keep mine")
	if d.text.Text != "Z9999999" {
		t.Fatalf("the typed answer was replaced: %q", d.text.Text)
	}
	test.Tap(d.suggest.button)
	confirmDialog(t, td, "Replace")
	if got := td.saved().Answers["1.1.1"].Value; got != "ZA765432" {
		t.Errorf("saved %q after Replace", got)
	}
}

func TestNotApplicableAsksForAReason(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("6.1.2")
	test.Type(d.comment, "Checked with all staff")
	test.Tap(d.na)
	entries := dialogEntries(t, td)
	if len(entries) != 1 || !strings.Contains(overlayText(td.win.Canvas()), "Why it does not apply") {
		t.Fatalf("ticking Not applicable should ask why: %q", overlayText(td.win.Canvas()))
	}
	if entries[0].Validate() == nil {
		t.Error("a blank reason is accepted")
	}
	confirmDialog(t, td, "Cancel")
	if d.na.Checked || td.answer("6.1.2").NotApplicable {
		t.Fatal("cancelling the reason still marked the question not applicable")
	}
	test.Tap(d.na)
	test.Type(dialogEntries(t, td)[0], "no breaches in the last twelve months")
	confirmDialog(t, td, "Save")
	want := "Not applicable: no breaches in the last twelve months\nChecked with all staff"
	if !d.na.Checked || d.comment.Text != want {
		t.Errorf("box %v, comment %q", d.na.Checked, d.comment.Text)
	}
	if st, _ := td.status.Item("6.1.2"); st.State != assessment.ItemNotApplicable {
		t.Errorf("state %s", st.State.Label())
	}
	a := td.saved().Answers["6.1.2"]
	if !a.NotApplicable || a.Comment != want {
		t.Errorf("saved %+v", a)
	}
}

func TestNotApplicableWithAReasonAlreadyGivenDoesNotAsk(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("6.1.2")
	d.comment.SetText("Not applicable: no breaches")
	test.Tap(d.na)
	if top := td.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("asked again: %q", overlayText(td.win.Canvas()))
	}
	if a := td.saved().Answers["6.1.2"]; !a.NotApplicable || a.Comment != "Not applicable: no breaches" {
		t.Errorf("saved %+v", a)
	}
}

// TestClosingEndsEvidenceChecks: closing never waits on a slow drive.
func TestClosingEndsEvidenceChecks(t *testing.T) {
	td := newTestDesk(t, nil)
	ctx := td.checks.get()
	td.closeWindow()
	td.settle()
	if ctx.Err() == nil {
		t.Error("the evidence checks under way go on after the window started to close")
	}
	if found := assessment.CheckAllEvidence(ctx, []assessment.Evidence{{ID: 1, Kind: assessment.EvidenceFolder, Location: t.TempDir(), CheckedHere: true}}); found[1] != assessment.EvidenceNotChecked {
		t.Errorf("a check after closing looked at the disk: %v", found)
	}
}

// Editing an entry to a location the question already lists is refused at
// once, with the entry left as it was, instead of a save that fails at
// every retry.
func TestEditToALocationAlreadyListedIsRefusedAtOnce(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.2")
	d.evidence.addPlace(assessment.EvidencePaper, "Blue folder", "")
	d.evidence.addPlace(assessment.EvidencePaper, "Red folder", "")
	td.settle()
	red := td.record.EvidenceFor("1.1.2")[1]
	d.evidence.saveEdit(red, "Blue folder", "")
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "already recorded for question 1.1.2") {
		t.Errorf("the window says %q", got)
	}
	if len(td.unsaved) != 0 || td.record.EvidenceFor("1.1.2")[1].Location != "Red folder" {
		t.Errorf("%d pending; the entry now reads %q", len(td.unsaved), td.record.EvidenceFor("1.1.2")[1].Location)
	}
}
