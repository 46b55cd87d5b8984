package store

import (
	"context"
	"fmt"
	"sort"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// CreateAssessmentWith starts an assessment for the edition already holding
// the answers, evidence and actions of r (typically the Record of
// assessment.CarryForward), all in one transaction: the new year appears
// complete or not at all. Everything is checked as SaveAnswer, AddEvidence
// and SaveAction check it. The answers start with an empty history; times
// left zero are set to now. There can be one assessment per edition
// (EConflict otherwise). The registers of the newest assessment before the
// edition are carried too (see register.Book.CarryForward).
func (s *Store) CreateAssessmentWith(ctx context.Context, editionID string, r *assessment.Record) (assessment.Assessment, error) {
	ed, err := s.edition(editionID)
	if err != nil {
		return assessment.Assessment{}, err
	}
	answers, evidence, actions := s.recordItems(r)
	if err := checkItems(ed, answers, evidence, actions); err != nil {
		return assessment.Assessment{}, err
	}
	wording := s.wordingList(r)
	if err := checkWording(ed, wording); err != nil {
		return assessment.Assessment{}, err
	}
	var a assessment.Assessment
	err = s.tx(ctx, func(tx *txn) error {
		if err := refuseSecond(ctx, tx, editionID); err != nil {
			return err
		}
		if a, err = s.insertAssessment(ctx, tx, editionID); err != nil {
			return err
		}
		if err := writeItems(ctx, tx, a.ID, answers, evidence, actions); err != nil {
			return err
		}
		if err := writeWording(ctx, tx, a.ID, wording); err != nil {
			return err
		}
		return s.carryRegisters(ctx, tx, a.ID, editionID)
	})
	return a, err
}

// recordItems lists a record's answers in reference order, with times and
// statuses filled in where they are missing.
func (s *Store) recordItems(r *assessment.Record) ([]assessment.Answer, []assessment.Evidence, []assessment.Action) {
	now := s.nowUTC()
	var answers []assessment.Answer
	for _, a := range r.Answers {
		if a.UpdatedAt.IsZero() {
			a.UpdatedAt = now
		}
		if a.AnsweredAt.IsZero() {
			a.AnsweredAt = a.UpdatedAt
		}
		answers = append(answers, a)
	}
	sort.Slice(answers, func(i, j int) bool { return assessment.RefLess(answers[i].Ref, answers[j].Ref) })
	evidence := append([]assessment.Evidence(nil), r.Evidence...)
	for i := range evidence {
		if evidence[i].AddedAt.IsZero() {
			evidence[i].AddedAt = now
		}
	}
	actions := append([]assessment.Action(nil), r.Actions...)
	for i := range actions {
		if actions[i].Status == "" {
			actions[i].Status = assessment.NotStarted
		}
	}
	return answers, evidence, actions
}

// checkItems checks everything a new assessment is to hold.
func checkItems(ed *assessment.Edition, answers []assessment.Answer, evidence []assessment.Evidence, actions []assessment.Action) error {
	for _, a := range answers {
		if err := checkAnswer(ed, a); err != nil {
			return err
		}
	}
	for _, e := range evidence {
		if err := checkEvidence(ed, e); err != nil {
			return err
		}
	}
	for _, a := range actions {
		if err := checkAction(ed, a); err != nil {
			return err
		}
	}
	return nil
}

// refuseSecond returns EConflict if the edition already has an assessment.
func refuseSecond(ctx context.Context, tx *txn, editionID string) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM assessments WHERE edition = ?", editionID).Scan(&n); err != nil {
		return fmt.Errorf("looking for an existing assessment: %w", err)
	}
	if n > 0 {
		return assessment.Errorf(assessment.EConflict, "There is already an assessment for the %s toolkit.", editionID)
	}
	return nil
}

// writeItems writes a new assessment's answers (as they are, without
// history), evidence and actions.
func writeItems(ctx context.Context, tx *txn, id int64, answers []assessment.Answer, evidence []assessment.Evidence, actions []assessment.Action) error {
	for _, a := range answers {
		if _, err := tx.ExecContext(ctx, qUpsertAnswer, id, a.Ref, a.Value, a.NotApplicable, a.Comment, a.NeedsReview, formatTime(a.UpdatedAt), formatTime(a.AnsweredAt)); err != nil {
			return fmt.Errorf("writing the answer to %s: %w", a.Ref, err)
		}
	}
	for _, e := range evidence {
		if e.Kind != assessment.EvidenceFile {
			e.File = assessment.FileFingerprint{}
		}
		if _, err := insertEvidence(ctx, tx, id, e); err != nil {
			return err
		}
	}
	for _, a := range actions {
		if _, err := insertAction(ctx, tx, id, a); err != nil {
			return err
		}
	}
	return nil
}
