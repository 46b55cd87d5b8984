package register

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Wording every register's findings share: a row's text clipped to a line,
// a label mid-sentence, a list of names joined as a sentence joins them, the
// parts of a "What's missing" line, and a suggested action.

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

// howMany says for how many of n things something holds, when it holds for
// some: "both", "all 3", "2 of 3".
func howMany(k, n int) string {
	if k == n {
		return Both(n)
	}
	return fmt.Sprintf("%d of %d", k, n)
}

// Dates lists the days of rows' date field as people read them: "12/03/2026
// and 01/11/2026".
func Dates(rows []Row, dateKey string) string {
	days := make([]string, len(rows))
	for i, r := range rows {
		days[i] = ShowDate(r.Date(dateKey))
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

// listCap is how many names a "What's missing" line names before it says
// "and 12 more"; the finding's details list them all.
const listCap = 5

// joinCapped joins names as JoinAnd does, naming at most listCap of them:
// past that it ends "A, B, C, D, E and 7 more".
func joinCapped(names []string) string {
	if len(names) <= listCap {
		return JoinAnd(names)
	}
	more := assessment.Count(len(names)-listCap, "more", "more")
	return JoinAnd(append(names[:listCap:listCap], more))
}

// listed writes "lead: A, B and C" (see joinCapped), or "" when there are
// no names.
func listed(lead string, names []string) string {
	if len(names) == 0 {
		return ""
	}
	return lead + ": " + joinCapped(names)
}

// withAside adds a few words in brackets to a name, when there are any:
// "Office PC 2 (Windows 10)", "Jo Bloggs (care assistant)".
func withAside(name, aside string) string {
	if aside == "" {
		return name
	}
	return name + " (" + aside + ")"
}

// orNot returns a row's field as shown, or instead when it is blank.
func orNot(r Row, key, instead string) string {
	if blank(r, key) {
		return instead
	}
	return strings.TrimSpace(r.Text(key))
}

// Sentences joins the parts of a "What's missing" line with semicolons,
// skipping empty ones; it is empty when every part is.
func Sentences(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "; ")
}

// suggestAction is an action plan entry a finding offers for what is
// missing, not started and without an owner or target date.
func suggestAction(ref, gap, action string) *assessment.Action {
	return &assessment.Action{Ref: ref, Gap: gap, Action: action, Status: assessment.NotStarted}
}

// lackIn names what lacks something a finding looks for: f's Missing is
// "missing: A, B and C" and, when any lack it, its suggested action is
// action for the gap "gap: A, B and C". It returns how many lack it.
func lackIn(f *Finding, names []string, missing, gap, action string) int {
	f.Missing = listed(missing, names)
	if f.Missing != "" {
		f.Action = suggestAction(f.Ref, listed(gap, names), action)
	}
	return len(names)
}
