package register

import (
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Wording and counting shared by every register's rules: which rows match,
// how many different values a field holds, a list of names in a sentence,
// and a suggested action for what is missing.

// listCap is how many names a "What's missing" line names before it says
// "and 12 more"; the finding's details list them all.
const listCap = 5

// foldText is typed text reduced for comparing: case and spacing ignored,
// so "Care records  system" and "care records system" are the same place.
func foldText(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// distinctValues counts the different non-blank values of a field across
// rows, ignoring case and spacing.
func distinctValues(rows []Row, key string) int { return len(groupBy(rows, key)) }

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

// labelsOf names rows with their table's label, in order.
func labelsOf(s *Schema, rows []Row) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = s.RowLabel(r)
	}
	return out
}

// isYes returns a test of whether a row's yes-or-no field is "yes".
func isYes(key string) func(Row) bool { return func(r Row) bool { return r.Yes(key) } }

// isBlank returns a test of whether a row's field is blank.
func isBlank(key string) func(Row) bool { return func(r Row) bool { return blank(r, key) } }

// blank reports whether a row's field is empty or only spaces.
func blank(r Row, key string) bool { return strings.TrimSpace(r.Text(key)) == "" }

// namesList writes names for a sentence: "A", "A and B", "A, B and C";
// past listCap names it ends "A, B, C, D, E and 7 more".
func namesList(names []string) string {
	if len(names) > listCap {
		return strings.Join(names[:listCap], ", ") + " and " + assessment.Count(len(names)-listCap, "more", "more")
	}
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// listed writes "lead: A, B and C", or "" when there are no names.
func listed(lead string, names []string) string {
	if len(names) == 0 {
		return ""
	}
	return lead + ": " + namesList(names)
}

// orNot returns a row's field as shown, or instead when it is blank.
func orNot(r Row, key, instead string) string {
	if blank(r, key) {
		return instead
	}
	return strings.TrimSpace(r.Text(key))
}

// missingLines joins the non-empty parts of a "What's missing" line with
// semicolons; empty when every part is.
func missingLines(parts ...string) string {
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

// groupBy groups rows by a field's value, case and spacing ignored, in
// the order each value first appears; rows with the field blank are left
// out.
func groupBy(rows []Row, key string) [][]Row {
	index := map[string]int{}
	var out [][]Row
	for _, r := range rows {
		k := foldText(r.Text(key))
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
