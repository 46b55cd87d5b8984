package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// SaveAction adds an action to the plan when a.ID is 0, and otherwise
// updates that action. It returns the action as saved (with its ID; an
// empty status is saved as not started). A new action is a draft when
// a.Draft says so; an update keeps a draft only while its gap and action
// text are unchanged, whatever a.Draft says.
func (s *Store) SaveAction(ctx context.Context, assessmentID int64, a assessment.Action) (assessment.Action, error) {
	if a.Status == "" {
		a.Status = assessment.NotStarted
	}
	err := s.tx(ctx, func(tx *txn) error {
		ed, err := s.writable(ctx, tx, assessmentID)
		if err != nil {
			return err
		}
		if err := checkAction(ed, a); err != nil {
			return err
		}
		if a.ID == 0 {
			a.ID, err = insertAction(ctx, tx, assessmentID, a)
			return err
		}
		a.Draft, err = updateAction(ctx, tx, assessmentID, a)
		return err
	})
	if err != nil {
		return assessment.Action{}, err
	}
	return a, nil
}

// checkAction checks an action before it is written. Its reference may be
// empty, for an action that is not about one question.
func checkAction(ed *assessment.Edition, a assessment.Action) error {
	if a.Ref != "" {
		if err := checkRef(ed, a.Ref); err != nil {
			return err
		}
	}
	if !a.Status.Valid() {
		return assessment.Errorf(assessment.EInvalid, "%q is not an action status DSPT Desk knows.", a.Status)
	}
	for _, f := range []struct{ label, value string }{{"The gap", a.Gap}, {"The action", a.Action}, {"The notes", a.Notes}} {
		if err := assessment.CheckText(f.label, f.value, assessment.MaxLongText); err != nil {
			return err
		}
	}
	return assessment.CheckText("The owner", a.Owner, assessment.MaxShortText)
}

func insertAction(ctx context.Context, tx *txn, assessmentID int64, a assessment.Action) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO actions (assessment_id, ref, gap, action, owner, target_date, status, done_date, notes, draft)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, assessmentID, a.Ref, a.Gap, a.Action, a.Owner,
		dateValue(a.TargetDate), a.Status, dateValue(a.DoneDate), a.Notes, a.Draft)
	if err != nil {
		return 0, fmt.Errorf("adding an action: %w", err)
	}
	return res.LastInsertId()
}

// updateAction saves a over the stored action and returns whether it is
// still a draft: only when it was one and its gap and action text are the
// same as before.
func updateAction(ctx context.Context, tx *txn, assessmentID int64, a assessment.Action) (bool, error) {
	var draft bool
	err := tx.QueryRowContext(ctx, `UPDATE actions SET ref = ?, gap = ?, action = ?, owner = ?, target_date = ?, status = ?,
		done_date = ?, notes = ?, draft = (draft AND gap = ? AND action = ?) WHERE id = ? AND assessment_id = ? RETURNING draft`,
		a.Ref, a.Gap, a.Action, a.Owner, dateValue(a.TargetDate), a.Status, dateValue(a.DoneDate), a.Notes,
		a.Gap, a.Action, a.ID, assessmentID).Scan(&draft)
	if err != nil {
		return false, notFound(err, "That action is no longer in the plan.", fmt.Sprintf("saving action %d", a.ID))
	}
	return draft, nil
}

// DeleteAction removes an action from the plan.
func (s *Store) DeleteAction(ctx context.Context, actionID int64) error {
	return s.tx(ctx, func(tx *txn) error {
		var assessmentID int64
		err := tx.QueryRowContext(ctx, "SELECT assessment_id FROM actions WHERE id = ?", actionID).Scan(&assessmentID)
		if err != nil {
			return notFound(err, "That action is no longer in the plan.", fmt.Sprintf("loading action %d", actionID))
		}
		if _, err := s.writable(ctx, tx, assessmentID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM actions WHERE id = ?", actionID); err != nil {
			return fmt.Errorf("deleting action %d: %w", actionID, err)
		}
		return nil
	})
}

const actionColumns = "id, ref, gap, action, owner, target_date, status, done_date, notes, draft"

func scanAction(row scanner) (assessment.Action, error) {
	var a assessment.Action
	var target, done sql.NullString
	if err := row.Scan(&a.ID, &a.Ref, &a.Gap, &a.Action, &a.Owner, &target, &a.Status, &done, &a.Notes, &a.Draft); err != nil {
		return a, err
	}
	var err error
	if a.TargetDate, err = parseDate(target); err != nil {
		return a, err
	}
	a.DoneDate, err = parseDate(done)
	return a, err
}
