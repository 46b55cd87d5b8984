package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// december2026 is the day the manager opens DSPT Desk in issue 14.
var december2026 = time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)

func TestANewFileOnTheFirstOfDecember2026OpensOn2026To27(t *testing.T) {
	td := newTestDeskAt(t, december2026, nil, nil)
	if td.edition.ID != "2026-27" {
		t.Fatalf("a new file opens on %s", td.edition.ID)
	}
	if got := td.top.edition.Text; got != "DSPT 2026-27 · 211 days left to publish (deadline 30 June 2027)" {
		t.Errorf("top bar: %q", got)
	}
	if td.top.startNext.Visible() || strings.Contains(td.top.banner.Text, "closed") {
		t.Errorf("nothing has closed: banner %q", td.top.banner.Text)
	}
}

// inProgress2025 makes a database holding an unpublished 2025-26 assessment
// with a few answers, one comment, an evidence record and an open action.
func inProgress2025(t *testing.T) func(*store.Store) {
	return func(st *store.Store) {
		ctx := context.Background()
		a, err := st.CreateAssessment(ctx, "2025-26")
		if err != nil {
			t.Fatal(err)
		}
		for _, ans := range []assessment.Answer{{Ref: "2.1.1", Value: assessment.TickConfirmed}, {Ref: "1.3.12", Value: "Sealed folders"}, {Ref: "3.2.1", Comment: "88% trained"}} {
			if err := st.SaveAnswer(ctx, a.ID, ans); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := st.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: "2.1.1", Kind: assessment.EvidencePaper, Location: "Blue folder"}); err != nil {
			t.Fatal(err)
		}
		if _, err := st.SaveAction(ctx, a.ID, assessment.Action{Ref: "3.2.1", Gap: "Night staff", Action: "Book training", Owner: "Tom", Status: assessment.NotStarted}); err != nil {
			t.Fatal(err)
		}
	}
}

func TestAnUnpublished2025To26FileSaysTheYearClosedAndCarriesForward(t *testing.T) {
	td := newTestDeskAt(t, december2026, inProgress2025(t), nil)
	if td.edition.ID != "2025-26" || td.readOnly() {
		t.Fatalf("showing %s, locked %v", td.edition.ID, td.readOnly())
	}
	want := "The 2025-26 toolkit closed on 30 June 2026. The 2026-27 toolkit has been live since 1 September 2026: start it from your 2025-26 work."
	if td.top.banner.Text != want || !td.top.startNext.Visible() {
		t.Errorf("banner %q (button shown %v)", td.top.banner.Text, td.top.startNext.Visible())
	}
	if got := td.top.edition.Text; strings.Contains(got, "as soon as you can") || !strings.Contains(got, "closed on 30 June 2026") {
		t.Errorf("top bar: %q", got)
	}

	test.Tap(td.top.startNext)
	y := td.screen(screenYears).(*yearsScreen)
	if td.current != screenYears || y.next.Disabled() || !strings.Contains(y.nextMsg.Text, "2026-27") {
		t.Fatalf("the Years screen should offer 2026-27: %s", y.nextMsg.Text)
	}
	test.Tap(y.next)
	confirmDialog(t, td, "Start")
	if td.edition.ID != "2026-27" || td.readOnly() {
		t.Fatalf("after starting, showing %s", td.edition.ID)
	}
	for _, ref := range []string{"2.1.1", "1.3.12", "3.2.1"} {
		if a := td.answer(ref); !a.NeedsReview {
			t.Errorf("%s was not marked needs review: %+v", ref, a)
		}
	}
	if len(td.record.Evidence) != 1 || len(td.record.Actions) != 1 {
		t.Errorf("carried %d evidence and %d actions", len(td.record.Evidence), len(td.record.Actions))
	}
	if strings.Contains(td.top.banner.Text, "closed") || td.top.startNext.Visible() {
		t.Errorf("the new year shows the closed message: %q", td.top.banner.Text)
	}

	old := td.years()[0]
	td.viewYear(old.ID)
	td.settle()
	if td.edition.ID != "2025-26" || td.answer("1.3.12").Value != "Sealed folders" {
		t.Errorf("the old year is not readable: %s %+v", td.edition.ID, td.answer("1.3.12"))
	}
	if td.top.startNext.Visible() || strings.Contains(td.top.banner.Text, "start it from") {
		t.Errorf("the old year should not offer to start 2026-27 again: %q", td.top.banner.Text)
	}
}

// years lists the desk's assessments, oldest first.
func (td *testDesk) years() []assessment.Assessment {
	td.t.Helper()
	all, err := td.store.Assessments(context.Background())
	if err != nil {
		td.t.Fatal(err)
	}
	return all
}
