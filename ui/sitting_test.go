package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// A written answer with line breaks, a blank line, a tab and spaces at the
// ends of lines: all of it must reach the clipboard as stored.
const sittingAnswer = "Our data protection policy was reviewed in May.  \nIt covers:\n\n\t- staff records\n\t- care records "

// sittingSetup stores a written answer with a comment, and two evidence
// locations for a document question.
func sittingSetup(t *testing.T, textRef, docRef string) func(*store.Store) {
	return func(st *store.Store) {
		ctx := context.Background()
		a, err := st.Current(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: textRef, Value: sittingAnswer, Comment: "See the blue folder.\nPage 2 "}); err != nil {
			t.Fatal(err)
		}
		for _, loc := range []string{`C:\Policies\Data security policy.docx`, "Office cabinet, drawer 2"} {
			if _, err := st.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: docRef, Kind: assessment.EvidencePaper, Location: loc}); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// firstRef returns the first question of the answer type in toolkit order
// in the 2025-26 edition, which the test desk opens on.
func firstRef(t *testing.T, typ assessment.AnswerType) string {
	t.Helper()
	b := testBank(t)
	for _, it := range b.Edition("2025-26").Ordered() {
		if it.Answer == typ {
			return it.Ref
		}
	}
	t.Fatalf("no %s question", typ)
	return ""
}

// openSitting shows the sitting screen and returns it.
func (td *testDesk) openSitting() *sittingScreen {
	td.show(screenSitting)
	return td.screen(screenSitting).(*sittingScreen)
}

// card returns the card of a question.
func (s *sittingScreen) card(t *testing.T, ref string) *sittingCard {
	t.Helper()
	for _, c := range s.cards {
		if c.item.Ref == ref {
			return c
		}
	}
	t.Fatalf("no card for %s", ref)
	return nil
}

func TestSittingListsEveryQuestionInToolkitOrder(t *testing.T) {
	td := newTestDesk(t, nil)
	s := td.openSitting()
	want := td.edition.Ordered()
	if len(s.cards) != len(want) {
		t.Fatalf("%d cards for %d questions", len(s.cards), len(want))
	}
	for i, c := range s.cards {
		if c.item != want[i] || c.wording.Text != want[i].Question || c.naHow.Text != want[i].NotApplicable.HowOnline() {
			t.Fatalf("card %d shows %s %q / %q", i, c.item.Ref, c.wording.Text, c.naHow.Text)
		}
	}
	if got := s.progress.Text; got != "0 of 45 entered online; 0 wordings confirmed" {
		t.Errorf("progress %q", got)
	}
	if !strings.Contains(helpMarkdown(td.Desk), "Ctrl+T") {
		t.Error("the help screen does not list the sitting's shortcut")
	}
}

func TestSittingCopiesExactlyWhatIsStored(t *testing.T) {
	textRef, docRef := firstRef(t, assessment.Text), firstRef(t, assessment.Document)
	td := newTestDeskWith(t, sittingSetup(t, textRef, docRef), nil)
	s := td.openSitting()
	clip := td.app.Clipboard()
	c := s.card(t, textRef)
	test.Tap(c.copyAns)
	if got := clip.Content(); got != sittingAnswer {
		t.Errorf("Copy put %q on the clipboard, want %q", got, sittingAnswer)
	}
	test.Tap(c.copyCom)
	if got := clip.Content(); got != "See the blue folder.\nPage 2 " {
		t.Errorf("the comment copied as %q", got)
	}
	test.Tap(s.card(t, docRef).copyEv)
	if got := clip.Content(); got != "C:\\Policies\\Data security policy.docx\nOffice cabinet, drawer 2" {
		t.Errorf("the evidence copied as %q", got)
	}
	if s.card(t, docRef).copyAns.Visible() {
		t.Error("a Copy button for a document question's answer, which has no text")
	}
}

func TestSittingKeyboardCopiesTheFocusedAnswerAndMovesDown(t *testing.T) {
	textRef := firstRef(t, assessment.Text)
	td := newTestDeskWith(t, sittingSetup(t, textRef, firstRef(t, assessment.Document)), nil)
	s := td.openSitting()
	c := s.card(t, textRef)
	test.Tap(c.answer)
	cv := td.win.Canvas()
	if cv.Focused() != c.answer {
		t.Fatal("clicking the answer did not focus it")
	}
	td.app.Clipboard().SetContent("something else")
	cv.Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutCopy{Clipboard: td.app.Clipboard()})
	if got := td.app.Clipboard().Content(); got != sittingAnswer {
		t.Errorf("Ctrl+C copied %q", got)
	}
	cv.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	i := indexOfCard(s, textRef)
	if cv.Focused() != s.cards[i+1].answer {
		t.Errorf("Down did not move to question %s", s.cards[i+1].item.Ref)
	}
	cv.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if cv.Focused() != c.answer {
		t.Error("Up did not move back")
	}
}

func indexOfCard(s *sittingScreen, ref string) int {
	for i, c := range s.cards {
		if c.item.Ref == ref {
			return i
		}
	}
	return -1
}

func TestSittingTicksAndWordingChecksPersistAcrossReopenAndExport(t *testing.T) {
	td := newTestDesk(t, nil)
	s := td.openSitting()
	first, second := s.cards[0], s.cards[1]
	test.Tap(first.entered)
	test.Tap(first.matchBtn)
	test.Tap(second.diffBtn)
	fillLiveWording(t, td, "The live toolkit's own words.", "")
	if got := s.progress.Text; got != "1 of 45 entered online; 2 wordings confirmed" {
		t.Errorf("progress %q", got)
	}
	if first.live.Text != "Matches the live toolkit." || !strings.Contains(second.live.Text, "The live toolkit's own words.") {
		t.Errorf("wording shown %q / %q", first.live.Text, second.live.Text)
	}
	rec := td.saved()
	if !rec.IsEnteredOnline(first.item.Ref) || rec.Wording[first.item.Ref].State != assessment.WordingMatches ||
		rec.Wording[second.item.Ref].LiveWording != "The live toolkit's own words." {
		t.Fatalf("on disk: entered %v, wording %v", rec.EnteredOnline, rec.Wording)
	}
	file := filepath.Join(t.TempDir(), "export.json")
	st := td.reopen()
	if err := st.ExportJSONFile(context.Background(), file); err != nil {
		t.Fatal(err)
	}
	st.Close()
	again := newTestDeskWith(t, importFrom(t, file), nil)
	s = again.openSitting()
	if !s.card(t, first.item.Ref).entered.Checked || s.card(t, second.item.Ref).entered.Checked {
		t.Error("the entered ticks did not come back after export and import")
	}
	if s.progress.Text != "1 of 45 entered online; 2 wordings confirmed" {
		t.Errorf("after import: %q", s.progress.Text)
	}
	test.Tap(s.card(t, first.item.Ref).entered)
	if again.saved().IsEnteredOnline(first.item.Ref) {
		t.Error("taking the tick off was not saved")
	}
}

// fillLiveWording fills in and saves the live wording form.
func fillLiveWording(t *testing.T, td *testDesk, wording, ref string) {
	t.Helper()
	entries := dialogEntries(t, td)
	if len(entries) != 2 {
		t.Fatalf("%d entries in the form", len(entries))
	}
	entries[0].SetText(wording)
	entries[1].SetText(ref)
	confirmDialog(t, td, "Save")
}

// importFrom imports a JSON export into a new database.
func importFrom(t *testing.T, path string) func(*store.Store) {
	return func(st *store.Store) {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := st.ImportJSON(context.Background(), f, store.ImportOptions{Replace: true}); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSittingFitsANarrowWindowAndWrapsLongAnswers(t *testing.T) {
	textRef := firstRef(t, assessment.Text)
	td := newTestDeskWith(t, sittingSetup(t, textRef, firstRef(t, assessment.Document)), nil)
	s := td.openSitting()
	// 1280x800 at 150% leaves 853 points, less the question groups panel.
	if w := s.root.MinSize().Width; w > 560 {
		t.Errorf("the sitting screen needs %.0f points of width", w)
	}
	td.win.Resize(fyne.NewSize(1024, 700))
	c := s.card(t, textRef)
	if c.answer.Size().Width > s.scroll.Size().Width || c.answer.Size().Height < 3*c.title.MinSize().Height {
		t.Errorf("the long answer is %v in a list %v: not wrapped", c.answer.Size(), s.scroll.Size())
	}
}

// BenchmarkSittingScreen measures building and laying out the 45 cards of
// the sitting screen at 1024x700, and a refresh after a change.
func BenchmarkSittingScreen(b *testing.B) {
	td := newTestDeskWith(b, nil, nil)
	td.win.Resize(fyne.NewSize(1024, 700))
	s := td.openSitting()
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			s.edition = nil
			s.refresh()
		}
	})
	w := float32(760)
	b.Run("layout", func(b *testing.B) {
		for b.Loop() {
			w = 1530 - w // 760, 770, 760...
			s.root.Resize(fyne.NewSize(w, 500))
		}
	})
	b.Run("build+layout", func(b *testing.B) {
		for b.Loop() {
			s.edition = nil
			s.refresh()
			s.root.Resize(fyne.NewSize(760, 500))
		}
	})
	b.Run("refresh", func(b *testing.B) {
		for b.Loop() {
			s.refresh()
		}
	})
}

func TestSittingSaysWhyATickHasNothingToCopy(t *testing.T) {
	td := newTestDesk(t, nil)
	s := td.openSitting()
	td.app.Clipboard().SetContent("kept")
	c := s.card(t, firstRef(t, assessment.Tick))
	c.answer.TypedShortcut(&fyne.ShortcutCopy{})
	if got := td.app.Clipboard().Content(); got != "kept" {
		t.Errorf("the clipboard became %q", got)
	}
	if !s.note.Visible() || !strings.Contains(s.note.Text, "Nothing to copy for question "+c.item.Ref+". Not ticked yet.") {
		t.Errorf("note %v %q", s.note.Visible(), s.note.Text)
	}
}

func TestSittingOfAPublishedYearIsLockedAndItsTicksStayInThatYear(t *testing.T) {
	td := newTestDeskWith(t, func(st *store.Store) {
		lastYearOnlyWith(t, st, func(id int64) {
			if _, err := st.SaveEnteredOnline(context.Background(), id, "2.1.1", true); err != nil {
				t.Fatal(err)
			}
		})
	}, nil)
	s := td.openSitting()
	c := s.card(t, "2.1.1")
	if !c.entered.Checked || !c.entered.Disabled() || !c.matchBtn.Disabled() {
		t.Fatalf("a published year: ticked %v, tick disabled %v, wording disabled %v", c.entered.Checked, c.entered.Disabled(), c.matchBtn.Disabled())
	}
	td.show(screenYears)
	test.Tap(td.screen(screenYears).(*yearsScreen).next)
	confirmDialog(t, td, "Start")
	s = td.openSitting()
	if td.edition.ID != "2025-26" || s.edition != td.edition || len(s.cards) != len(td.edition.Ordered()) {
		t.Fatalf("the sitting shows %v for %s", s.edition.ID, td.edition.ID)
	}
	if s.card(t, "2.1.1").entered.Checked || !strings.HasPrefix(s.progress.Text, "0 of 45 entered online") {
		t.Errorf("the entered tick was carried to the new year: %q", s.progress.Text)
	}
}

// lastYearOnlyWith is lastYearOnly with more done to the 2024-25
// assessment (by id) before it is published.
func lastYearOnlyWith(t *testing.T, st *store.Store, more func(id int64)) {
	ctx := context.Background()
	a, err := st.CreateAssessment(ctx, "2024-25")
	if err != nil {
		t.Fatal(err)
	}
	more(a.ID)
	if err := st.Publish(ctx, a.ID, assessment.Day(testNow).AddDate(0, -8, 0), assessment.ApproachingStandards); err != nil {
		t.Fatal(err)
	}
}
