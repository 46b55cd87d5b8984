package register

import (
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Date rules shared by every register: how far off a date is, whether it
// has passed, and whether it falls in a warning window (certificates that
// expire, systems that reach their end of support, reviews that fall due).

// daysUntil returns the whole days from today to day: 0 on the day itself,
// 1 the day before, -1 the day after.
func daysUntil(today, day time.Time) int {
	return int(assessment.Day(day).Sub(assessment.Day(today)).Hours() / 24)
}

// isPast reports whether day is set and before today; a date is not past
// on the day itself.
func isPast(today, day time.Time) bool {
	return !day.IsZero() && daysUntil(today, day) < 0
}

// dueWithin reports whether day is set and falls between today and n days
// from today, both included.
func dueWithin(today, day time.Time, n int) bool {
	d := daysUntil(today, day)
	return !day.IsZero() && d >= 0 && d <= n
}

// inDays writes how far off a coming date is, for a row's note: "today",
// "1 day", "35 days".
func inDays(today, day time.Time) string {
	d := daysUntil(today, day)
	if d == 0 {
		return "today"
	}
	return assessment.Count(d, "day", "days")
}

// ukDate writes a day as people read it in the app: 31/01/2027.
func ukDate(t time.Time) string { return t.Format(UKDate) }
