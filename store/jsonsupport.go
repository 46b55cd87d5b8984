package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// End-of-support files in the JSON format (version 5): the files the
// manager added to correct or extend the end-of-support table, each with
// its text as it was added, so that they travel with the organisation's
// data as the added editions do.

// supportFileJSON is an end-of-support file added to the DSPT Desk file.
type supportFileJSON struct {
	FileName string `json:"file_name"`
	AddedAt  string `json:"added_at"`
	Content  string `json:"content"`
}

// storedSupport is an end-of-support file as the support_files table keeps
// it: its text is not parsed.
type storedSupport struct {
	name    string
	addedAt string
	content string
}

// supportRows reads the support_files table, oldest first; a file from
// before the table has none.
func supportRows(ctx context.Context, q querier) ([]storedSupport, error) {
	var n int
	err := q.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'support_files'").Scan(&n)
	if err != nil || n == 0 {
		return nil, err
	}
	scan := func(sc scanner) (storedSupport, error) {
		var r storedSupport
		return r, sc.Scan(&r.name, &r.addedAt, &r.content)
	}
	return queryAll(ctx, q, scan, "SELECT file_name, added_at, content FROM support_files ORDER BY id")
}

// exportSupportFiles lists the end-of-support files added, as stored.
func exportSupportFiles(ctx context.Context, q querier) ([]supportFileJSON, error) {
	rows, err := supportRows(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("loading the added end-of-support files: %w", err)
	}
	out := []supportFileJSON{}
	for _, r := range rows {
		out = append(out, supportFileJSON{FileName: r.name, AddedAt: r.addedAt, Content: r.content})
	}
	return out, nil
}

// importedSupport is an end-of-support file of an import, checked, with
// where it is in the file for messages.
type importedSupport struct {
	name    string
	addedAt time.Time
	content string
	path    string
	off     int
}

// importSupportFiles reads and checks the file's end-of-support files with
// the rules of "dsptdesk support add": each must be a valid end-of-support
// file, and no two may have the same name.
func (ic *importChecker) importSupportFiles(list []*node) []importedSupport {
	var out []importedSupport
	seen := map[string]string{}
	for i, n := range list {
		path := fmt.Sprintf("support_files[%d]", i)
		o := ic.object(n, path)
		before := len(ic.problems)
		name := o.text("file_name", assessment.MaxShortText, true)
		added := o.moment("added_at", ic.now)
		content := o.typed("content", kindString, true)
		o.done()
		if content == nil || len(ic.problems) > before {
			continue
		}
		if name != filepath.Base(name) || name == "." {
			ic.add(n.off, join(path, "file_name"), "%q should be the name of a file, without a folder", abbreviate(name))
			continue
		}
		if len(content.str) > MaxSupportBytes {
			ic.add(content.off, join(path, "content"), "is larger than %d MB, far larger than an end-of-support file", MaxSupportBytes>>20)
			continue
		}
		if _, err := register.ParseSupport([]byte(content.str), name); err != nil {
			ic.add(content.off, join(path, "content"), "the end-of-support file breaks the rules: %s", assessment.ErrorMessage(err))
			continue
		}
		if first, dup := seen[name]; dup {
			ic.add(n.off, path, "is a second end-of-support file named %q (the first is %s)", abbreviate(name), first)
			continue
		}
		seen[name] = path
		out = append(out, importedSupport{name: name, addedAt: added, content: content.str, path: path, off: n.off})
	}
	return out
}

// supportConflicts lists the file's end-of-support files whose name the
// database already holds with other dates: importing replaces them only
// when asked to. One with the same text is no conflict (it is skipped).
func (s *Store) supportConflicts(ctx context.Context, plan *importPlan, lines lineIndex) ([]Problem, error) {
	held, err := supportRows(ctx, s.db)
	if err != nil {
		return nil, fmt.Errorf("looking for end-of-support files already added: %w", err)
	}
	byName := map[string]string{}
	for _, r := range held {
		byName[r.name] = r.content
	}
	var out []Problem
	for _, f := range plan.support {
		if had, ok := byName[f.name]; ok && had != f.content {
			out = append(out, Problem{Path: f.path, Line: lines.line(f.off), Conflict: true, Message: fmt.Sprintf(
				"this database already has an end-of-support file named %q with other dates, and importing would replace it. To replace it, import again choosing to replace (--replace); a backup is made first", f.name)})
		}
	}
	return out, nil
}

// writeImportedSupport stores the file's end-of-support files: one with the
// name and text of a file already added is left as it is; one with the
// name of a file with other text replaces it (the import was checked for
// that conflict, and goes ahead only when asked to replace).
func writeImportedSupport(ctx context.Context, tx *txn, list []importedSupport, sum *ImportSummary) error {
	for _, f := range list {
		var had string
		err := tx.QueryRowContext(ctx, "SELECT content FROM support_files WHERE file_name = ?", f.name).Scan(&had)
		switch {
		case err == nil && had == f.content:
			continue
		case err == nil:
			if _, err := tx.ExecContext(ctx, "DELETE FROM support_files WHERE file_name = ?", f.name); err != nil {
				return fmt.Errorf("replacing the end-of-support file %s: %w", f.name, err)
			}
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("looking for the end-of-support file %s: %w", f.name, err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO support_files (file_name, added_at, content) VALUES (?, ?, ?)",
			f.name, formatTime(f.addedAt), f.content); err != nil {
			return fmt.Errorf("storing the end-of-support file %s: %w", f.name, err)
		}
		sum.AddedSupportFiles = append(sum.AddedSupportFiles, f.name)
	}
	return nil
}
