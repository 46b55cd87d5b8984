package store

import (
	"context"
	"fmt"
	"sort"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// SaveWordingCheck records how a question's wording compares with the live
// toolkit, for the assessment (its organisation and edition), replacing any
// earlier comparison. CheckedAt is set to now. A published assessment is
// locked (ELocked); a comparison that breaks a rule is refused (EInvalid).
func (s *Store) SaveWordingCheck(ctx context.Context, assessmentID int64, w assessment.WordingCheck) (assessment.WordingCheck, error) {
	w.CheckedAt = s.nowUTC()
	err := s.tx(ctx, func(tx *txn) error {
		ed, err := s.writable(ctx, tx, assessmentID)
		if err != nil {
			return err
		}
		if err := w.Check(ed); err != nil {
			return err
		}
		return writeWording(ctx, tx, assessmentID, []assessment.WordingCheck{w})
	})
	return w, err
}

// writeWording writes checked comparisons, replacing those of the same questions.
func writeWording(ctx context.Context, tx *txn, id int64, list []assessment.WordingCheck) error {
	for _, w := range list {
		_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO wording_checks (assessment_id, ref, state, live_wording, live_ref, checked_at)
			VALUES (?, ?, ?, ?, ?, ?)`, id, w.Ref, string(w.State), w.LiveWording, w.LiveRef, formatTime(w.CheckedAt))
		if err != nil {
			return fmt.Errorf("saving the wording check of %s: %w", w.Ref, err)
		}
	}
	return nil
}

// loadWording reads an assessment's comparisons, by reference.
func loadWording(ctx context.Context, q querier, id int64) (map[string]assessment.WordingCheck, error) {
	scan := func(row scanner) (assessment.WordingCheck, error) {
		var w assessment.WordingCheck
		var state, at string
		if err := row.Scan(&w.Ref, &state, &w.LiveWording, &w.LiveRef, &at); err != nil {
			return w, err
		}
		w.State = assessment.WordingState(state)
		var err error
		w.CheckedAt, err = parseTime(at)
		return w, err
	}
	list, err := queryAll(ctx, q, scan, "SELECT ref, state, live_wording, live_ref, checked_at FROM wording_checks WHERE assessment_id = ? ORDER BY ref", id)
	if err != nil {
		return nil, fmt.Errorf("loading the wording checks: %w", err)
	}
	out := make(map[string]assessment.WordingCheck, len(list))
	for _, w := range list {
		out[w.Ref] = w
	}
	return out, nil
}

// wordingList lists a record's comparisons in reference order, with their
// time set to now where it is missing.
func (s *Store) wordingList(r *assessment.Record) []assessment.WordingCheck {
	var out []assessment.WordingCheck
	for _, w := range r.Wording {
		if w.CheckedAt.IsZero() {
			w.CheckedAt = s.nowUTC()
		}
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool { return assessment.RefLess(out[i].Ref, out[j].Ref) })
	return out
}

// checkWording checks comparisons against the edition.
func checkWording(ed *assessment.Edition, list []assessment.WordingCheck) error {
	for _, w := range list {
		if err := w.Check(ed); err != nil {
			return err
		}
	}
	return nil
}
