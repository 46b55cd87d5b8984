package store

import (
	"database/sql"
	"fmt"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// formatTime writes a time as RFC 3339 in UTC, to the second.
func formatTime(t time.Time) string { return t.UTC().Truncate(time.Second).Format(time.RFC3339) }

// parseTime reads a time written by formatTime.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("reading time %q: %w", s, err)
	}
	return t.UTC(), nil
}

// dateValue is a date for a TEXT column: 'YYYY-MM-DD', or NULL when zero.
func dateValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return assessment.FormatDate(t)
}

// parseDate reads a nullable date column.
func parseDate(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	t, err := assessment.ParseDate(s.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("reading a date from the database: %w", err)
	}
	return t, nil
}

// boolText is how history writes a yes-or-no field.
func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// levelCode writes a level for the database; an unknown level is refused.
func levelCode(l assessment.Level) (string, error) {
	if l < assessment.NotReady || l > assessment.StandardsExceeded {
		return "", assessment.Errorf(assessment.EInvalid, "The level %d is not a DSPT status.", int(l))
	}
	return l.Code(), nil
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }
