package store

import (
	"context"
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Record loads everything about one assessment, as one consistent snapshot:
// its answers, its evidence in the order added and its action plan.
func (s *Store) Record(ctx context.Context, assessmentID int64) (*assessment.Record, error) {
	var r *assessment.Record
	err := s.read(ctx, func(tx *txn) error {
		var err error
		r, err = loadRecord(ctx, tx, assessmentID)
		return err
	})
	return r, err
}

func loadRecord(ctx context.Context, q querier, id int64) (*assessment.Record, error) {
	a, err := getAssessment(ctx, q, id)
	if err != nil {
		return nil, err
	}
	r := &assessment.Record{Assessment: a, Answers: map[string]assessment.Answer{}}
	answers, err := queryAll(ctx, q, scanAnswer, "SELECT "+answerColumns+" FROM answers WHERE assessment_id = ? ORDER BY ref", id)
	if err != nil {
		return nil, fmt.Errorf("loading answers: %w", err)
	}
	for _, an := range answers {
		r.Answers[an.Ref] = an
	}
	scanEv := func(row scanner) (assessment.Evidence, error) { return scanEvidence(row) }
	if r.Evidence, err = queryAll(ctx, q, scanEv, "SELECT "+evidenceColumns+" FROM evidence WHERE assessment_id = ? ORDER BY id", id); err != nil {
		return nil, fmt.Errorf("loading evidence: %w", err)
	}
	if r.Actions, err = queryAll(ctx, q, scanAction, "SELECT "+actionColumns+" FROM actions WHERE assessment_id = ? ORDER BY id", id); err != nil {
		return nil, fmt.Errorf("loading the action plan: %w", err)
	}
	if r.Wording, err = loadWording(ctx, q, id); err != nil {
		return nil, err
	}
	if r.EnteredOnline, err = loadEntered(ctx, q, id); err != nil {
		return nil, err
	}
	return r, nil
}

// queryAll runs a query and scans every row with scan.
func queryAll[T any](ctx context.Context, q querier, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
