package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// querier is what both *sql.DB and *sql.Tx offer.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

const assessmentColumns = "id, edition, state, published_on, published_level, created_at"

const qAssessment = "SELECT " + assessmentColumns + " FROM assessments WHERE id = ?"

func scanAssessment(row scanner) (assessment.Assessment, error) {
	var a assessment.Assessment
	var on, level sql.NullString
	var created string
	if err := row.Scan(&a.ID, &a.EditionID, &a.State, &on, &level, &created); err != nil {
		return a, err
	}
	var err error
	if a.PublishedOn, err = parseDate(on); err != nil {
		return a, err
	}
	if level.Valid {
		if a.PublishedLevel, err = assessment.ParseLevel(level.String); err != nil {
			return a, err
		}
	}
	a.CreatedAt, err = parseTime(created)
	return a, err
}

// Assessments returns every assessment, oldest edition first.
func (s *Store) Assessments(ctx context.Context) ([]assessment.Assessment, error) {
	out, err := queryAll(ctx, s.db, scanAssessment, "SELECT "+assessmentColumns+" FROM assessments ORDER BY edition, id")
	if err != nil {
		return nil, fmt.Errorf("listing assessments: %w", err)
	}
	return out, nil
}

// getAssessment loads one assessment, or returns ENotFound.
func getAssessment(ctx context.Context, q querier, id int64) (assessment.Assessment, error) {
	a, err := scanAssessment(q.QueryRowContext(ctx, qAssessment, id))
	if err != nil {
		return a, notFound(err, "That assessment is no longer in the database.", fmt.Sprintf("loading assessment %d", id))
	}
	return a, nil
}

// Current returns the newest assessment, creating one with the edition live
// today (by the store's clock) if there is none yet.
func (s *Store) Current(ctx context.Context) (assessment.Assessment, error) {
	var a assessment.Assessment
	err := s.tx(ctx, func(tx *txn) error {
		var err error
		row := tx.QueryRowContext(ctx, "SELECT "+assessmentColumns+" FROM assessments ORDER BY edition DESC, id DESC LIMIT 1")
		if a, err = scanAssessment(row); !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if s.Bank() == nil || len(s.Bank().Editions) == 0 {
			return errors.New("creating the first assessment: the store was opened without a question bank")
		}
		a, err = s.insertAssessment(ctx, tx, s.Bank().LiveOn(s.now()).ID)
		return err
	})
	if err != nil {
		return a, fmt.Errorf("finding the current assessment: %w", err)
	}
	return a, nil
}

// CreateAssessment starts an assessment for the edition (such as "2025-26").
// There can be one assessment per edition: a second is refused with EConflict.
func (s *Store) CreateAssessment(ctx context.Context, editionID string) (assessment.Assessment, error) {
	if s.Bank() == nil || s.Bank().Edition(editionID) == nil {
		return assessment.Assessment{}, assessment.Errorf(assessment.EInvalid, "DSPT Desk does not have the questions for the %s toolkit.", editionID)
	}
	var a assessment.Assessment
	err := s.tx(ctx, func(tx *txn) error {
		if err := refuseSecond(ctx, tx, editionID); err != nil {
			return err
		}
		var err error
		a, err = s.insertAssessment(ctx, tx, editionID)
		return err
	})
	return a, err
}

func (s *Store) insertAssessment(ctx context.Context, tx *txn, editionID string) (assessment.Assessment, error) {
	a := assessment.Assessment{EditionID: editionID, State: assessment.StateInProgress, CreatedAt: s.nowUTC()}
	var err error
	a.ID, err = insertAssessmentRow(ctx, tx, a)
	return a, err
}

func insertAssessmentRow(ctx context.Context, tx *txn, a assessment.Assessment) (int64, error) {
	var level any
	if a.Locked() {
		level = a.PublishedLevel.Code()
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO assessments (edition, year, state, published_on, published_level, created_at)
		VALUES (?, CAST(substr(?, 1, 4) AS INTEGER), ?, ?, ?, ?)`,
		a.EditionID, a.EditionID, a.State, dateValue(a.PublishedOn), level, formatTime(a.CreatedAt))
	if err != nil {
		return 0, fmt.Errorf("creating the %s assessment: %w", a.EditionID, err)
	}
	return res.LastInsertId()
}

// nowUTC is the store's clock, to the second, in UTC.
func (s *Store) nowUTC() time.Time { return s.now().UTC().Truncate(time.Second) }

// Publish records that the assessment was published on the date at the
// level, which locks it, and records in the profile that the organisation
// has published: all in one transaction, after a backup.
func (s *Store) Publish(ctx context.Context, assessmentID int64, on time.Time, level assessment.Level) error {
	if level < assessment.ApproachingStandards || level > assessment.StandardsExceeded || on.IsZero() {
		return assessment.Errorf(assessment.EInvalid, "To record a publication, give the date and the level it was published at.")
	}
	if _, err := s.backup(ctx, BackupPublish); err != nil {
		return fmt.Errorf("backing up before recording the publication (%v): %w", err, assessment.Errorf(assessment.EInvalid,
			"Nothing was recorded: DSPT Desk could not take the backup it makes before locking a year. Free some space on the disk, then try again."))
	}
	return s.tx(ctx, func(tx *txn) error {
		if _, err := s.writable(ctx, tx, assessmentID); err != nil {
			return err
		}
		date := assessment.FormatDate(on)
		if _, err := tx.ExecContext(ctx, "UPDATE assessments SET state = 'published', published_on = ?, published_level = ? WHERE id = ?",
			date, level.Code(), assessmentID); err != nil {
			return fmt.Errorf("publishing assessment %d: %w", assessmentID, err)
		}
		_, err := tx.ExecContext(ctx, `UPDATE profile SET last_published_level = ?, last_published_on = ?
			WHERE id = 1 AND (last_published_on IS NULL OR last_published_on <= ?)`, level.Code(), date, date)
		if err != nil {
			return fmt.Errorf("recording the publication in the profile: %w", err)
		}
		return nil
	})
}

// writable loads the assessment inside a write transaction and returns its
// edition, or ELocked if it is published.
func (s *Store) writable(ctx context.Context, tx *txn, assessmentID int64) (*assessment.Edition, error) {
	a, err := getAssessment(ctx, tx, assessmentID)
	if err != nil {
		return nil, err
	}
	if a.Locked() {
		return nil, assessment.Errorf(assessment.ELocked, "The %s assessment was published on %s and is locked, so it cannot be changed.",
			a.EditionID, assessment.HumanDate(a.PublishedOn))
	}
	return s.edition(a.EditionID)
}

// edition returns the bank's edition, or an error if the app lacks it.
func (s *Store) edition(id string) (*assessment.Edition, error) {
	if s.Bank() != nil {
		if ed := s.Bank().Edition(id); ed != nil {
			return ed, nil
		}
	}
	return nil, assessment.Errorf(assessment.EInvalid, "DSPT Desk does not have the questions for the %s toolkit, so it cannot check changes to that assessment.", id)
}

// checkRef checks that the edition has the item.
func checkRef(ed *assessment.Edition, ref string) error {
	if ed.Item(ref) == nil {
		return assessment.Errorf(assessment.EInvalid, "There is no question %q in the %s toolkit.", ref, ed.ID)
	}
	return nil
}
