package demo

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

func TestTheSampleFollowsTheCalendar(t *testing.T) {
	bank := defaultBank(t)
	for _, tc := range []struct {
		today      time.Time
		last, this string
	}{
		{time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC), "2024-25", "2025-26"},
		{time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC), "2025-26", "2026-27"},
		{time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), "2025-26", "2026-27"},
	} {
		t.Run(assessment.FormatDate(tc.today), func(t *testing.T) {
			st := openSample(t, bank, tc.today)
			all, err := st.Assessments(context.Background())
			if err != nil || len(all) != 2 {
				t.Fatalf("%d assessments, %v", len(all), err)
			}
			last, this := all[0], all[1]
			if last.EditionID != tc.last || !last.Locked() || last.PublishedLevel != assessment.ApproachingStandards {
				t.Errorf("last year: %+v", last)
			}
			if this.EditionID != tc.this || this.Locked() {
				t.Errorf("this year: %+v", this)
			}
			if days := bank.Edition(this.EditionID).DaysLeft(tc.today); days < 0 {
				t.Errorf("the sample's deadline passed %d days ago", -days)
			}
			rec, err := st.Record(context.Background(), this.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range rec.Answers {
				if a.UpdatedAt.After(tc.today) || a.UpdatedAt.Before(bank.Edition(tc.last).Live()) {
					t.Errorf("%s answered on %v", a.Ref, a.UpdatedAt)
				}
			}
			checkBreachLog(t, st, last.ID, this.ID, tc.today)
			checkStaffRegister(t, st, this.ID, tc.today)
		})
	}
}

// checkBreachLog checks the sample's breach log and spot checks answer
// their questions, the older breach read from last year's log.
func checkBreachLog(t *testing.T, st *store.Store, lastID, thisID int64, today time.Time) {
	t.Helper()
	ctx := context.Background()
	this, err := st.Registers(ctx, thisID)
	if err != nil {
		t.Fatal(err)
	}
	last, err := st.Registers(ctx, lastID)
	if err != nil {
		t.Fatal(err)
	}
	if len(last.Of("incidents")) != 1 || len(this.Of("incidents")) != 2 {
		t.Errorf("%d incidents last year, %d this year", len(last.Of("incidents")), len(this.Of("incidents")))
	}
	found := register.Findings(register.Context{Today: today, Book: this, LastYear: last})
	want := map[string]string{
		"6.1.2": "2 breaches and 1 near miss in the last twelve months; management approved actions for both",
		"6.1.3": "2 breaches and 1 near miss in the last twelve months; the people affected were told in both",
		"5.1.1": "2 breaches and 1 near miss in the last twelve months; lessons learned recorded for all 3",
		"6.1.1": "Breach log: 2 breaches and 1 near miss in the last twelve months",
		"1.3.2": "Last spot check: " + assessment.Day(today).AddDate(0, 0, -20).Format(register.UKDate) + " (paper records), 5 in the last twelve months",
		"1.6.6": "1 personal device is used for work: Deputy's own phone (Deputy manager). The own-device rules cover it, and its user has signed the rules.",
	}
	for ref, summary := range want {
		fs := found[ref]
		if len(fs) != 1 || fs[0].Summary != summary || fs[0].Missing != "" || fs[0].NotApplicable {
			t.Errorf("%s: %+v", ref, fs)
		}
	}
}

// checkStaffRegister checks the sample's staff register gives the figures
// the issue asks of it, whatever the day: 47 of 50 trained, one starter
// without induction, one agreement without the clause, one leaver without
// access removal, and the lead's role training.
func checkStaffRegister(t *testing.T, st *store.Store, id int64, today time.Time) {
	t.Helper()
	book, err := st.Registers(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	got := findingsByRef("staff", book, today)
	for ref, want := range map[string]string{
		"3.2.1": "Training: 47 of 50 staff trained in the last 12 months (94%)",
		"4.1.1": "Staff list: 50 people and their roles (45 employees, 3 bank workers, 1 volunteer, 1 director or trustee)",
		"2.1.1": "Induction: 9 of 10 people who started in the last 12 months had data security covered at induction",
		"2.2.1": "Contracts: 49 of 50 people's contracts or agreements have the data security clause",
		"4.2.4": "Leavers: access removal recorded for 2 of 3 people who have left",
	} {
		if got[ref].Summary != want {
			t.Errorf("%s: %q, want %q", ref, got[ref].Summary, want)
		}
	}
	due := 0
	for _, d := range got["3.2.1"].Details {
		if strings.HasPrefix(d, "Due by ") {
			due++
		}
	}
	if f := got["3.2.1"]; due != 4 || f.Missing != "1 more person needs training to reach 95%" || len(f.Details) != 3+due {
		t.Errorf("3.2.1: %d due, %+v", due, f)
	}
	if f := got["3.4.1"]; f.Missing != "" || !strings.Contains(f.Summary, "Tom Hughes") {
		t.Errorf("3.4.1: %+v", f)
	}
}
