package assessment

import (
	"fmt"
	"time"
)

// DateLayout is how dates are written in files and the database: 2026-06-30.
const DateLayout = "2006-01-02"

// Day returns t's calendar date (in t's own time zone) as midnight UTC, so
// that dates compare and subtract as whole days.
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ParseDate reads a date written as 2026-06-30 and refuses impossible dates
// such as 2026-02-30.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date written as YYYY-MM-DD", s)
	}
	return t, nil
}

// FormatDate writes a date as 2026-06-30, or "" for the zero time.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// HumanDate writes a date for people: 30 June 2026, or "" for the zero time.
func HumanDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 January 2006")
}

// AddMonths returns the date n calendar months after t, clamped to the end
// of the month (31 January + 1 month = 28 or 29 February).
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), 0, 0, 0, 0, time.UTC)
}
