package register

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Short pieces of wording the findings of every register share.

// Clip returns the first line of s without its closing full stop, cut at a
// word to at most n characters with "…" when it is longer, for a row's text
// in the middle of a one-line detail.
func Clip(s string, n int) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	cut := false
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s, cut = strings.TrimSuffix(strings.TrimSpace(s[:i]), "."), true
	}
	if utf8.RuneCountInString(s) > n {
		r := []rune(s)[:n]
		if i := strings.LastIndexFunc(string(r), unicode.IsSpace); i > n/2 {
			r = []rune(string(r)[:i])
		}
		s, cut = strings.TrimRight(string(r), " ,;:.-"), true
	}
	if cut {
		s += "…"
	}
	return s
}

// LowerFirst writes a label in the middle of a sentence: "Lost or stolen
// paper" becomes "lost or stolen paper".
func LowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || (len(s) > n && unicode.IsUpper(rune(s[n]))) {
		return s // empty, or an abbreviation such as "ICO"
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// UpperFirst starts a sentence: "breach" becomes "Breach".
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Both says that something holds for all of n things: "both", "all 3".
func Both(n int) string {
	if n == 2 {
		return "both"
	}
	return fmt.Sprintf("all %d", n)
}

// Dates lists the days of rows' date field as people read them: "12/03/2026
// and 01/11/2026".
func Dates(rows []Row, dateKey string) string {
	days := make([]string, len(rows))
	for i, r := range rows {
		days[i] = r.Date(dateKey).Format(UKDate)
	}
	return JoinAnd(days)
}

// JoinAnd joins words as a sentence does: "a", "a and b", "a, b and c".
func JoinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// Sentences joins the parts of a "What's missing" line, skipping empty ones.
func Sentences(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "; ")
}
