package register

import (
	"unicode"
	"unicode/utf8"
)

// Helpers every register's rules share: matching names and other typed text
// whatever their case and spacing, and a share shown as a percentage that
// never rounds up past a threshold. Day arithmetic is in dates.go, wording in
// words.go.

// NameKey is typed text as the registers match it: a person's or
// supplier's name, a system in the end-of-support table, a place, a row's
// required fields. Letter case and spaces do not matter, so "Jo  Bloggs" in
// one table is "jo bloggs" in another.
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
