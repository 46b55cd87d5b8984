package ui

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// TestPackAsksAboutCommentsAndRemembers checks the export asks whether to
// include comments, includes them by default, and remembers the choice.
func TestPackAsksAboutCommentsAndRemembers(t *testing.T) {
	td := newTestDesk(t, nil)
	if td.packInput().LeaveOutComments {
		t.Fatal("comments are left out by default; the toolkit includes them")
	}
	if !strings.Contains(td.goTo("1.1.1").comment.PlaceHolder, "printed in the pack unless you leave them out") {
		t.Error("the comment box does not say comments are printed")
	}
	td.exportPDF()
	td.settle()
	var include *widget.Check
	walk(td.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && strings.Contains(c.Text, "comments") {
			include = c
		}
	})
	if include == nil || !include.Checked {
		t.Fatalf("the export should ask about comments, ticked to include them: %v", include)
	}
	include.SetChecked(false)
	confirmDialog(t, td, "Choose where to save")
	if !td.packInput().LeaveOutComments || !td.prefs.leaveOutComments() {
		t.Error("the choice to leave comments out is not remembered")
	}
	waitForDialog(td) // the file dialog
	td.askPackOptions("Print", "Print", func() {})
	walk(td.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && strings.Contains(c.Text, "comments") && c.Checked {
			t.Error("the next export forgot the choice")
		}
	})
}

// waitForDialog settles until a dialog is showing: the file dialog opens
// from a goroutine (the system's own dialog is tried first).
func waitForDialog(td *testDesk) {
	for i := 0; i < 500 && td.win.Canvas().Overlays().Top() == nil; i++ {
		time.Sleep(2 * time.Millisecond)
		td.settle()
	}
}

// TestDraftsAreMarkedUntilWritten checks a draft made for a gap says so in
// the action plan, and stops being one, in memory and on disk, once its
// action text is changed.
func TestDraftsAreMarkedUntilWritten(t *testing.T) {
	td := newTestDesk(t, nil)
	td.show(screenActions)
	s := td.screen(screenActions).(*actionsScreen)
	test.Tap(s.gapsBtn)
	td.settle()
	if !strings.Contains(s.summary.Text, "Questions with draft actions, not yet planned and not printed: 45") || !strings.Contains(s.summary.Text, "Actions in the plan: 0,") {
		t.Errorf("summary says %q", s.summary.Text)
	}
	if !strings.HasPrefix(actionLine(td.record.Actions[0]), "Draft: ") {
		t.Errorf("a draft's row says %q", actionLine(td.record.Actions[0]))
	}
	s.selectAction(td.record.Actions[0].ID)
	test.Type(s.editor.action, " And book it.")
	s.editor.flush()
	td.settle()
	if td.record.Actions[0].Draft || td.saved().Actions[0].Draft {
		t.Error("a draft whose action was changed is still a draft")
	}
	if !strings.Contains(s.summary.Text, "Actions in the plan: 1,") || !strings.Contains(s.summary.Text, "not printed: 44") {
		t.Errorf("summary after writing one: %q", s.summary.Text)
	}
}

// TestCompleteQuestionOffersToMarkItsActionDone answers a question with an
// open action: the question offers to mark it done, and does.
func TestCompleteQuestionOffersToMarkItsActionDone(t *testing.T) {
	td := newTestDesk(t, nil)
	s := td.screen(screenActions).(*actionsScreen)
	s.add("2.1.1")
	td.settle()
	d := td.goTo("2.1.1")
	if strings.Contains(canvasText(d.actions.content), "now complete") {
		t.Fatal("an incomplete question offers to mark its action done")
	}
	d.tick.SetChecked(true)
	td.settle()
	if !strings.Contains(canvasText(d.actions.content), "This question is now complete") {
		t.Fatalf("no offer to mark the action done: %q", canvasText(d.actions.content))
	}
	var mark *widget.Button
	walk(d.actions.content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Mark done" {
			mark = b
		}
	})
	test.Tap(mark)
	td.settle()
	if a := td.saved().Actions[0]; a.Status != assessment.Done || a.DoneDate.IsZero() {
		t.Errorf("saved action %+v, want done today", a)
	}
	if strings.Contains(canvasText(d.actions.content), "now complete") {
		t.Error("the offer stays after the action was marked done")
	}
}

// canvasText is the text of every label under o.
func canvasText(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

// TestPrintHandsThePackToTheSystem prints through a fake printer: the pack
// is made off the UI goroutine and handed over; when the system cannot
// print it, the manager is told to print from the PDF viewer.
func TestPrintHandsThePackToTheSystem(t *testing.T) {
	td := newTestDesk(t, nil)
	var printed string
	printPDF = func(path string) error { printed = path; return nil }
	t.Cleanup(func() { printPDF = printFile })
	keys := map[string]func(){}
	for _, m := range td.mainMenu().Items {
		for _, it := range m.Items {
			if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok {
				keys[string(sc.KeyName)+fmt.Sprint(sc.Modifier)] = it.Action
			}
		}
	}
	keys[string(fyne.KeyP)+fmt.Sprint(fyne.KeyModifierShortcutDefault)]()
	td.settle()
	confirmDialog(t, td, "Print")
	td.settle()
	if data, err := os.ReadFile(printed); err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("Ctrl+P did not hand a PDF to the printer: %q %v", printed, err)
	}
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "Sent to the printer") {
		t.Errorf("after printing the dialog says %q", got)
	}
	printPDF = func(string) error { return errors.New("no print verb") }
	td.printPack()
	td.settle()
	confirmDialog(t, td, "Print")
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "print it from there") {
		t.Errorf("when the system cannot print, the dialog says %q", got)
	}
	if keys[string(fyne.KeyE)+fmt.Sprint(fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift)] == nil {
		t.Error("Export PDF is not on Ctrl+Shift+E")
	}
}
