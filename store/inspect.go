package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// applicationID marks a SQLite file as a DSPT Desk database ("DSPT" in ASCII).
const applicationID = 0x44535054

// readOnly is a read-only connection to a database file that has passed the
// checks, together with its schema version.
type readOnly struct {
	db      *sql.DB
	version int
}

func (r *readOnly) close() { r.db.Close() }

// inspect opens the file read-only, so that nothing in it can change, and
// checks that it is a DSPT Desk database this version can open, undamaged.
func inspect(ctx context.Context, path string) (*readOnly, error) {
	db, err := sql.Open("sqlite", fileURI(path)+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, fmt.Errorf("opening the database to check it: %w", err)
	}
	db.SetMaxOpenConns(1)
	version, err := checkFile(ctx, db, path)
	if err != nil {
		db.Close()
		return nil, err
	}
	return &readOnly{db: db, version: version}, nil
}

// checkFile reads the file's markings and runs SQLite's quick check.
func checkFile(ctx context.Context, db *sql.DB, path string) (int, error) {
	var appID, version, objects int
	err := db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &objects)
	if err != nil {
		return 0, classify(path, err)
	}
	switch {
	case appID == 0 && version == 0 && objects == 0:
		return 0, nil // an empty database: treat it as new
	case appID != applicationID:
		return 0, withDetail(assessment.EDamaged, notOurs(path), fmt.Errorf("application_id is %#x", appID))
	case version > latestVersion():
		return 0, withDetail(assessment.ETooNew, tooNew(version), fmt.Errorf("schema %d, this version knows up to %d", version, latestVersion()))
	}
	return version, quickCheck(ctx, db, path)
}

// quickCheck runs PRAGMA quick_check and turns any finding into EDamaged.
func quickCheck(ctx context.Context, db *sql.DB, path string) error {
	rows, err := db.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return classify(path, err)
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return classify(path, err)
		}
		found = append(found, line)
	}
	if err := rows.Err(); err != nil {
		return classify(path, err)
	}
	if len(found) != 1 || found[0] != "ok" {
		return withDetail(assessment.EDamaged, damaged(path), fmt.Errorf("quick_check: %s", strings.Join(found, "; ")))
	}
	return nil
}

// classify turns an error from reading the file into EDamaged when SQLite
// says the file is damaged or not a database, and wraps it otherwise.
func classify(path string, err error) error {
	if isDamage(err) {
		return withDetail(assessment.EDamaged, damaged(path), err)
	}
	return fmt.Errorf("reading %s: %w", path, err)
}

func tooNew(version int) string {
	return fmt.Sprintf("This file was saved by a newer version of DSPT Desk (schema %d). Install the newer version to open it; the file has not been changed.", version)
}

func damaged(path string) string {
	return fmt.Sprintf("The DSPT Desk file %s is damaged and cannot be opened. It has not been changed. %s", path, backupAdvice(path))
}

func notOurs(path string) string {
	advice := backupAdvice(path)
	return fmt.Sprintf("The file %s is not a DSPT Desk database, so DSPT Desk will not open or change it. Choose another file, or %s",
		path, strings.ToLower(advice[:1])+advice[1:])
}

// backupAdvice tells the manager which backups there are to restore from.
func backupAdvice(path string) string {
	list, err := ListBackups(path)
	if err != nil || len(list) == 0 {
		return fmt.Sprintf("Restore it from a backup: there are none in %s, so use a copy you keep elsewhere.", filepath.Join(filepath.Dir(path), backupDir))
	}
	return fmt.Sprintf("Restore it from a backup: there are %d in %s, the newest from %s (%s). Choose one in the DSPT Desk window, or copy one over this file.",
		len(list), filepath.Dir(list[0].Path), list[0].Time.Format("2 January 2006 at 15:04"), filepath.Base(list[0].Path))
}
