package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// confirmDialog presses the confirming button of the topmost dialog.
func confirmDialog(t *testing.T, td *testDesk, label string) {
	t.Helper()
	top := td.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog to press %q in", label)
	}
	var found *widget.Button
	walk(top, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no %q button in the dialog: %s", label, overlayText(td.win.Canvas()))
	}
	test.Tap(found)
	td.settle()
}

func TestActionPlanCreatesOneDraftPerGapWithoutDuplicates(t *testing.T) {
	td := newTestDesk(t, nil)
	td.show(screenActions)
	s := td.screen(screenActions).(*actionsScreen)
	test.Tap(s.gapsBtn)
	td.settle()
	if n := len(td.record.Actions); n != 45 {
		t.Fatalf("%d draft actions for an empty assessment, want 45", n)
	}
	if !strings.Contains(overlayText(td.win.Canvas()), "45 draft actions") {
		t.Errorf("dialog says %q", overlayText(td.win.Canvas()))
	}
	test.Tap(s.gapsBtn)
	td.settle()
	if n := len(td.record.Actions); n != 45 {
		t.Errorf("pressing again made %d actions", n)
	}
	if n := len(td.saved().Actions); n != 45 {
		t.Errorf("%d actions saved", n)
	}
}

func TestEditingAnActionSavesAndOverdueStandsOut(t *testing.T) {
	td := newTestDesk(t, nil)
	s := td.screen(screenActions).(*actionsScreen)
	s.add("1.3.2")
	td.settle()
	e := s.editor
	test.Type(e.owner, "Tom Hughes")
	test.Type(e.action, "Do a quarterly walk-round")
	past := assessment.Day(testNow).AddDate(0, 0, -3)
	e.target.SetDate(&past)
	e.flush()
	td.settle()
	a := td.record.Actions[0]
	if a.Owner != "Tom Hughes" || a.Action != "Do a quarterly walk-round" || !a.TargetDate.Equal(past) || !a.Overdue(testNow) {
		t.Fatalf("action in memory %+v", a)
	}
	test.Type(e.gap, "No spot checks")
	e.flush()
	td.settle()
	s.when.SetSelected(filterOverdue)
	if len(s.shown) != 1 {
		t.Errorf("the overdue filter shows %d", len(s.shown))
	}
	s.status.SetSelected(assessment.Done.Label())
	if len(s.shown) != 0 {
		t.Errorf("overdue and done together show %d", len(s.shown))
	}
	s.status.SetSelected(filterOpen)
	row := newActionRow()
	s.updateRow(0, row)
	if when := row.(*fyne.Container).Objects[2].(*widget.Label); when.Importance != widget.DangerImportance || !strings.HasPrefix(when.Text, "Overdue") {
		t.Errorf("overdue row shows %q with importance %v", when.Text, when.Importance)
	}
	if detail := row.(*fyne.Container).Objects[1].(*fyne.Container).Objects[1].(*widget.Label); !strings.Contains(detail.Text, "Gap: No spot checks") {
		t.Errorf("the row's second line shows %q", detail.Text)
	}
	if got := td.saved().Actions[0]; got.Owner != "Tom Hughes" || !got.TargetDate.Equal(past) {
		t.Errorf("saved %+v", got)
	}
	if ia := td.questions.detail.actions; ia.item == nil || len(td.record.ActionsFor("1.3.2")) != 1 {
		t.Error("the question should list its action")
	}
}

func TestPublishingLocksTheAssessment(t *testing.T) {
	td := newTestDesk(t, nil)
	y := td.screen(screenYears).(*yearsScreen)
	td.show(screenYears)
	y.publishAt(assessment.Day(testNow), assessment.StandardsMet)
	td.settle()
	if !td.readOnly() || !td.profile.HasPublished() {
		t.Fatalf("locked %v, profile %+v", td.readOnly(), td.profile)
	}
	if !strings.Contains(td.top.banner.Text, "can no longer be changed") {
		t.Errorf("banner %q", td.top.banner.Text)
	}
	d := td.goTo("2.1.1")
	if !d.tick.Disabled() || !d.comment.Disabled() {
		t.Error("answer controls should be disabled on a published assessment")
	}
	err := td.store.SaveAnswer(context.Background(), td.record.Assessment.ID, assessment.Answer{Ref: "2.1.1", Value: assessment.TickConfirmed})
	if assessment.ErrorCode(err) != assessment.ELocked {
		t.Errorf("the store accepted a write to a published assessment: %v", err)
	}
}

// lastYearOnly makes a database holding only a published 2024-25 assessment.
func lastYearOnly(t *testing.T) func(*store.Store) {
	return func(st *store.Store) {
		ctx := context.Background()
		a, err := st.CreateAssessment(ctx, "2024-25")
		if err != nil {
			t.Fatal(err)
		}
		for _, ans := range []assessment.Answer{{Ref: "2.1.1", Value: assessment.TickConfirmed}, {Ref: "2.2.1", Value: assessment.TickConfirmed}, {Ref: "1.3.12", Value: "Sealed folders"}} {
			if err := st.SaveAnswer(ctx, a.ID, ans); err != nil {
				t.Fatal(err)
			}
		}
		if err := st.Publish(ctx, a.ID, assessment.Day(testNow).AddDate(0, -8, 0), assessment.ApproachingStandards); err != nil {
			t.Fatal(err)
		}
	}
}

func TestStartingNextYearCarriesForwardForReview(t *testing.T) {
	td := newTestDeskWith(t, lastYearOnly(t), nil)
	if td.edition.ID != "2024-25" || !td.readOnly() {
		t.Fatalf("showing %s, locked %v", td.edition.ID, td.readOnly())
	}
	td.show(screenYears)
	y := td.screen(screenYears).(*yearsScreen)
	if y.next.Disabled() {
		t.Fatalf("next year should be offered: %s", y.nextMsg.Text)
	}
	test.Tap(y.next)
	confirmDialog(t, td, "Start")
	if td.edition.ID != "2025-26" || td.readOnly() {
		t.Fatalf("after starting, showing %s (locked %v)", td.edition.ID, td.readOnly())
	}
	report := overlayText(td.win.Canvas())
	for _, want := range []string{"3 answers", "4.3.1", "7.1.1", "needs review"} {
		if !strings.Contains(report, want) {
			t.Errorf("the carry report lacks %q: %s", want, report)
		}
	}
	if st, _ := td.status.Item("2.1.1"); st.State != assessment.ItemNeedsReview {
		t.Errorf("2.1.1 is %s, want needs review", st.State.Label())
	}
	td.show(screenCompare)
	c := td.screen(screenCompare).(*compareScreen)
	if len(c.rows) != 45 || !strings.Contains(c.intro.Text, "2024-25") {
		t.Errorf("compare shows %d rows: %s", len(c.rows), c.intro.Text)
	}
}

func TestConfirmingReviewsOneAndByGroup(t *testing.T) {
	td := newTestDeskWith(t, lastYearOnly(t), nil)
	td.Desk.startNextYear(td.opt.Bank.Latest())
	td.settle()
	d := td.goTo("2.1.1")
	if !d.review.Visible() {
		t.Fatal("the review box should show for a carried-forward answer")
	}
	q := td.questions
	if !q.reviewBar.Visible() || !strings.Contains(q.reviewNote.Text, "2 answers") {
		t.Fatalf("group review bar: visible %v, %q", q.reviewBar.Visible(), q.reviewNote.Text)
	}
	d.confirmReview()
	td.settle()
	if td.answer("2.1.1").NeedsReview || !strings.Contains(q.reviewNote.Text, "1 answer") {
		t.Errorf("after confirming one: %+v, bar %q", td.answer("2.1.1"), q.reviewNote.Text)
	}
	q.confirmGroup()
	confirmDialog(t, td, "They all still hold")
	rec := td.saved()
	for _, ref := range []string{"2.1.1", "2.2.1", "1.3.12"} {
		if ref != "1.3.12" && rec.Answers[ref].NeedsReview {
			t.Errorf("%s still needs review on disk", ref)
		}
	}
	if !rec.Answers["1.3.12"].NeedsReview {
		t.Error("confirming the Staffing group should not confirm a Data security answer")
	}
}

func TestHistoryRestoresAnEarlierVersion(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.3.13")
	first := "Locks on the office\nand a key safe by the back door, checked each month by the deputy manager and logged"
	test.Type(d.text, first)
	d.flush()
	td.settle()
	d.text.SetText("")
	test.Type(d.text, "Key-pad entry")
	d.flush()
	td.settle()
	changes, err := td.store.History(context.Background(), td.record.Assessment.ID, "1.3.13")
	if err != nil || len(changes) != 2 {
		t.Fatalf("history %v, %v", changes, err)
	}
	h := newHistoryDialog(td.Desk, "1.3.13", changes)
	if !strings.Contains(changeLine(changes[0]), "from Locks on the office and a key") || !strings.HasSuffix(changeLine(changes[0]), "to Key-pad entry") {
		t.Errorf("newest change reads %q", changeLine(changes[0]))
	}
	if !strings.Contains(h.earlier.Text, first) {
		t.Errorf("the version before the newest change should show in full; it shows %q", h.earlier.Text)
	}
	test.Tap(h.restore)
	td.settle()
	if got := td.questions.detail.text.Text; got != first {
		t.Errorf("after restoring, the answer box shows %q", got)
	}
	if got := td.saved().Answers["1.3.13"].Value; got != first {
		t.Errorf("after restoring, the saved answer is %q", got)
	}
}

func TestNewQuestionsAreShownAsNew(t *testing.T) {
	td := newTestDeskWith(t, lastYearOnly(t), nil)
	td.Desk.startNextYear(td.opt.Bank.Latest())
	td.settle()
	if d := td.goTo("4.3.1"); !d.unsure.Visible() || !strings.Contains(d.unsure.Text, "New question this year") {
		t.Errorf("4.3.1 shows %q", d.unsure.Text)
	}
	if d := td.goTo("2.1.1"); strings.Contains(d.unsure.Text, "New question") {
		t.Errorf("2.1.1 is not new, but shows %q", d.unsure.Text)
	}
	// The question list marks new questions too, so they can be found at a glance.
	for ref, want := range map[string]bool{"4.3.1": true, "2.1.1": false} {
		td.goTo(ref)
		q := td.questions
		row := newQuestionRow()
		q.updateRow(slices.Index(q.group.Items, q.item), row)
		if got := row.(*fyne.Container).Objects[2].(*fyne.Container).Objects[0].Visible(); got != want {
			t.Errorf("in the list, %s shows NEW: %v, want %v", ref, got, want)
		}
	}
}

// unreadableYears fails to list the assessments, as a damaged file might.
type unreadableYears struct{ Store }

func (unreadableYears) Assessments(context.Context) ([]assessment.Assessment, error) {
	return nil, assessment.Errorf(assessment.EInternal, "The file could not be read.")
}

func TestYearsScreenSaysSoWhenTheYearsCannotBeRead(t *testing.T) {
	td := newTestDesk(t, nil)
	td.store = unreadableYears{td.store} // it opened, then the file went bad
	td.show(screenYears)
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "could not be read") {
		t.Errorf("dialog says %q", got)
	}
	if !td.screen(screenYears).(*yearsScreen).next.Disabled() {
		t.Error("Start next year's review should be off when the years cannot be read")
	}
}
