package store

import (
	"context"
	"fmt"
	"path/filepath"
	"time"
	"unicode/utf8"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// MaxSupportBytes is the largest end-of-support file AddSupportFile reads;
// the built-in table is about a twentieth of it.
const MaxSupportBytes = 1 << 20

// SupportFile is an end-of-support file added to the DSPT Desk file.
type SupportFile struct {
	Name    string
	AddedAt time.Time
	Table   *register.SupportTable
}

// loadSupport reads the added end-of-support files and sets the table the
// registers use: the built-in one with the files merged in, oldest first.
// A file this version can no longer read is left out (its row is kept).
func (s *Store) loadSupport(ctx context.Context) error {
	builtin, err := register.BuiltinSupport()
	if err != nil {
		return fmt.Errorf("reading the built-in end-of-support table: %w", err)
	}
	var files []SupportFile
	err = s.read(ctx, func(tx *txn) error {
		var err error
		files, err = readSupportFiles(ctx, tx)
		return err
	})
	if err != nil {
		return fmt.Errorf("loading the end-of-support dates added from files: %w", err)
	}
	added := make([]*register.SupportTable, len(files))
	for i, f := range files {
		added[i] = f.Table
	}
	register.UseSupport(builtin.With(added...))
	return nil
}

// SupportFiles lists the end-of-support files added, oldest first.
func (s *Store) SupportFiles(ctx context.Context) ([]SupportFile, error) {
	var files []SupportFile
	err := s.read(ctx, func(tx *txn) error {
		var err error
		files, err = readSupportFiles(ctx, tx)
		return err
	})
	return files, err
}

// readSupportFiles reads the support_files table; rows that no longer pass
// the checks are skipped, and a file from before the table has none.
func readSupportFiles(ctx context.Context, q querier) ([]SupportFile, error) {
	rows, err := supportRows(ctx, q)
	if err != nil {
		return nil, err
	}
	var out []SupportFile
	for _, r := range rows {
		t, err := register.ParseSupport([]byte(r.content), r.name)
		if err != nil {
			continue
		}
		at, err := parseTime(r.addedAt)
		if err != nil {
			return nil, err
		}
		out = append(out, SupportFile{Name: r.name, AddedAt: at, Table: t})
	}
	return out, nil
}

// AddSupportFile checks an end-of-support file and, only if all of it is
// valid, stores it, so that it is in backups, and puts its dates in use:
// each entry takes the place of the one with the same system name. A file
// with the same name as one added before replaces it. A file that breaks a
// rule is refused (EInvalid, a *register.SupportError in the chain) with
// every problem named. name is the file's name.
func (s *Store) AddSupportFile(ctx context.Context, name string, data []byte) (*register.SupportTable, error) {
	name = filepath.Base(name)
	switch {
	case len(data) > MaxSupportBytes:
		return nil, assessment.Errorf(assessment.EInvalid, "The file is larger than %d MB, far larger than an end-of-support file: check that it is the right file.", MaxSupportBytes>>20)
	case !utf8.Valid(data):
		return nil, assessment.Errorf(assessment.EInvalid, "The file is not UTF-8 text: save it as UTF-8 (plain text) and try again.")
	}
	t, err := register.ParseSupport(data, name)
	if err != nil {
		return nil, err
	}
	err = s.tx(ctx, func(tx *txn) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM support_files WHERE file_name = ?", name); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO support_files (file_name, added_at, content) VALUES (?, ?, ?)", name, formatTime(s.nowUTC()), string(data))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("storing the end-of-support file %s: %w", name, err)
	}
	return t, s.loadSupport(ctx)
}
