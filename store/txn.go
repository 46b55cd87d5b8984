package store

import (
	"context"
	"database/sql"
	"fmt"
)

// txn is a transaction that runs the store's most frequent queries through
// statements prepared once when the database is opened: preparing a
// statement costs about as much as running it, and a save runs four.
type txn struct {
	*sql.Tx
	prepared map[string]*sql.Stmt
}

// ExecContext runs query, prepared if it is one of the frequent ones.
func (t *txn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := t.prepared[query]; st != nil {
		return t.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return t.Tx.ExecContext(ctx, query, args...)
}

// QueryRowContext runs query, prepared if it is one of the frequent ones.
func (t *txn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := t.prepared[query]; st != nil {
		return t.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return t.Tx.QueryRowContext(ctx, query, args...)
}

// frequentQueries are prepared at open: the ones every save runs.
var frequentQueries = []string{qAssessment, qAnswer, qUpsertAnswer, qInsertChange}

// prepare prepares the frequent queries on the store's one connection. A
// query that cannot be prepared is left to run unprepared, where it reports
// its error when it is used.
func (s *Store) prepare(ctx context.Context) {
	s.prepared = map[string]*sql.Stmt{}
	for _, q := range frequentQueries {
		if st, err := s.db.PrepareContext(ctx, q); err == nil {
			s.prepared[q] = st
		}
	}
}

// tx runs fn in one write transaction and commits it. Failures the manager
// can act on (a full disk, say) come back with a plain message.
func (s *Store) tx(ctx context.Context, fn func(*txn) error) error {
	return plain(s.runTx(ctx, fn))
}

func (s *Store) runTx(ctx context.Context, fn func(*txn) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting a transaction: %w", err)
	}
	if err := fn(&txn{Tx: tx, prepared: s.prepared}); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}

// read runs fn in a read-only transaction, which sees one snapshot.
func (s *Store) read(ctx context.Context, fn func(*txn) error) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("starting to read: %w", err)
	}
	defer tx.Rollback()
	return fn(&txn{Tx: tx, prepared: s.prepared})
}
