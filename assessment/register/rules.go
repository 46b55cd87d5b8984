package register

import (
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Helpers every register's rules share: matching people by name, "in the
// last twelve months", "in the next 60 days", and a share shown as a
// percentage that never rounds up past a threshold.

// NameKey is a person's (or supplier's) name as rows are matched on it:
// letter case and spaces do not matter, so "Jo  Bloggs" in one table is
// "jo bloggs" in another.
func NameKey(name string) string {
	var b [64]byte
	return string(AppendNameKey(b[:0], name))
}

// AppendNameKey appends a name's NameKey to dst, so that a map keyed by
// NameKey can be looked up without making a string for every row.
func AppendNameKey(dst []byte, name string) []byte {
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || (c >= '\t' && c <= '\r'):
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			default:
				dst = append(dst, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		if !unicode.IsSpace(r) {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// Lapses returns the first day on which something done on d no longer
// counts as done in the last n months: the same date n months on (clamped
// to the month's end, as assessment.AddMonths is).
func Lapses(d time.Time, months int) time.Time { return assessment.AddMonths(d, months) }

// Within reports whether the day d falls in the last n months up to and
// including today: training done on 15 January 2026 is within twelve months
// up to and including 14 January 2027, and not on 15 January 2027. A day
// after today is not within them. Times of day are ignored.
func Within(d, today time.Time, months int) bool {
	d, today = assessment.Day(d), assessment.Day(today)
	return !d.After(today) && today.Before(Lapses(d, months))
}

// Soon reports whether the day d falls in the next n days: from today up to
// and including the day n days on.
func Soon(d, today time.Time, days int) bool {
	d, today = assessment.Day(d), assessment.Day(today)
	return !d.Before(today) && !d.After(today.AddDate(0, 0, days))
}

// ShowDate writes a day as people in the UK read it: 14/01/2027.
func ShowDate(t time.Time) string { return t.Format(UKDate) }

// Share is a count out of a total, such as 47 of 50 people trained.
type Share struct{ N, Of int }

// Percent is the share as a whole percentage rounded down, so that 94.9%
// shows as 94% and never as a 95% it has not reached. It is 0 when the
// total is 0.
func (s Share) Percent() int {
	if s.Of == 0 {
		return 0
	}
	return s.N * 100 / s.Of
}

// Reaches reports whether the share is at least p percent, worked out
// exactly (95 of 100 reaches 95%; 949 of 1,000 does not).
func (s Share) Reaches(p int) bool { return s.N*100 >= p*s.Of }

// Short is how many more are needed to reach p percent: 47 of 50 needs 1
// more for 95% (48 of 50 is 96%). It is 0 when the share reaches p.
func (s Share) Short(p int) int {
	need := (p*s.Of + 99) / 100
	return max(0, need-s.N)
}
