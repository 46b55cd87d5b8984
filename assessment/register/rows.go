package register

import (
	"sort"
	"strings"
	"time"
)

// The rows a rule counts: picked by a test, by a window of days, grouped
// by a field's value or read from both years' books. Day arithmetic is in
// dates.go.

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

// identity names a row by its required fields, which say what it is, each
// as NameKey matches it.
func (s *Schema) identity(r Row) string {
	var b []byte
	for _, f := range s.Fields {
		if f.Required {
			b = append(AppendNameKey(b, r.Values[f.Key]), 0)
		}
	}
	return string(b)
}

// Newest sorts rows by a date field, newest first; rows without the date
// go last, and ties keep their order.
func Newest(rows []Row, dateKey string) {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Date(dateKey).After(rows[j].Date(dateKey)) })
}

// Dated returns the rows whose date field is within the last n months up
// to today (see InLastMonths), in their order.
func Dated(rows []Row, dateKey string, today time.Time, months int) []Row {
	return rowsWhere(rows, func(r Row) bool { return InLastMonths(r.Date(dateKey), today, months) })
}

// UpTo returns the rows with a date field up to and including today, in
// their order: rows dated after today (a mistyped year) and undated rows
// are left out.
func UpTo(rows []Row, dateKey string, today time.Time) []Row {
	return rowsWhere(rows, func(r Row) bool { d := r.Date(dateKey); return !d.IsZero() && !After(d, today) })
}

// rowsWhere returns the rows for which keep is true, in order.
func rowsWhere(rows []Row, keep func(Row) bool) []Row {
	var out []Row
	for _, r := range rows {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}

// CountIf counts the rows for which ok holds: rowsWhere's count, for rules
// that need only how many, without gathering the rows.
func CountIf(rows []Row, ok func(Row) bool) int {
	n := 0
	for _, r := range rows {
		if ok(r) {
			n++
		}
	}
	return n
}

// isYes returns a test of whether a row's yes-or-no field is "yes".
func isYes(key string) func(Row) bool { return func(r Row) bool { return r.Yes(key) } }

// isBlank returns a test of whether a row's field is blank.
func isBlank(key string) func(Row) bool { return func(r Row) bool { return blank(r, key) } }

// blank reports whether a row's field is empty or only spaces.
func blank(r Row, key string) bool { return strings.TrimSpace(r.Text(key)) == "" }

// groupBy groups rows by a field's value, matched as NameKey matches names
// (case and spacing ignored), in the order each value first appears; rows
// with the field blank are left out.
func groupBy(rows []Row, key string) [][]Row {
	index := map[string]int{}
	var out [][]Row
	for _, r := range rows {
		k := NameKey(r.Text(key))
		if k == "" {
			continue
		}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], r)
	}
	return out
}

// distinctValues counts the different non-blank values of a field across
// rows, ignoring case and spacing.
func distinctValues(rows []Row, key string) int { return len(groupBy(rows, key)) }

// labelsOf names rows, in order, with name: a table's RowLabel, or a
// register's own way of naming them.
func labelsOf(rows []Row, name func(Row) string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = name(r)
	}
	return out
}
