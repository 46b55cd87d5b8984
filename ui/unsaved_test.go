package ui

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// flakyStore fails every answer save while full is set, as a full disk
// would, and works again once it is cleared.
type flakyStore struct {
	Store
	full *atomic.Bool
}

func (s flakyStore) SaveAnswer(ctx context.Context, id int64, a assessment.Answer) error {
	if s.full.Load() {
		return assessment.Errorf(assessment.EInternal, "The disk is full. Free some space, then change the answer again.")
	}
	return s.Store.SaveAnswer(ctx, id, a)
}

func newFlakyDesk(t *testing.T) (*testDesk, *atomic.Bool) {
	full := &atomic.Bool{}
	full.Store(true)
	return newTestDesk(t, func(s Store) Store { return flakyStore{s, full} }), full
}

// overlayButton finds a button in the topmost dialog by its text.
func overlayButton(t *testing.T, c fyne.Canvas, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	if top := c.Overlays().Top(); top != nil {
		walk(top, func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && b.Text == text {
				found = b
			}
		})
	}
	if found == nil {
		t.Fatalf("no %q button in the dialog %q", text, overlayText(c))
	}
	return found
}

func TestAFailedSaveIsTriedAgainUntilItIsSaved(t *testing.T) {
	td, full := newFlakyDesk(t)
	d := td.goTo("1.1.5")
	test.Type(d.text, "Typed while the disk was full")
	d.flush()
	td.settle()
	if td.top.saved.Text != "Not saved" || !strings.Contains(overlayText(td.win.Canvas()), "disk is full") {
		t.Fatalf("indicator %q, dialog %q", td.top.saved.Text, overlayText(td.win.Canvas()))
	}
	if !td.retrying {
		t.Error("no retry is planned")
	}
	td.retryUnsaved() // as the timer does
	td.settle()
	if len(td.unsaved) != 1 || td.top.saved.Text != "Not saved" {
		t.Fatalf("still failing: %d pending, indicator %q", len(td.unsaved), td.top.saved.Text)
	}
	if n := len(td.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs: a retry that fails again should not pile up dialogs", n)
	}

	full.Store(false) // space is freed
	test.Type(d.comment, "x")
	d.flush() // the next change saves, and retries the failed one with it
	td.settle()
	if len(td.unsaved) != 0 || td.top.saved.Text != "Saved" {
		t.Errorf("after recovery: %d pending, indicator %q", len(td.unsaved), td.top.saved.Text)
	}
	got := td.saved().Answers["1.1.5"]
	if got.Value != "Typed while the disk was full" || got.Comment != "x" {
		t.Errorf("saved %+v", got)
	}
}

func TestAFailedSaveSurvivesAReloadAndANewerChange(t *testing.T) {
	td, full := newFlakyDesk(t)
	d := td.goTo("1.1.5")
	test.Type(d.text, "Answer typed while full")
	d.flush()
	td.settle()
	td.reload() // as after another failed write
	td.settle()
	test.Type(d.comment, "Comment typed later")
	d.flush()
	td.settle()
	full.Store(false)
	td.retryUnsaved()
	td.settle()
	got := td.saved().Answers["1.1.5"]
	if got.Value != "Answer typed while full" || got.Comment != "Comment typed later" {
		t.Errorf("saved %+v", got)
	}
}

func TestClosingAfterAFailedSaveAsksAndTryAgainSaves(t *testing.T) {
	td, full := newFlakyDesk(t)
	d := td.goTo("1.1.5")
	test.Type(d.text, "Not lost on close")
	d.flush()
	td.settle()
	td.win.Canvas().Overlays().Top().Hide() // the manager reads the error and closes it
	td.closeWindow()
	td.settle()
	c := td.win.Canvas()
	if !strings.Contains(overlayText(c), "could not be saved") {
		t.Fatalf("closing says %q", overlayText(c))
	}
	test.Tap(overlayButton(t, c, "Cancel"))
	if td.closed {
		t.Fatal("Cancel closed the window")
	}
	td.closeWindow()
	td.settle()
	full.Store(false)
	test.Tap(overlayButton(t, c, "Try again"))
	td.settle()
	if !td.closed {
		t.Fatalf("the window did not close once the save worked; dialog %q", overlayText(c))
	}
	st := td.reopen()
	if got := td.currentOnDisk(st).Answers["1.1.5"].Value; got != "Not lost on close" {
		t.Errorf("saved %q", got)
	}
}

func TestClosingWithoutSavingClosesWhenTheManagerSaysSo(t *testing.T) {
	td, _ := newFlakyDesk(t)
	d := td.goTo("1.1.5")
	test.Type(d.text, "Given up")
	td.closeWindow()
	td.settle()
	test.Tap(overlayButton(t, td.win.Canvas(), "Close without saving"))
	if !td.closed {
		t.Fatal("the window stayed open")
	}
	td.reopen() // the file is free
}

func TestClosingDoesNotWaitForAnEvidenceCheck(t *testing.T) {
	td := newTestDesk(t, nil)
	release := make(chan struct{})
	td.bg.run(func() func() { <-release; return nil }) // a slow file check
	d := td.goTo("1.1.5")
	test.Type(d.text, "Saved before closing")
	td.closeWindow()
	for !td.closed {
		td.bg.whenWritten(func() {}) // wait for the writes, not the check
		for _, f := range td.ui.take() {
			f()
		}
	}
	close(release)
	st := td.reopen()
	if got := td.currentOnDisk(st).Answers["1.1.5"].Value; got != "Saved before closing" {
		t.Errorf("saved %q", got)
	}
}

// slowStore holds every answer save until release is closed, as a busy
// network drive would.
type slowStore struct {
	Store
	release chan struct{}
}

func (s slowStore) SaveAnswer(ctx context.Context, id int64, a assessment.Answer) error {
	<-s.release
	return s.Store.SaveAnswer(ctx, id, a)
}

func TestClosingSaysWhyWhenSavingTakesLongerThanASecond(t *testing.T) {
	defer func(w time.Duration) { closeWait = w }(closeWait)
	closeWait = time.Millisecond
	release := make(chan struct{})
	td := newTestDesk(t, func(s Store) Store { return slowStore{s, release} })
	d := td.goTo("1.1.5")
	test.Type(d.text, "Saved on a slow drive")
	td.closeWindow()
	c := td.win.Canvas()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(overlayText(c), "still saving"); {
		if time.Now().After(deadline) {
			t.Fatal("closing said nothing while the save was slow")
		}
		for _, f := range td.ui.take() {
			f()
		}
		time.Sleep(time.Millisecond)
	}
	if td.closed {
		t.Fatal("closed before the save finished")
	}
	close(release)
	td.settle()
	if !td.closed {
		t.Fatal("the window did not close once saved")
	}
	st := td.reopen()
	if got := td.currentOnDisk(st).Answers["1.1.5"].Value; got != "Saved on a slow drive" {
		t.Errorf("saved %q", got)
	}
}

// An evidence edit typed in its dialog is text the manager typed too: when
// its save fails it stays on screen and pending, and is written once the
// disk has room, not lost when the dialog closes.
func TestAFailedEvidenceEditIsKeptUntilItIsSaved(t *testing.T) {
	full := &atomic.Bool{}
	td := newTestDesk(t, func(s Store) Store { return fullStore{s, full} })
	d := td.goTo("1.1.2")
	d.evidence.addPlace(assessment.EvidencePaper, "Blue folder", "")
	td.settle()
	e := td.record.EvidenceFor("1.1.2")[0]
	full.Store(true)
	d.evidence.saveEdit(e, "Red folder, manager's office", "Signed copies, 2026")
	td.settle()
	if len(td.unsaved) != 1 || td.top.saved.Text != "Not saved" {
		t.Fatalf("a failed evidence edit: %d pending, indicator %q", len(td.unsaved), td.top.saved.Text)
	}
	if got := td.record.EvidenceFor("1.1.2")[0]; got.Location != "Red folder, manager's office" || got.Note != "Signed copies, 2026" {
		t.Errorf("the window no longer shows what was typed: %+v", got)
	}
	full.Store(false)
	td.retryUnsaved() // as the timer does
	td.settle()
	if got := td.saved().Evidence; len(got) != 1 || got[0].Location != "Red folder, manager's office" || got[0].Note != "Signed copies, 2026" {
		t.Errorf("after the disk has room: %+v", got)
	}
	assertAllSaved(t, td)
}

// "Mark done" on a question (another branch than the action editor) saves
// as the editor does: when an edit of the action could not be saved, the
// retry must not put the action back to not done, and "Mark done" itself
// is kept until it is written.
func TestMarkDoneAfterAFailedEditKeepsBoth(t *testing.T) {
	full := &atomic.Bool{}
	td := newTestDesk(t, func(s Store) Store { return fullStore{s, full} })
	s := td.screen(screenActions).(*actionsScreen)
	s.add("2.1.1")
	td.settle()
	a := td.record.Actions[0]
	full.Store(true)
	s.selectAction(a.ID)
	s.editor.action.SetText("Add the data security page to the induction pack")
	s.editor.action.Flush()
	td.settle()
	if len(td.unsaved) != 1 {
		t.Fatalf("the failed edit: %d pending", len(td.unsaved))
	}
	td.markDone([]assessment.Action{td.record.Actions[0]})
	td.settle()
	full.Store(false)
	td.retryUnsaved()
	td.settle()
	got := td.saved().Actions[0]
	if got.Status != assessment.Done || got.Action != "Add the data security page to the induction pack" {
		t.Errorf("saved %q, %s: want the edit, done", got.Action, got.Status)
	}
	assertAllSaved(t, td)
}

// Deleting an action forgets an edit of it still waiting to be saved, so
// that closing does not ask about, or retry, a change to a deleted action.
func TestDeletingAnActionForgetsItsFailedEdit(t *testing.T) {
	full := &atomic.Bool{}
	td := newTestDesk(t, func(s Store) Store { return fullStore{s, full} })
	s := td.screen(screenActions).(*actionsScreen)
	s.add("2.1.1")
	td.settle()
	a := td.record.Actions[0]
	full.Store(true)
	s.selectAction(a.ID)
	s.editor.action.SetText("Never mind")
	s.editor.action.Flush()
	td.settle()
	td.deleteAction(a.ID)
	td.settle()
	if len(td.unsaved) != 0 || td.top.saved.Text == "Not saved" {
		t.Errorf("%d changes still pending for a deleted action, indicator %q", len(td.unsaved), td.top.saved.Text)
	}
	if got := td.saved().Actions; len(got) != 0 {
		t.Errorf("the deleted action is still saved: %+v", got)
	}
}

// Restoring a version from a question's history replaces an edit of that
// answer still waiting to be saved: the retry must not write over it.
func TestRestoringAVersionReplacesAFailedEdit(t *testing.T) {
	td, full := newFlakyDesk(t)
	full.Store(false)
	d := td.goTo("1.1.5")
	d.text.SetText("First version")
	d.flush()
	td.settle()
	d.text.SetText("Second version")
	d.flush()
	td.settle()
	full.Store(true)
	d.text.SetText("Typed while the disk was full")
	d.flush()
	td.settle()
	full.Store(false)
	changes, err := td.store.History(context.Background(), td.record.Assessment.ID, "1.1.5")
	if err != nil || len(changes) == 0 {
		t.Fatalf("history: %v, %d changes", err, len(changes))
	}
	newHistoryDialog(td.Desk, "1.1.5", changes).restoreChange(changes[0]) // back to before "Second version"
	td.settle()
	td.retryUnsaved()
	td.settle()
	if got := td.saved().Answers["1.1.5"].Value; got != "First version" {
		t.Errorf("after restoring and a retry the answer is %q", got)
	}
	assertAllSaved(t, td)
}

// A note or paper location typed into "Add…" whose save fails comes back in
// its dialog, as typed, to add again once there is room: it is not lost.
func TestAFailedNewEvidenceComesBackAsTyped(t *testing.T) {
	full := &atomic.Bool{}
	td := newTestDesk(t, func(s Store) Store { return fullStore{s, full} })
	d := td.goTo("1.1.2")
	c := td.win.Canvas()
	full.Store(true)
	d.evidence.askText(assessment.EvidencePaper)
	entries := dialogEntries(t, td)
	entries[0].SetText("Blue folder, manager's office")
	entries[1].SetText("Signed copies, 2026")
	confirmDialog(t, td, "Add")
	td.settle()
	if !strings.Contains(overlayText(c), "was not saved") {
		t.Fatalf("no message: %q", overlayText(c))
	}
	press(c, fyne.KeyEscape) // closes the message
	entries = dialogEntries(t, td)
	if len(entries) != 2 || entries[0].Text != "Blue folder, manager's office" || entries[1].Text != "Signed copies, 2026" {
		t.Fatalf("the dialog did not come back with what was typed: %d boxes", len(entries))
	}
	full.Store(false)
	confirmDialog(t, td, "Add")
	td.settle()
	if got := td.saved().Evidence; len(got) != 1 || got[0].Location != "Blue folder, manager's office" || got[0].Note != "Signed copies, 2026" {
		t.Errorf("saved %+v", got)
	}
}

// Removing an evidence entry forgets an edit of it still waiting to be saved.
func TestRemovingEvidenceForgetsItsFailedEdit(t *testing.T) {
	full := &atomic.Bool{}
	td := newTestDesk(t, func(s Store) Store { return fullStore{s, full} })
	d := td.goTo("1.1.2")
	d.evidence.addPlace(assessment.EvidencePaper, "Blue folder", "")
	td.settle()
	e := td.record.EvidenceFor("1.1.2")[0]
	full.Store(true)
	d.evidence.saveEdit(e, "Red folder", "")
	td.settle()
	td.removeEvidence(e)
	td.settle()
	if len(td.unsaved) != 0 || len(td.saved().Evidence) != 0 {
		t.Errorf("%d pending, %d entries saved", len(td.unsaved), len(td.saved().Evidence))
	}
}

// fullStore fails every save of evidence, actions and wording checks while
// full is set, as a full disk would.
type fullStore struct {
	Store
	full *atomic.Bool
}

var errDiskFull = assessment.Errorf(assessment.EInternal, "The disk is full.")

func (s fullStore) UpdateEvidence(ctx context.Context, e assessment.Evidence) (assessment.Evidence, error) {
	if s.full.Load() {
		return assessment.Evidence{}, errDiskFull
	}
	return s.Store.UpdateEvidence(ctx, e)
}

func (s fullStore) AddEvidence(ctx context.Context, id int64, e assessment.Evidence) (assessment.Evidence, error) {
	if s.full.Load() {
		return assessment.Evidence{}, errDiskFull
	}
	return s.Store.AddEvidence(ctx, id, e)
}

func (s fullStore) SaveAction(ctx context.Context, id int64, a assessment.Action) (assessment.Action, error) {
	if s.full.Load() {
		return assessment.Action{}, errDiskFull
	}
	return s.Store.SaveAction(ctx, id, a)
}

func (s fullStore) SaveWordingCheck(ctx context.Context, id int64, w assessment.WordingCheck) (assessment.WordingCheck, error) {
	if s.full.Load() {
		return assessment.WordingCheck{}, errDiskFull
	}
	return s.Store.SaveWordingCheck(ctx, id, w)
}

// assertAllSaved checks that no change is waiting to be saved and the top
// bar says so.
func assertAllSaved(t *testing.T, td *testDesk) {
	t.Helper()
	if len(td.unsaved) != 0 || td.top.saved.Text != "Saved" {
		t.Errorf("%d changes still pending, indicator %q", len(td.unsaved), td.top.saved.Text)
	}
}
