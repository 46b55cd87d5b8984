package register

import (
	"fmt"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// informationFindings works out what the information register says about
// its questions: what the home holds and shares (1.1.2), how long each
// kind is kept (1.4.1) and how it is destroyed (1.4.3).
func informationFindings(c Context) []Finding {
	rows := c.Book.Of(Information.Name)
	return []Finding{informationHeld(rows), informationRetention(rows), informationDestruction(rows)}
}

// informationHeld is 1.1.2: "The home holds 9 kinds of personal
// information in 5 places and shares 4 of them", with the list. Places are
// the different "where it is kept" values, case and spacing ignored.
func informationHeld(rows []Row) Finding {
	f := Finding{Ref: "1.1.2", ExportAsEvidence: true}
	if len(rows) == 0 {
		f.Summary = "Information: none listed yet"
		f.Missing = "List the kinds of personal information the home holds, where each is kept and who it is shared with"
		return f
	}
	n, places := len(rows), distinctValues(rows, "kept_in")
	f.Summary = fmt.Sprintf("The home holds %s of personal information in %s and %s",
		assessment.Count(n, "kind", "kinds"), assessment.Count(places, "place", "places"),
		sharedPhrase(n, CountIf(rows, func(r Row) bool { return !blank(r, "shared_with") })))
	for _, r := range rows {
		f.Details = append(f.Details, informationLine(r))
	}
	noBasis := labelsOf(rowsWhere(rows, isBlank("basis")), Information.RowLabel)
	noPlace := labelsOf(rowsWhere(rows, isBlank("kept_in")), Information.RowLabel)
	f.Missing = Sentences(listed("No lawful basis chosen for", noBasis), listed("Where it is kept not recorded for", noPlace))
	if len(noBasis) > 0 {
		f.Action = suggestAction("1.1.2", "No lawful basis recorded for: "+joinCapped(noBasis),
			"Choose the lawful basis for each kind of information in the information register")
	}
	return f
}

// sharedPhrase ends the 1.1.2 sentence: "shares 4 of them", "shares none
// of them", "shares it", "does not share it".
func sharedPhrase(kinds, shared int) string {
	switch {
	case kinds == 1 && shared == 1:
		return "shares it"
	case kinds == 1:
		return "does not share it"
	case shared == 0:
		return "shares none of them"
	case shared == kinds:
		return "shares all of them"
	}
	return fmt.Sprintf("shares %d of them", shared)
}

// informationLine is a kind of information in the 1.1.2 list: "Resident
// care records (residents): kept in care records system; shared with GP
// and district nurses for their care; lawful basis: Providing health or
// social care".
func informationLine(r Row) string {
	s := withAside(Information.RowLabel(r), strings.TrimSpace(r.Text("whose")))
	parts := []string{"kept in " + orNot(r, "kept_in", "a place not recorded")}
	if blank(r, "shared_with") {
		parts = append(parts, "not shared")
	} else {
		parts = append(parts, "shared with "+strings.TrimSpace(r.Text("shared_with")))
	}
	if !blank(r, "basis") {
		parts = append(parts, "lawful basis: "+Information.Field("basis").Show(r.Text("basis")))
	}
	return s + ": " + strings.Join(parts, "; ")
}

// informationSet fills in f for a field (key) every kind of information
// should have: the summary "what is set for N of M kinds of information",
// and the kinds without it (see lackIn).
func informationSet(f *Finding, rows []Row, key, what, missing, gap, action string) {
	lacking := lackIn(f, labelsOf(rowsWhere(rows, isBlank(key)), Information.RowLabel), missing, gap, action)
	f.Summary = fmt.Sprintf("%s is set for %d of %s", what, len(rows)-lacking, assessment.Count(len(rows), "kind of information", "kinds of information"))
}

// informationRetention is 1.4.1: how long each kind of information is
// kept, the retention schedule.
func informationRetention(rows []Row) Finding {
	f := Finding{Ref: "1.4.1", ExportAsEvidence: true}
	if len(rows) == 0 {
		f.Summary = "Retention: no information listed yet"
		f.Missing = "List the kinds of personal information the home holds and how long each is kept"
		return f
	}
	informationSet(&f, rows, "kept_for", "Retention: how long it is kept", "No retention period for", "No retention period set for",
		"Decide how long to keep each, following the Records Management Code of Practice, and add it to the information register")
	for _, r := range rows {
		f.Details = append(f.Details, Information.RowLabel(r)+": "+orNot(r, "kept_for", "not set"))
	}
	return f
}

// informationDestruction is 1.4.3: how each kind of information is
// destroyed, grouped by method ("Shredded on site: Staff records, Visitor
// book"), and the kinds with no method set.
func informationDestruction(rows []Row) Finding {
	f := Finding{Ref: "1.4.3"}
	if len(rows) == 0 {
		f.Summary = "Destruction: no information listed yet"
		f.Missing = "List the kinds of personal information the home holds and how each is destroyed"
		return f
	}
	informationSet(&f, rows, "destroyed_by", "Destruction: how it is destroyed", "No way of destroying set for", "No way of destroying set for",
		"Decide how each is destroyed securely (cross-cut shredding, a shredding company with a contract, deleting from the system) and add it to the information register")
	for _, g := range groupBy(rows, "destroyed_by") {
		f.Details = append(f.Details, strings.TrimSpace(g[0].Text("destroyed_by"))+": "+strings.Join(labelsOf(g, Information.RowLabel), ", "))
	}
	return f
}
