package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// typedParagraphs is several paragraphs with single and double spaces,
// punctuation, a tab-free line break and non-ASCII letters: the kind of text
// a manager types into an answer.
const typedParagraphs = "The registered manager keeps a job description for every member of staff in the office. " +
	"Each one says who is responsible for data security, who checks the training records, and who the staff " +
	"should speak to when something goes wrong with a computer or a paper file.\n" +
	"Grace Okafor (deputy) reviews the list each March; the café rota  and the “visitors’ book” are kept apart. " +
	"A a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a end.\n\n" +
	"Last paragraph ends with spaces  "

// typingWidths are the box widths tried: every 10 px from 200 to 900.
func typingWidths() []float32 {
	var ws []float32
	for w := float32(200); w <= 900; w += 10 {
		ws = append(ws, w)
	}
	return ws
}

// typeAtWidth empties e, gives it width w and types text into it key by
// key, as a fast typist would, then leaves the box (which saves).
func typeAtWidth(td *testDesk, e *autosaveEntry, w float32, text string) {
	e.Load("")
	e.Resize(fyne.NewSize(w, 120))
	td.win.Canvas().Focus(e)
	test.Type(e, text)
	td.win.Canvas().Unfocus()
	td.settle()
}

// savedRecord reads the current assessment back from the database.
func (td *testDesk) savedNow() (answer, comment string, actionText [3]string) {
	td.t.Helper()
	rec, err := td.store.Record(context.Background(), td.record.Assessment.ID)
	if err != nil {
		td.t.Fatal(err)
	}
	a := rec.Answers["1.1.5"]
	for _, act := range rec.Actions {
		actionText = [3]string{act.Gap, act.Action, act.Notes}
	}
	return a.Value, a.Comment, actionText
}

// TestFyneEntryStillMovesSpaces shows the Fyne bug that entrycursor.go works
// around. When it fails, Fyne has fixed it: entrycursor.go can then go.
func TestFyneEntryStillMovesSpaces(t *testing.T) {
	test.NewTempApp(t)
	for _, w := range typingWidths() {
		e := widget.NewMultiLineEntry()
		e.Wrapping = fyne.TextWrapWord
		test.NewTempWindow(t, e).Resize(fyne.NewSize(w+40, 400))
		e.Resize(fyne.NewSize(w, 120))
		test.Type(e, typedParagraphs)
		if e.Text != typedParagraphs {
			return
		}
	}
	t.Error("Fyne's own entry kept the text at every width: its bug is fixed, and entrycursor.go is no longer needed")
}

// newLoneEntry is an answer box on its own in a window, saving into *saved.
func newLoneEntry(t *testing.T, saved *string) *autosaveEntry {
	test.NewTempApp(t)
	bg := newBackground(func(f func()) {})
	e := newAutosaveEntry(bg, true, func(s string) { *saved = s })
	test.NewTempWindow(t, e).Resize(fyne.NewSize(1000, 400))
	return e
}

func TestTypingKeepsSpacesWhenTheBoxRedrawsBetweenKeys(t *testing.T) {
	var saved string
	e := newLoneEntry(t, &saved)
	for _, w := range typingWidths() {
		e.Load("")
		e.Resize(fyne.NewSize(w, 120))
		for _, r := range typedParagraphs {
			e.TypedRune(r)
			e.Refresh() // a redraw clamps Fyne's cursor; the next key must not follow it
		}
		e.Flush()
		if saved != typedParagraphs {
			t.Fatalf("width %v: saved %q", w, saved)
		}
	}
}

func TestPastingKeepsTheCursorAfterThePastedText(t *testing.T) {
	var saved string
	e := newLoneEntry(t, &saved)
	clip := test.NewClipboard()
	for _, w := range typingWidths() {
		e.Load("")
		e.Resize(fyne.NewSize(w, 120))
		for _, word := range []string{"The registered ", "manager keeps ", "a job ", "description for every ", "member of staff. "} {
			clip.SetContent(word)
			e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		}
		e.Flush()
		if want := "The registered manager keeps a job description for every member of staff. "; saved != want {
			t.Fatalf("width %v: saved %q", w, saved)
		}
	}
}

func TestArrowKeysMoveOverAWrappedSpace(t *testing.T) {
	var saved string
	e := newLoneEntry(t, &saved)
	for _, w := range typingWidths() {
		e.Load("")
		e.Resize(fyne.NewSize(w, 120))
		for _, word := range strings.Fields("The registered manager keeps a job description for every member") {
			test.Type(e, word+" ")
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
			e.TypedRune('>')
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		}
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
		test.Type(e, "end")
		e.Flush()
		if want := "The> registered> manager> keeps> a> job> description> for> every> member> end"; saved != want {
			t.Fatalf("width %v: Left, a key, Right after each word gave %q", w, saved)
		}
	}
}

func TestTypedAnswerAndCommentAreSavedExactlyAtEveryWidth(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.5")
	for _, w := range typingWidths() {
		typeAtWidth(td, d.text, w, typedParagraphs)
		typeAtWidth(td, d.comment, w, typedParagraphs[:200])
		answer, comment, _ := td.savedNow()
		if answer != typedParagraphs {
			t.Fatalf("width %v: answer saved as\n%q\nwant\n%q", w, answer, typedParagraphs)
		}
		if comment != typedParagraphs[:200] {
			t.Fatalf("width %v: comment saved as\n%q", w, comment)
		}
	}
}

func TestTypedActionIsSavedExactlyAtEveryWidth(t *testing.T) {
	td := newTestDesk(t, nil)
	td.show(screenActions)
	s := td.screen(screenActions).(*actionsScreen)
	s.add("1.1.5")
	td.settle()
	e := s.editor
	for _, w := range typingWidths() {
		for i, box := range []*autosaveEntry{e.gap, e.action, e.notes} {
			typeAtWidth(td, box, w, typedParagraphs)
			if _, _, got := td.savedNow(); got[i] != typedParagraphs {
				t.Fatalf("width %v, box %d: saved as\n%q", w, i, got[i])
			}
		}
	}
}
