package demo

import (
	"context"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

func TestTheSampleFollowsTheCalendar(t *testing.T) {
	bank, err := assessment.DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		today      time.Time
		last, this string
	}{
		{time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC), "2024-25", "2025-26"},
		{time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC), "2025-26", "2026-27"},
		{time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC), "2025-26", "2026-27"},
	} {
		t.Run(assessment.FormatDate(tc.today), func(t *testing.T) {
			s, err := Create(bank, tc.today)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Remove()
			st, err := store.Open(s.DBPath, store.Options{Bank: bank, Now: func() time.Time { return tc.today }})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
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
		})
	}
}
