package ui

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/internal/editiontest"
)

// unsureRef returns the first question whose wording is not confirmed.
func unsureRef(t *testing.T, td *testDesk) string {
	t.Helper()
	for _, it := range td.edition.Ordered() {
		if it.Confidence != assessment.Confirmed {
			return it.Ref
		}
	}
	t.Fatal("every question is confirmed")
	return ""
}

func TestWordingBadgeGoesWhenTheWordingIsConfirmed(t *testing.T) {
	td := newTestDesk(t, nil)
	ref := unsureRef(t, td)
	q := td.goTo(ref)
	if !q.wordings.content.Visible() || q.wordings.button.Text != wordingToCheckText {
		t.Fatalf("badge visible %v, text %q", q.wordings.content.Visible(), q.wordings.button.Text)
	}
	if q.unsure.Visible() && strings.Contains(q.unsure.Text, "check") {
		t.Errorf("the orange paragraph is still there: %q", q.unsure.Text)
	}
	test.Tap(q.wordings.button)
	detail := overlayText(td.win.Canvas())
	if !strings.Contains(detail, "live toolkit") || strings.Contains(detail, "GP") || strings.Contains(detail, "data file") {
		t.Errorf("the badge's detail says %q", detail)
	}
	confirmDialog(t, td, "It matches the live toolkit")
	if q.wordings.content.Visible() {
		t.Error("the badge is still shown after the wording was confirmed")
	}
	td.goTo(td.edition.Ordered()[0].Ref)
	if q = td.goTo(ref); q.wordings.content.Visible() {
		t.Error("the badge came back on returning to the question")
	}
	if w := td.saved().Wording[ref]; w.State != assessment.WordingMatches {
		t.Errorf("saved wording check %+v", w)
	}
}

func TestPastingTheLiveWordingKeepsIt(t *testing.T) {
	td := newTestDesk(t, nil)
	ref := unsureRef(t, td)
	q := td.goTo(ref)
	test.Tap(q.wordings.button)
	confirmDialog(t, td, "It differs: paste the live wording")
	entries := dialogEntries(t, td)
	if len(entries) != 2 {
		t.Fatalf("%d entries in the form", len(entries))
	}
	entries[0].SetText("The live wording of the question.")
	entries[1].SetText("1.9.9")
	confirmDialog(t, td, "Save")
	if !q.wordings.content.Visible() || q.wordings.button.Text != wordingDiffersText {
		t.Errorf("badge %v %q", q.wordings.content.Visible(), q.wordings.button.Text)
	}
	w := td.saved().Wording[ref]
	if w.State != assessment.WordingDiffers || w.LiveWording != "The live wording of the question." || w.LiveRef != "1.9.9" {
		t.Errorf("saved %+v", w)
	}
}

// TestPastedLiveWordingLosesTheSpaceAroundIt: a paste from the browser
// brings a line break after the question; the pack prints the question, so
// the break and spaces around it are not kept.
func TestPastedLiveWordingLosesTheSpaceAroundIt(t *testing.T) {
	td := newTestDesk(t, nil)
	ref := unsureRef(t, td)
	q := td.goTo(ref)
	test.Tap(q.wordings.button)
	confirmDialog(t, td, "It differs: paste the live wording")
	entries := dialogEntries(t, td)
	entries[0].SetText("  The live wording,\nover two lines.\n\n")
	entries[1].SetText(" 1.9.9 ")
	confirmDialog(t, td, "Save")
	w := td.saved().Wording[ref]
	if w.LiveWording != "The live wording,\nover two lines." || w.LiveRef != "1.9.9" {
		t.Errorf("saved %q (%q)", w.LiveWording, w.LiveRef)
	}
}

func TestABadEditionFileIsRefusedInTheWindow(t *testing.T) {
	td := newTestDesk(t, nil)
	td.addEditionFrom(filepath.Join("..", "cli", "testdata", "2027-28.toml"))
	td.settle()
	text := overlayText(td.win.Canvas())
	for _, want := range []string{"2027-28.toml was not added", "item 1 (2.1.1), field level", "item 2 (6.1), field answer"} {
		if !strings.Contains(text, want) {
			t.Errorf("the dialog does not say %q:\n%s", want, text)
		}
	}
	if td.Desk.bank().Edition("2027-28") != nil {
		t.Error("a refused edition is in use")
	}
}

func TestAnEditionAddedInTheWindowIsInUse(t *testing.T) {
	td := newTestDesk(t, nil)
	path := filepath.Join(t.TempDir(), "2027-28.toml")
	os.WriteFile(path, editiontest.File("2027-28", 1), 0o600)
	td.addEditionFrom(path)
	td.settle()
	if td.Desk.bank().Latest().ID != "2027-28" {
		t.Fatalf("bank in use: %v", td.Desk.bank().IDs())
	}
	if text := overlayText(td.win.Canvas()); !strings.Contains(text, "goes live on 1 September 2027: start its review then") {
		t.Errorf("the message does not say when the year can start:\n%s", text)
	}
	td.show(screenExport)
	list := td.screen(screenExport).(*exportScreen).editions.list.Text
	if !strings.Contains(list, "2027-28: added from 2027-28.toml on 10 March 2026 (revision 1 in use)") || !strings.Contains(list, "2025-26: built into DSPT Desk (revision 1 in use)") {
		t.Errorf("the editions list says %q", list)
	}
	if note := td.Desk.bank().NewYearNote(time.Date(2027, 9, 2, 0, 0, 0, 0, time.UTC)); note != "" {
		t.Errorf("with 2027-28 added, September 2027 still asks for a new year: %q", note)
	}
}

// wordingBox opens the "paste the live wording" form and returns its box.
func wordingBox(t *testing.T, td *testDesk, q *questionDetail) *autosaveEntry {
	t.Helper()
	test.Tap(q.wordings.button)
	confirmDialog(t, td, "It differs: paste the live wording")
	var box *autosaveEntry
	walk(td.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*autosaveEntry); ok {
			box = e
		}
	})
	if box == nil {
		t.Fatal("the live wording box is not the answer boxes' entry")
	}
	return box
}

// The live wording box (from another branch than the answer boxes) keeps
// typed text exactly at every width, answers Escape, and a save that fails
// stays pending like any typed text.
func TestTheLiveWordingIsKeptExactlyAsTyped(t *testing.T) {
	full := &atomic.Bool{}
	td := newTestDesk(t, func(s Store) Store { return fullStore{s, full} })
	ref := unsureRef(t, td)
	q := td.goTo(ref)
	box := wordingBox(t, td, q)
	for i, w := range typingWidths() {
		if i%3 != 0 { // the answer boxes' tests try every width; this box is the same type
			continue
		}
		typeAtWidth(td, box, w, typedParagraphs)
		if box.Text != typedParagraphs {
			t.Fatalf("width %v: the box holds\n%q", w, box.Text)
		}
	}
	td.win.Canvas().Focus(box)
	box.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if strings.Contains(overlayText(td.win.Canvas()), "Live wording") {
		t.Fatal("Escape in the live wording box did not close the form")
	}
	q.wordings.dialog.Hide() // the comparison the form was opened from

	full.Store(true)
	box = wordingBox(t, td, q)
	box.SetText(typedParagraphs)
	confirmDialog(t, td, "Save")
	td.settle()
	if len(td.unsaved) != 1 {
		t.Fatalf("a failed save of the live wording: %d pending", len(td.unsaved))
	}
	full.Store(false)
	td.retryUnsaved()
	td.settle()
	// A pasted wording loses only the space around it (a browser's trailing
	// line break); every word and space inside is kept as typed.
	if got := td.saved().Wording[ref].LiveWording; got != strings.TrimSpace(typedParagraphs) {
		t.Errorf("saved %q", got)
	}
}
