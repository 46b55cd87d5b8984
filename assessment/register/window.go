package register

import (
	"sort"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Windows of time the rules count in, and the rows they count: the helpers
// every register's rules share.

// InLastMonths reports whether day falls within the last n calendar months
// up to and including today. The day exactly n months ago counts, as a
// yearly review done on it is due today, not late (see assessment.ReviewBy);
// a blank day and a day after today do not.
func InLastMonths(day, today time.Time, months int) bool {
	if day.IsZero() {
		return false
	}
	d, t := assessment.Day(day), assessment.Day(today)
	return !d.Before(assessment.AddMonths(t, -months)) && !d.After(t)
}

// After reports whether day is a later calendar day than today (a date
// typed with the wrong year, say).
func After(day, today time.Time) bool {
	return !day.IsZero() && assessment.Day(day).After(assessment.Day(today))
}

// DaysBetween returns the number of calendar days from a to b, negative
// when b is before a.
func DaysBetween(a, b time.Time) int {
	return int(assessment.Day(b).Sub(assessment.Day(a)) / (24 * time.Hour))
}

// BothYears returns a table's rows from this year's book and then last
// year's, for the rules that look back twelve months across the start of
// the year (breaches stay with the year they happened in). A row that is in
// both years (the same required fields, as after a copy by hand) is taken
// once, from this year.
func (c Context) BothYears(s *Schema) []Row {
	seen := map[string]bool{}
	var out []Row
	for _, rows := range [][]Row{c.Book.Of(s.Name), c.LastYear.Of(s.Name)} {
		for _, r := range rows {
			if k := s.identity(r); !seen[k] {
				seen[k] = true
				out = append(out, r)
			}
		}
	}
	return out
}

// identity names a row by its required fields, which say what it is.
func (s *Schema) identity(r Row) string {
	var b strings.Builder
	for _, f := range s.Fields {
		if f.Required {
			b.WriteString(strings.ToLower(strings.Join(strings.Fields(r.Values[f.Key]), " ")))
			b.WriteByte(0)
		}
	}
	return b.String()
}

// Newest sorts rows by a date field, newest first; rows without the date
// go last, and ties keep their order.
func Newest(rows []Row, dateKey string) {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Date(dateKey).After(rows[j].Date(dateKey)) })
}

// Dated returns the rows whose date field is within the last n months up
// to today (see InLastMonths), in their order.
func Dated(rows []Row, dateKey string, today time.Time, months int) []Row {
	var out []Row
	for _, r := range rows {
		if InLastMonths(r.Date(dateKey), today, months) {
			out = append(out, r)
		}
	}
	return out
}

// UpTo returns the rows with a date field up to and including today, in
// their order: rows dated after today (a mistyped year) and undated rows
// are left out.
func UpTo(rows []Row, dateKey string, today time.Time) []Row {
	var out []Row
	for _, r := range rows {
		if d := r.Date(dateKey); !d.IsZero() && !After(d, today) {
			out = append(out, r)
		}
	}
	return out
}

// CountIf counts the rows for which ok holds.
func CountIf(rows []Row, ok func(Row) bool) int {
	n := 0
	for _, r := range rows {
		if ok(r) {
			n++
		}
	}
	return n
}
