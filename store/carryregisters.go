package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// carryRegisters copies into a new assessment the registers of the newest
// assessment before its edition, as register.Book.CarryForward says: the
// rows of the tables that carry, and the settings. It runs inside the
// transaction that creates the assessment, so the new year has them all
// or does not exist.
func (s *Store) carryRegisters(ctx context.Context, tx *txn, id int64, editionID string) error {
	var from int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM assessments WHERE edition < ? ORDER BY edition DESC, id DESC LIMIT 1", editionID).Scan(&from)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // the first year: nothing to carry
	}
	if err != nil {
		return fmt.Errorf("finding last year's registers: %w", err)
	}
	last, err := loadBook(ctx, tx, from)
	if err != nil {
		return err
	}
	rows, settings := registersToJSON(last.CarryForward())
	if err := writeBook(ctx, tx, id, rows, settings, s.nowUTC()); err != nil {
		return fmt.Errorf("carrying the registers into %s: %w", editionID, err)
	}
	return nil
}
