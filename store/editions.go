package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// MaxEditionBytes is the largest edition file AddEdition reads; the
// built-in ones are about a tenth of it.
const MaxEditionBytes = 4 << 20

// Bank returns the question bank in use: the editions built into the app
// and those added from a file, a higher revision taking the place of a
// lower one. It is nil when the store was opened without a bank.
func (s *Store) Bank() *assessment.Bank { return s.bank.Load() }

// storedEdition is one row of the editions table.
type storedEdition struct {
	ed      *assessment.Edition
	content string
}

// loadEditions reads the added editions and makes the bank from them. An
// edition this version can no longer read is left out (its row is kept).
func (s *Store) loadEditions(ctx context.Context) error {
	if s.builtin == nil {
		return nil
	}
	var added []*assessment.Edition
	err := s.read(ctx, func(tx *txn) error {
		var n int
		err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'editions'").Scan(&n)
		if err != nil || n == 0 {
			return err // a schema from before added editions (tests open such files)
		}
		rows, err := readEditions(ctx, tx)
		for _, r := range rows {
			added = append(added, r.ed)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("loading the toolkit editions added from files: %w", err)
	}
	s.bank.Store(s.builtin.With(added))
	return nil
}

// readEditions reads the editions table; rows that no longer pass the
// checks are skipped.
func readEditions(ctx context.Context, q querier) ([]storedEdition, error) {
	rows, err := q.QueryContext(ctx, "SELECT edition, file_name, added_at, content FROM editions ORDER BY edition")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedEdition
	for rows.Next() {
		var id, name, at, content string
		if err := rows.Scan(&id, &name, &at, &content); err != nil {
			return nil, err
		}
		ed, err := assessment.ParseEdition([]byte(content))
		if err != nil || ed.ID != id {
			continue
		}
		added, err := parseTime(at)
		if err != nil {
			return nil, err
		}
		ed.Origin = &assessment.EditionOrigin{FileName: name, AddedAt: added}
		out = append(out, storedEdition{ed: ed, content: content})
	}
	return out, rows.Err()
}

// AddEdition checks an edition file with the rules of the built-in ones
// and, only if all of it is valid, stores it, so that it is in backups and
// exports. It refuses (EInvalid, an *assessment.EditionError in the chain)
// a file that breaks a rule, naming every problem by item and field;
// (EConflict) a file for a toolkit year the app already has at the same or
// a higher revision; and (EConflict) a new revision that drops a question
// the organisation has recorded something for. name is the file's name, as
// shown in the edition's origin.
func (s *Store) AddEdition(ctx context.Context, name string, data []byte) (*assessment.Edition, error) {
	ed, err := checkEditionFile(data)
	if err != nil {
		return nil, err
	}
	if s.builtin == nil {
		return nil, fmt.Errorf("adding an edition: the store was opened without a question bank")
	}
	ed.Origin = &assessment.EditionOrigin{FileName: filepath.Base(name), AddedAt: s.nowUTC()}
	err = s.tx(ctx, func(tx *txn) error {
		if err := s.Bank().CheckNew(ed); err != nil {
			return err
		}
		if err := keepsRecordedQuestions(ctx, tx, ed); err != nil {
			return err
		}
		return writeEdition(ctx, tx, storedEdition{ed: ed, content: string(data)})
	})
	if err != nil {
		return nil, err
	}
	s.bank.Store(s.Bank().With([]*assessment.Edition{ed}))
	return ed, nil
}

// checkEditionFile checks the size and text of a file, then every rule of
// an edition.
func checkEditionFile(data []byte) (*assessment.Edition, error) {
	switch {
	case len(data) > MaxEditionBytes:
		return nil, assessment.Errorf(assessment.EInvalid, "The file is larger than %d MB, far larger than an edition file: check that it is the right file.", MaxEditionBytes>>20)
	case !utf8.Valid(data):
		return nil, assessment.Errorf(assessment.EInvalid, "The file is not UTF-8 text: save it as UTF-8 (plain text) and try again.")
	}
	return assessment.ParseEdition(data)
}

// keepsRecordedQuestions refuses a new revision that lacks a question the
// organisation's assessment for that year has an answer, evidence or action
// for, as those would no longer be shown.
func keepsRecordedQuestions(ctx context.Context, tx *txn, ed *assessment.Edition) error {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM assessments WHERE edition = ?", ed.ID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // no assessment for that year: nothing to keep
	}
	if err != nil {
		return fmt.Errorf("looking for the %s assessment: %w", ed.ID, err)
	}
	r, err := loadRecord(ctx, tx, id)
	if err != nil {
		return err
	}
	missing := map[string]bool{}
	for _, ref := range recordedRefs(r) {
		if ref != "" && ed.Item(ref) == nil {
			missing[ref] = true
		}
	}
	if len(missing) == 0 {
		return nil
	}
	var refs []string
	for ref := range missing {
		refs = append(refs, ref)
	}
	sort.Slice(refs, func(i, j int) bool { return assessment.RefLess(refs[i], refs[j]) })
	return assessment.Errorf(assessment.EConflict, "This revision of the %s toolkit has no question %s, and your %s assessment has answers, evidence or actions for it. It has not been added, so nothing is lost.",
		ed.ID, strings.Join(refs, ", "), ed.ID)
}

func recordedRefs(r *assessment.Record) []string {
	var refs []string
	for ref := range r.Answers {
		refs = append(refs, ref)
	}
	for _, e := range r.Evidence {
		refs = append(refs, e.Ref)
	}
	for _, a := range r.Actions {
		refs = append(refs, a.Ref)
	}
	for ref := range r.Wording {
		refs = append(refs, ref)
	}
	for ref := range r.EnteredOnline {
		refs = append(refs, ref)
	}
	return refs
}

// writeEdition stores an edition, replacing a lower revision of the same year.
func writeEdition(ctx context.Context, tx *txn, se storedEdition) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO editions (edition, revision, file_name, added_at, content) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (edition) DO UPDATE SET revision = excluded.revision, file_name = excluded.file_name, added_at = excluded.added_at, content = excluded.content`,
		se.ed.ID, se.ed.Revision, se.ed.Origin.FileName, formatTime(se.ed.Origin.AddedAt), se.content)
	if err != nil {
		return fmt.Errorf("storing the %s edition: %w", se.ed.ID, err)
	}
	return nil
}
