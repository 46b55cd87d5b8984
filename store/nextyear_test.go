package store

import (
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// startNextYear starts 2026-27 from the 2025-26 assessment last, carrying
// forward what the year-start carries, as the window does.
func startNextYear(tb testing.TB, s *Store, last int64) (assessment.Assessment, error) {
	tb.Helper()
	bank := testBank(tb)
	r, err := s.Record(ctx, last)
	if err != nil {
		tb.Fatal(err)
	}
	carried := assessment.CarryForward(r, bank.Edition("2025-26"), bank.Edition("2026-27"))
	return s.CreateAssessmentWith(ctx, "2026-27", carried.Record)
}
