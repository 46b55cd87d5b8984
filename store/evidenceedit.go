package store

import (
	"context"
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// UpdateEvidence changes where a piece of evidence is kept, its note and
// (for a file) its fingerprint, keeping its ID, question, kind and the date
// it was first added, and returns it as stored. e.CheckedHere says whether
// the manager has checked the (new) location on this computer: set it when
// they chose or typed a new place, keep it as it was for a new note only.
// Evidence has no history: the entry is the record of where it is now.
func (s *Store) UpdateEvidence(ctx context.Context, e assessment.Evidence) (assessment.Evidence, error) {
	var out assessment.Evidence
	err := s.tx(ctx, func(tx *txn) error {
		old, assessmentID, err := loadEvidence(ctx, tx, e.ID)
		if err != nil {
			return err
		}
		ed, err := s.writable(ctx, tx, assessmentID)
		if err != nil {
			return err
		}
		out = old
		out.Location, out.Note, out.File, out.CheckedHere = e.Location, e.Note, e.File, e.CheckedHere
		if out.Kind != assessment.EvidenceFile {
			out.File = assessment.FileFingerprint{}
		}
		if out, err = cleanEvidence(ed, out); err != nil {
			return err
		}
		if err := checkEvidenceUnique(ctx, tx, assessmentID, out); err != nil {
			return err
		}
		return writeEvidence(ctx, tx, out)
	})
	if err != nil {
		return assessment.Evidence{}, err
	}
	return out, nil
}

func writeEvidence(ctx context.Context, tx *txn, e assessment.Evidence) error {
	size, mod, sha := fingerprintValues(e.File)
	_, err := tx.ExecContext(ctx, `UPDATE evidence SET location = ?, note = ?, file_size = ?, file_modified = ?, file_sha256 = ?, checked_here = ?
		WHERE id = ?`, e.Location, e.Note, size, mod, sha, e.CheckedHere, e.ID)
	if err != nil {
		return fmt.Errorf("updating evidence %d: %w", e.ID, err)
	}
	return nil
}

// MarkEvidenceChecked records that the manager has seen an evidence
// location (from an import) and checked it on this computer, so that DSPT
// Desk may look at it by itself from now on. It changes nothing the
// assessment says, so it is allowed on a published (locked) assessment too.
func (s *Store) MarkEvidenceChecked(ctx context.Context, evidenceID int64) error {
	return s.tx(ctx, func(tx *txn) error {
		if _, _, err := loadEvidence(ctx, tx, evidenceID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE evidence SET checked_here = 1 WHERE id = ?", evidenceID); err != nil {
			return fmt.Errorf("marking evidence %d as checked: %w", evidenceID, err)
		}
		return nil
	})
}
