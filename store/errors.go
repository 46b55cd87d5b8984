package store

import (
	"database/sql"
	"errors"
	"fmt"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// withDetail returns an error whose user-facing message (through
// assessment.ErrorMessage) is msg, and whose text for the log also carries
// the underlying detail.
func withDetail(code, msg string, detail error) error {
	return fmt.Errorf("%w [%w]", &assessment.Error{Code: code, Message: msg}, detail)
}

// isDamage reports whether err is SQLite saying the file is damaged or is
// not a database at all.
func isDamage(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT:
		return true
	}
	return false
}

// notFound maps sql.ErrNoRows to an ENotFound error with msg, and wraps any
// other error with context.
func notFound(err error, msg, context string) error {
	if errors.Is(err, sql.ErrNoRows) {
		return assessment.Errorf(assessment.ENotFound, "%s", msg)
	}
	return fmt.Errorf("%s: %w", context, err)
}

// plain gives a SQLite failure that the manager can do something about a
// message saying what to do: a full disk, a file that cannot be written, or
// a file kept busy by another program. Other errors are returned as they are.
func plain(err error) error {
	var se *sqlite.Error
	var de *assessment.Error
	if err == nil || errors.As(err, &de) || !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_FULL:
		return withDetail(assessment.EInternal, "The disk is full, so your last change was not saved. Free some space (empty the Recycle Bin or delete old downloads), then make the change again.", err)
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
		return withDetail(assessment.EInternal, "DSPT Desk could not write to its file, so your last change was not saved. Check the disk or memory stick is still there and not full or read-only, then make the change again.", err)
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return withDetail(assessment.EConflict, "Another program is using DSPT Desk's file (perhaps a backup or antivirus scan), so your last change was not saved. Wait a moment, then make the change again.", err)
	}
	return err
}
