package register

import (
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Day arithmetic every register's rules share: how a day is shown, how far
// off it is, whether it has passed, and the windows of time the rules count
// in ("in the next 60 days", "in the last twelve months"). Every function
// works on calendar days: times of day are ignored.

// ShowDate writes a day as people in the UK read it: 14/01/2027.
func ShowDate(t time.Time) string { return t.Format(UKDate) }

// DaysBetween returns the number of calendar days from a to b, negative
// when b is before a: 0 on the same day, 1 when b is the next day.
func DaysBetween(a, b time.Time) int {
	return int(assessment.Day(b).Sub(assessment.Day(a)) / (24 * time.Hour))
}

// After reports whether day is set and a later calendar day than today (a
// date typed with the wrong year, say).
func After(day, today time.Time) bool {
	return !day.IsZero() && DaysBetween(today, day) > 0
}

// isPast reports whether day is set and before today; a last day (of a
// certificate, of support, of a review) has not passed on the day itself.
func isPast(day, today time.Time) bool {
	return !day.IsZero() && DaysBetween(today, day) < 0
}

// Soon reports whether day is set and falls in the next n days: from today
// up to and including the day n days on.
func Soon(day, today time.Time, days int) bool {
	d := DaysBetween(today, day)
	return !day.IsZero() && d >= 0 && d <= days
}

// inDays writes how far off a coming day is, n days from today, for a row's
// note: "today", "1 day", "35 days".
func inDays(n int) string {
	if n == 0 {
		return "today"
	}
	return assessment.Count(n, "day", "days")
}

// CountsUntil returns the last day on which something done on day counts
// as done in the last n months: the same date n months on (clamped to the
// month's end, as assessment.AddMonths is), as a yearly review done on day
// is due on its anniversary and not late on it (see assessment.ReviewBy).
// From the next day it is out of date.
func CountsUntil(day time.Time, months int) time.Time {
	return assessment.AddMonths(assessment.Day(day), months)
}

// InLastMonths reports whether day falls within the last n calendar months
// up to and including today: the one boundary every register counts with.
// Something done on 15 January 2026 is within the last twelve months up to
// and including 15 January 2027 (see CountsUntil), and out of date from 16
// January 2027. A blank day and a day after today are not within them.
func InLastMonths(day, today time.Time, months int) bool {
	return !day.IsZero() && !After(day, today) && !assessment.Day(today).After(CountsUntil(day, months))
}

// Within is InLastMonths, under the name the staff rules use: whether the
// day d falls in the last n months up to and including today.
func Within(d, today time.Time, months int) bool { return InLastMonths(d, today, months) }
