package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// SaveAnswer saves the manager's answer to one item, sets its UpdatedAt to
// now, and appends a history entry for each field that changed (value, not
// applicable, comment, needs review), all in one transaction. A save that
// changes nothing writes nothing. It returns once the change is on disk.
func (s *Store) SaveAnswer(ctx context.Context, assessmentID int64, a assessment.Answer) error {
	return s.tx(ctx, func(tx *txn) error {
		ed, err := s.writable(ctx, tx, assessmentID)
		if err != nil {
			return err
		}
		if err := checkAnswer(ed, a); err != nil {
			return err
		}
		return s.saveAnswer(ctx, tx, assessmentID, a)
	})
}

// checkAnswer checks the reference, that the value suits the item's answer
// type, and the text of the value and comment.
func checkAnswer(ed *assessment.Edition, a assessment.Answer) error {
	if err := checkRef(ed, a.Ref); err != nil {
		return err
	}
	it := ed.Item(a.Ref)
	if msg := valueProblem(it, a.Value); msg != "" {
		return assessment.Errorf(assessment.EInvalid, "%s", msg)
	}
	if msg := notApplicableProblem(it, a.NotApplicable); msg != "" {
		return assessment.Errorf(assessment.EInvalid, "%s", msg)
	}
	if err := assessment.CheckText("The answer", a.Value, assessment.MaxLongText); err != nil {
		return err
	}
	return assessment.CheckText("The comment", a.Comment, assessment.MaxLongText)
}

// valueProblem says what is wrong with a value for the item's answer type, or "".
func valueProblem(it *assessment.Item, value string) string {
	switch {
	case it.Answer == assessment.Tick && value != "" && value != assessment.TickConfirmed:
		return fmt.Sprintf("Question %s is a tick to confirm, so its answer can only be %q or empty, not %q.", it.Ref, assessment.TickConfirmed, abbreviate(value))
	case it.Answer == assessment.Document && value != "":
		return fmt.Sprintf("Question %s is answered by evidence locations, not written text: add the text as evidence instead.", it.Ref)
	}
	return ""
}

// notApplicableProblem says why an item cannot be marked not applicable, or "".
func notApplicableProblem(it *assessment.Item, na bool) string {
	if na && !it.NotApplicable.Allowed() {
		return fmt.Sprintf("Question %s cannot be marked Not applicable: the online toolkit needs an answer to it.", it.Ref)
	}
	return ""
}

// abbreviate shortens a value for a message.
func abbreviate(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// saveAnswer writes a checked answer and its history.
func (s *Store) saveAnswer(ctx context.Context, tx *txn, assessmentID int64, a assessment.Answer) error {
	old, err := loadAnswer(ctx, tx, assessmentID, a.Ref)
	if err != nil {
		return err
	}
	changes := diffAnswer(old, a)
	if len(changes) == 0 {
		return nil
	}
	a = a.Touch(old, s.nowUTC())
	now := formatTime(a.UpdatedAt)
	_, err = tx.ExecContext(ctx, qUpsertAnswer, assessmentID, a.Ref, a.Value, a.NotApplicable, a.Comment, a.NeedsReview, now, formatTime(a.AnsweredAt))
	if err != nil {
		return fmt.Errorf("saving the answer to %s: %w", a.Ref, err)
	}
	for _, c := range changes {
		if _, err := tx.ExecContext(ctx, qInsertChange, assessmentID, a.Ref, c.Field, c.Old, c.New, now); err != nil {
			return fmt.Errorf("recording the change to %s: %w", a.Ref, err)
		}
	}
	return nil
}

// diffAnswer lists the fields that differ between two answers.
func diffAnswer(old, a assessment.Answer) []assessment.Change {
	var out []assessment.Change
	add := func(field, o, n string) {
		if o != n {
			out = append(out, assessment.Change{Ref: a.Ref, Field: field, Old: o, New: n})
		}
	}
	add(assessment.ChangeValue, old.Value, a.Value)
	add(assessment.ChangeNotApplicable, boolText(old.NotApplicable), boolText(a.NotApplicable))
	add(assessment.ChangeComment, old.Comment, a.Comment)
	add(assessment.ChangeNeedsReview, boolText(old.NeedsReview), boolText(a.NeedsReview))
	return out
}

const answerColumns = "ref, value, not_applicable, comment, needs_review, updated_at, answered_at"

// The queries every save runs (prepared once: see txn).
const (
	qAnswer       = "SELECT " + answerColumns + " FROM answers WHERE assessment_id = ? AND ref = ?"
	qUpsertAnswer = `INSERT INTO answers (assessment_id, ref, value, not_applicable, comment, needs_review, updated_at, answered_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id, ref) DO UPDATE SET value = excluded.value,
		not_applicable = excluded.not_applicable, comment = excluded.comment, needs_review = excluded.needs_review,
		updated_at = excluded.updated_at, answered_at = excluded.answered_at`
	qInsertChange = "INSERT INTO answer_history (assessment_id, ref, field, old, new, at) VALUES (?, ?, ?, ?, ?, ?)"
)

func scanAnswer(row scanner) (assessment.Answer, error) {
	var a assessment.Answer
	var updated, answered string
	if err := row.Scan(&a.Ref, &a.Value, &a.NotApplicable, &a.Comment, &a.NeedsReview, &updated, &answered); err != nil {
		return a, err
	}
	var err error
	if a.UpdatedAt, err = parseTime(updated); err != nil {
		return a, err
	}
	a.AnsweredAt, err = parseTime(answered)
	return a, err
}

// loadAnswer returns the stored answer, or an empty one if there is none.
func loadAnswer(ctx context.Context, q querier, assessmentID int64, ref string) (assessment.Answer, error) {
	a, err := scanAnswer(q.QueryRowContext(ctx, qAnswer, assessmentID, ref))
	if errors.Is(err, sql.ErrNoRows) {
		return assessment.Answer{Ref: ref}, nil
	}
	if err != nil {
		return a, fmt.Errorf("loading the answer to %s: %w", ref, err)
	}
	return a, nil
}

// History returns every recorded change to the answer to one item, newest first.
func (s *Store) History(ctx context.Context, assessmentID int64, ref string) ([]assessment.Change, error) {
	out, err := queryAll(ctx, s.db, scanChange, "SELECT id, ref, field, old, new, at FROM answer_history WHERE assessment_id = ? AND ref = ? ORDER BY id DESC",
		assessmentID, ref)
	if err != nil {
		return nil, fmt.Errorf("loading the history of %s: %w", ref, err)
	}
	return out, nil
}

// scanChange reads one history row: id, ref (or register), field, old, new,
// at. Answer and register histories share it.
func scanChange(row scanner) (assessment.Change, error) {
	var c assessment.Change
	var at string
	if err := row.Scan(&c.ID, &c.Ref, &c.Field, &c.Old, &c.New, &at); err != nil {
		return c, err
	}
	var err error
	c.At, err = parseTime(at)
	return c, err
}

// RevertChange puts back the value a field had before the change, as a new
// change of its own (so a revert can itself be reverted), and returns the
// answer as it now is.
func (s *Store) RevertChange(ctx context.Context, changeID int64) (assessment.Answer, error) {
	var a assessment.Answer
	err := s.tx(ctx, func(tx *txn) error {
		var id int64
		var c assessment.Change
		err := tx.QueryRowContext(ctx, "SELECT assessment_id, ref, field, old FROM answer_history WHERE id = ?", changeID).Scan(&id, &c.Ref, &c.Field, &c.Old)
		if err != nil {
			return notFound(err, "That change is no longer in the history.", "loading a change to undo")
		}
		if a, err = s.revert(ctx, tx, id, c); err != nil {
			return err
		}
		a, err = loadAnswer(ctx, tx, id, c.Ref)
		return err
	})
	return a, err
}

func (s *Store) revert(ctx context.Context, tx *txn, assessmentID int64, c assessment.Change) (assessment.Answer, error) {
	ed, err := s.writable(ctx, tx, assessmentID)
	if err != nil {
		return assessment.Answer{}, err
	}
	a, err := loadAnswer(ctx, tx, assessmentID, c.Ref)
	if err != nil {
		return a, err
	}
	switch c.Field {
	case assessment.ChangeValue:
		a.Value = c.Old
	case assessment.ChangeComment:
		a.Comment = c.Old
	case assessment.ChangeNotApplicable:
		a.NotApplicable = c.Old == "true"
	case assessment.ChangeNeedsReview:
		a.NeedsReview = c.Old == "true"
	}
	if err := checkAnswer(ed, a); err != nil {
		return a, err
	}
	return a, s.saveAnswer(ctx, tx, assessmentID, a)
}
