package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// press sends a key as the window does: to the box with the keyboard, or
// else to the window.
func press(c fyne.Canvas, key fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: key}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// formLabels lists the field names in the topmost dialog.
func formLabels(c fyne.Canvas) []string {
	var out []string
	walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				out = append(out, it.Text)
			}
		}
	})
	return out
}

func TestEscapeClosesAndEnterAnswersEverySmallDialog(t *testing.T) {
	td := newTestDesk(t, nil)
	c := td.win.Canvas()
	windowKeys := 0
	c.SetOnTypedKey(func(*fyne.KeyEvent) { windowKeys++ }) // the window's own keys
	showMessage(td.win, "All done", "Every question is complete.")
	press(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Escape left a message open")
	}
	showMessage(td.win, "First", "one")
	showMessage(td.win, "Second", "two")
	press(c, fyne.KeyReturn)
	if got := overlayText(c); !strings.Contains(got, "First") {
		t.Fatalf("Enter on the second message should leave the first: %q", got)
	}
	press(c, fyne.KeyReturn)
	if c.Overlays().Top() != nil {
		t.Fatal("Enter left the first message open")
	}
	var said []bool
	confirm(td.win, "Sure?", "Yes", "No", widget.NewLabel("?"), func(ok bool) { said = append(said, ok) })
	press(c, fyne.KeyReturn)
	confirm(td.win, "Sure?", "Yes", "No", widget.NewLabel("?"), func(ok bool) { said = append(said, ok) })
	press(c, fyne.KeyEscape)
	if len(said) != 2 || !said[0] || said[1] {
		t.Errorf("Enter then Escape answered %v", said)
	}
	press(c, fyne.KeyPageDown)
	if windowKeys != 1 {
		t.Errorf("the window's own key handler was called %d times after the dialogs closed, want 1", windowKeys)
	}
}

func TestSearchClosesWithEscapeFromItsBox(t *testing.T) {
	td := newTestDesk(t, nil)
	s := td.openSearch()
	c := td.win.Canvas()
	test.Type(s.query, "9.5")
	press(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Escape in the search box did not close it")
	}
	s = td.openSearch()
	test.Type(s.query, "9.5")
	press(c, fyne.KeyReturn)
	if td.questions.item.Ref != "9.5.2" || c.Overlays().Top() != nil {
		t.Errorf("Enter went to %s", td.questions.item.Ref)
	}
}

func TestAddPaperAndNoteDialogsAreNamedPlainlyAndAnswerKeys(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.2")
	c := td.win.Canvas()
	d.evidence.askText(assessment.EvidenceText)
	if got := formLabels(c); len(got) != 1 || got[0] != "Note" {
		t.Errorf("Add note asks for %q", got)
	}
	press(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Escape did not close Add note")
	}
	d.evidence.askText(assessment.EvidencePaper)
	if got := overlayText(c); !strings.Contains(got, "Add paper location") {
		t.Errorf("the dialog is titled %q", got)
	}
	if got := formLabels(c); strings.Join(got, ",") != "Paper,Description" {
		t.Errorf("Add paper location asks for %q", got)
	}
	test.Type(c.Focused().(*keyEntry), "Blue folder, manager's office")
	press(c, fyne.KeyReturn)
	td.settle()
	if ev := td.record.EvidenceFor("1.1.2"); len(ev) != 1 || ev[0].Location != "Blue folder, manager's office" {
		t.Errorf("Enter added %+v", ev)
	}
}

// The edit dialog came from another branch than the add dialogs: it must
// name its fields as they do, not "Note" twice for a note.
func TestEditDialogsAreNamedAsTheAddDialogs(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.2")
	c := td.win.Canvas()
	d.evidence.addPlace(assessment.EvidenceText, "The privacy notice is on the noticeboard", "")
	d.evidence.addPlace(assessment.EvidencePaper, "Blue folder", "")
	td.settle()
	titles := map[assessment.EvidenceKind]string{assessment.EvidenceText: "Change this note", assessment.EvidencePaper: "Change this paper location"}
	labels := map[assessment.EvidenceKind]string{assessment.EvidenceText: "Note", assessment.EvidencePaper: "Paper,Description"}
	for _, e := range td.record.EvidenceFor("1.1.2") {
		want := struct{ title, labels string }{titles[e.Kind], labels[e.Kind]}
		d.evidence.edit(e)
		if got := overlayText(c); !strings.Contains(got, want.title) {
			t.Errorf("the edit dialog is titled %q, want %q", got, want.title)
		}
		if got := strings.Join(formLabels(c), ","); got != want.labels {
			t.Errorf("%s asks for %q, want %q", want.title, got, want.labels)
		}
		press(c, fyne.KeyEscape)
	}
}

func TestPluralsReadRight(t *testing.T) {
	td := newTestDesk(t, nil)
	td.show(screenActions)
	s := td.screen(screenActions).(*actionsScreen)
	s.add("1.1.5")
	td.settle()
	if got := actionSummary(td.Desk); !strings.HasPrefix(got, "Actions in the plan: 1, of which") {
		t.Errorf("summary %q", got)
	}
	if got := td.Desk.bank().DeadlineText(td.edition, td.edition.Deadline().AddDate(0, 0, 1)); !strings.Contains(got, "passed 1 day ago") {
		t.Errorf("deadline %q", got)
	}
}

func TestTheYearOnShowSaysSo(t *testing.T) {
	td := newTestDesk(t, nil)
	td.show(screenYears)
	y := td.screen(screenYears).(*yearsScreen)
	row := newYearRow()
	y.updateRow(0, row)
	b := row.(*fyne.Container).Objects[1].(*widget.Button)
	if b.Text != "Shown now" || !b.Disabled() {
		t.Errorf("the open year's button says %q", b.Text)
	}
}

func TestOpeningWithNoProgramSaysWhatToDo(t *testing.T) {
	td := newTestDesk(t, nil)
	td.openFailed(assessment.EvidenceFile, "/home/grace/minutes.pages", errors.New("exit status 3"))
	got := overlayText(td.win.Canvas())
	if strings.Contains(got, "went wrong inside") || !strings.Contains(got, "no program set up to open minutes.pages") {
		t.Errorf("says %q", got)
	}
}

func TestPublishingAsksKeepsWhatWasTypedAndBacksUpFirst(t *testing.T) {
	td := newTestDesk(t, nil)
	td.show(screenYears)
	y := td.screen(screenYears).(*yearsScreen)
	c := td.win.Canvas()
	test.Tap(y.publish)
	var f *dateBox
	var level *keySelect
	walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *dateBox:
			f = w
		case *keySelect:
			level = w
		}
	})
	if f == nil || level == nil {
		t.Fatal("no date or level in the form")
	}
	for _, opt := range level.Options {
		if !strings.HasSuffix(opt, aboveWorkedOut) {
			t.Errorf("%q is offered without a warning on an empty assessment", opt)
		}
	}
	if level.Selected != "" {
		t.Errorf("a level is chosen for the manager: %q", level.Selected)
	}
	f.SetText("")
	test.Type(f, "02/03/2026")
	press(c, fyne.KeyReturn) // no level yet
	if got := overlayText(c); !strings.Contains(got, "Give the level") {
		t.Fatalf("a missing level says %q", got)
	}
	if f.Text != "02/03/2026" || td.readOnly() {
		t.Fatalf("the typed date was lost (%q) or the year was locked", f.Text)
	}
	level.SetSelected(level.Options[1])
	if got := overlayText(c); !strings.Contains(got, "above what your answers here support") {
		t.Errorf("no warning for a level above the worked-out one: %q", got)
	}
	level.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter with the list chosen from
	if got := overlayText(c); !strings.Contains(got, "Are you sure? This cannot be undone") || !strings.Contains(got, "restore the backup taken just before") {
		t.Fatalf("the last question says %q", got)
	}
	before, _ := store.ListBackups(td.path)
	press(c, fyne.KeyEscape) // Go back
	if td.readOnly() || c.Overlays().Top() == nil {
		t.Fatal("Go back should leave the form open and the year unlocked")
	}
	f.Entry.OnSubmitted(f.Text)
	press(c, fyne.KeyReturn)
	td.settle()
	if !td.readOnly() || td.record.Assessment.PublishedLevel != assessment.StandardsMet {
		t.Fatalf("not published: %+v", td.record.Assessment)
	}
	after, _ := store.ListBackups(td.path)
	if len(after) != len(before)+1 {
		t.Errorf("backups %d before, %d after: none taken just before publishing", len(before), len(after))
	}
	if got := overlayText(c); !strings.Contains(got, "To undo this, restore the backup") {
		t.Errorf("after publishing: %q", got)
	}
}

func TestTheWelcomeClosesWithEnterOrEscapeKeepingWhatWasTyped(t *testing.T) {
	td := newTestDesk(t, nil)
	td.start()
	c := td.win.Canvas()
	name := c.Focused().(*autosaveEntry)
	test.Type(name, "Rosewood House")
	press(c, fyne.KeyReturn)
	if c.Overlays().Top() != nil {
		t.Fatal("Enter did not close the welcome")
	}
	td.settle()
	td.store.Close()
	p, err := td.reopen().Profile(context.Background())
	if err != nil || p.Name != "Rosewood House" {
		t.Errorf("the name typed in the welcome was not saved: %q, %v", p.Name, err)
	}
}
