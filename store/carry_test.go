package store

import (
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestCreateAssessmentWithCarriedForwardRecord(t *testing.T) {
	bank := testBank(t)
	s, err := Open(testDB(t), Options{Bank: bank, Now: newClock().Now})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	last, _ := s.CreateAssessment(ctx, "2025-26")
	fillSample(t, s, 45, 20, 6)
	r, _ := s.Record(ctx, last.ID)
	carried := assessment.CarryForward(r, bank.Edition("2025-26"), bank.Edition("2026-27"))

	a, err := s.CreateAssessmentWith(ctx, "2026-27", carried.Record)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Record(ctx, a.ID)
	if len(got.Answers) != 45 || len(got.Evidence) != 20 || len(got.Actions) != len(carried.Record.Actions) {
		t.Errorf("carried %d answers, %d evidence, %d actions", len(got.Answers), len(got.Evidence), len(got.Actions))
	}
	for ref, an := range got.Answers {
		if !an.NeedsReview || an.Value != carried.Record.Answers[ref].Value {
			t.Errorf("%s: %+v", ref, an)
		}
	}
	if cur, _ := s.Current(ctx); cur.ID != a.ID {
		t.Errorf("Current is %s, want the new year", cur.EditionID)
	}
	_, err = s.CreateAssessmentWith(ctx, "2026-27", carried.Record)
	wantCode(t, err, assessment.EConflict)
}

func TestCreateAssessmentWithRefusesBadRecords(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	bad := &assessment.Record{Answers: map[string]assessment.Answer{"1.1.5": {Ref: "1.1.5", Value: "ok"}},
		Evidence: []assessment.Evidence{{Ref: "99.9.9", Kind: assessment.EvidencePaper, Location: "x"}}}
	_, err := s.CreateAssessmentWith(ctx, testBank(t).Latest().ID, bad)
	wantCode(t, err, assessment.EInvalid)
	if list, _ := s.Assessments(ctx); len(list) != 0 {
		t.Error("a refused carry-forward created an assessment")
	}
	_, err = s.CreateAssessmentWith(ctx, "1999-00", &assessment.Record{})
	wantCode(t, err, assessment.EInvalid)
}

func TestANewFileOpensOnTheEditionLiveToday(t *testing.T) {
	for today, want := range map[string]string{"2026-12-01": "2026-27", "2026-03-10": "2025-26"} {
		day, _ := assessment.ParseDate(today)
		s := openAt(t, testDB(t), &clock{t: day.Add(9 * time.Hour)})
		a, err := s.Current(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if a.EditionID != want {
			t.Errorf("a new file on %s opens on %s, want %s", today, a.EditionID, want)
		}
	}
}

// TestWordingChecksCarryIntoTheNewYearButEnteredTicksDoNot: starting
// 2026-27 from 2025-26 keeps the manager's wording checks (the questions are
// asked the same) and leaves the "entered online" ticks with 2025-26.
func TestWordingChecksCarryIntoTheNewYearButEnteredTicksDoNot(t *testing.T) {
	bank := testBank(t)
	s, err := Open(testDB(t), Options{Bank: bank, Now: newClock().Now})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	last, _ := s.CreateAssessment(ctx, "2025-26")
	live := assessment.WordingCheck{Ref: "6.1.1", State: assessment.WordingDiffers, LiveWording: "Is there a system to report breaches?", LiveRef: "6.1.4"}
	for _, w := range []assessment.WordingCheck{{Ref: "2.1.1", State: assessment.WordingMatches}, live} {
		if _, err := s.SaveWordingCheck(ctx, last.ID, w); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.SaveEnteredOnline(ctx, last.ID, "2.1.1", true); err != nil {
		t.Fatal(err)
	}
	a, err := startNextYear(t, s, last.ID)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Record(ctx, a.ID)
	if len(got.Wording) != 2 || got.Wording["2.1.1"].State != assessment.WordingMatches || got.Wording["6.1.1"].LiveWording != live.LiveWording || got.Wording["6.1.1"].LiveRef != "6.1.4" {
		t.Errorf("wording checks in 2026-27: %+v", got.Wording)
	}
	if len(got.EnteredOnline) != 0 {
		t.Errorf("entered ticks carried to 2026-27: %v", got.EnteredOnline)
	}
	if old, _ := s.Record(ctx, last.ID); !old.IsEnteredOnline("2.1.1") || len(old.Wording) != 2 {
		t.Errorf("2025-26 lost its ticks or checks: %v %v", old.EnteredOnline, old.Wording)
	}
}
