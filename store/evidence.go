package store

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// AddEvidence records where a piece of evidence for an item is kept and
// returns it with its ID and AddedAt set, and its location as stored (see
// assessment.CleanLocation). For a file, the caller supplies the
// fingerprint (assessment.Fingerprint, off the UI goroutine); a file that
// cannot be found is still recorded, with a zero fingerprint, and
// assessment.CheckEvidence reports it as missing. Evidence added one at a
// time is the manager's own choice on this computer, so it is CheckedHere.
func (s *Store) AddEvidence(ctx context.Context, assessmentID int64, e assessment.Evidence) (assessment.Evidence, error) {
	e.AddedAt = s.nowUTC()
	e.CheckedHere = true
	if e.Kind != assessment.EvidenceFile {
		e.File = assessment.FileFingerprint{} // only files have one
	}
	err := s.tx(ctx, func(tx *txn) error {
		ed, err := s.writable(ctx, tx, assessmentID)
		if err != nil {
			return err
		}
		if e, err = cleanEvidence(ed, e); err != nil {
			return err
		}
		e.ID, err = insertEvidence(ctx, tx, assessmentID, e)
		return err
	})
	if err != nil {
		return assessment.Evidence{}, err
	}
	return e, nil
}

// cleanEvidence checks a piece of evidence with checkEvidence and returns it
// with its location as it is stored (assessment.CleanLocation).
func cleanEvidence(ed *assessment.Edition, e assessment.Evidence) (assessment.Evidence, error) {
	if err := checkEvidence(ed, e); err != nil {
		return e, err
	}
	e.Location, _ = assessment.CleanLocation(e.Kind, e.Location)
	return e, nil
}

// checkEvidence checks everything about a piece of evidence before it is written.
func checkEvidence(ed *assessment.Edition, e assessment.Evidence) error {
	if err := checkRef(ed, e.Ref); err != nil {
		return err
	}
	if !e.Kind.Valid() {
		return assessment.Errorf(assessment.EInvalid, "%q is not a kind of evidence location DSPT Desk knows.", e.Kind)
	}
	if err := assessment.CheckLocation(e.Kind, e.Location); err != nil {
		return err
	}
	if err := assessment.CheckText("The note", e.Note, assessment.MaxLongText); err != nil {
		return err
	}
	return checkFingerprint(e.File)
}

// checkFingerprint checks a fingerprint that was taken; an empty SHA256
// means none was.
func checkFingerprint(f assessment.FileFingerprint) error {
	if f.SHA256 == "" {
		return nil
	}
	if b, err := hex.DecodeString(f.SHA256); err != nil || len(b) != 32 || f.Size < 0 || strings.ToLower(f.SHA256) != f.SHA256 {
		return assessment.Errorf(assessment.EInvalid, "The file's fingerprint is not valid (it should be 64 lower-case hex digits and a size).")
	}
	return nil
}

// fingerprintValues returns the file_ columns: NULLs when none was taken.
func fingerprintValues(f assessment.FileFingerprint) (size, modified, sha any) {
	if f.SHA256 == "" {
		return nil, nil, nil
	}
	return f.Size, formatTime(f.ModTime), f.SHA256
}

func insertEvidence(ctx context.Context, tx *txn, assessmentID int64, e assessment.Evidence) (int64, error) {
	if err := checkEvidenceUnique(ctx, tx, assessmentID, e); err != nil {
		return 0, err
	}
	size, mod, sha := fingerprintValues(e.File)
	res, err := tx.ExecContext(ctx, `INSERT INTO evidence (assessment_id, ref, kind, location, note, added_at, file_size, file_modified, file_sha256, checked_here)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, assessmentID, e.Ref, e.Kind, e.Location, e.Note, formatTime(e.AddedAt), size, mod, sha, e.CheckedHere)
	if err != nil {
		return 0, fmt.Errorf("adding evidence for %s: %w", e.Ref, err)
	}
	return res.LastInsertId()
}

// checkEvidenceUnique refuses a second record of the same location for an item.
// An update (e.ID set) does not clash with itself.
func checkEvidenceUnique(ctx context.Context, tx *txn, assessmentID int64, e assessment.Evidence) error {
	var n int
	err := tx.QueryRowContext(ctx, "SELECT count(*) FROM evidence WHERE assessment_id = ? AND ref = ? AND kind = ? AND location = ? AND id <> ?",
		assessmentID, e.Ref, e.Kind, e.Location, e.ID).Scan(&n)
	if err != nil {
		return fmt.Errorf("looking for the same evidence: %w", err)
	}
	if n > 0 {
		return assessment.Errorf(assessment.EConflict, "This evidence location is already recorded for question %s.", e.Ref)
	}
	return nil
}

// RemoveEvidence deletes a piece of evidence from the record (never the file itself).
func (s *Store) RemoveEvidence(ctx context.Context, evidenceID int64) error {
	return s.tx(ctx, func(tx *txn) error {
		_, assessmentID, err := loadEvidence(ctx, tx, evidenceID)
		if err != nil {
			return err
		}
		if _, err := s.writable(ctx, tx, assessmentID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM evidence WHERE id = ?", evidenceID); err != nil {
			return fmt.Errorf("removing evidence %d: %w", evidenceID, err)
		}
		return nil
	})
}

const evidenceColumns = "id, ref, kind, location, note, added_at, file_size, file_modified, file_sha256, checked_here"

// loadEvidence returns one piece of evidence and its assessment's ID.
func loadEvidence(ctx context.Context, q querier, id int64) (assessment.Evidence, int64, error) {
	var assessmentID int64
	row := q.QueryRowContext(ctx, "SELECT assessment_id, "+evidenceColumns+" FROM evidence WHERE id = ?", id)
	e, err := scanEvidence(row, &assessmentID)
	if err != nil {
		return e, 0, notFound(err, "That evidence is no longer in the database.", fmt.Sprintf("loading evidence %d", id))
	}
	return e, assessmentID, nil
}

// scanEvidence reads a row of evidenceColumns, after any extra destinations.
func scanEvidence(row scanner, extra ...any) (assessment.Evidence, error) {
	var e assessment.Evidence
	var added string
	var size sql.NullInt64
	var mod, sha sql.NullString
	if err := row.Scan(append(extra, &e.ID, &e.Ref, &e.Kind, &e.Location, &e.Note, &added, &size, &mod, &sha, &e.CheckedHere)...); err != nil {
		return e, err
	}
	var err error
	if e.AddedAt, err = parseTime(added); err != nil || !sha.Valid {
		return e, err
	}
	e.File = assessment.FileFingerprint{Size: size.Int64, SHA256: sha.String}
	e.File.ModTime, err = parseTime(mod.String)
	return e, err
}
