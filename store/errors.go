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
