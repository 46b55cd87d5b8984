package register

import (
	"fmt"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// The spot checks log's rules. The toolkit asks for checks at least
// yearly; the app warns when none was done in the last three months, so a
// quarterly habit does not lapse unseen. Checks stay with the year they were
// done in, so last year's log is read too.

// SpotCheckMonths is how long the app lets pass without a spot check
// before it warns.
const SpotCheckMonths = 3

func init() {
	SpotChecks.Label = spotCheckLabel
	SpotChecks.Note = spotCheckNote
	SpotChecks.ToAction = spotCheckAction
}

// spotCheckFindings works out what the spot checks log says about 1.3.2:
// when the last check was done, how many in the last twelve months, and
// what is wanting.
func spotCheckFindings(c Context) []Finding {
	all := c.BothYears(SpotChecks)
	Newest(all, "date")
	done := UpTo(all, "date", c.Today)
	recent := Dated(done, "date", c.Today, 12)
	f := Finding{Ref: "1.3.2", ExportAsEvidence: len(recent) > 0}
	var lastly string
	if len(done) == 0 {
		f.Summary = "No spot checks recorded"
		lastly = "No spot checks recorded: do one and log what was found"
	} else {
		last := done[0]
		f.Summary = fmt.Sprintf("Last spot check: %s (%s), %s in the last twelve months", ShowDate(last.Date("date")),
			LowerFirst(SpotChecks.Field("area").Show(last.Text("area"))), countOrNone(len(recent)))
		if !InLastMonths(last.Date("date"), c.Today, SpotCheckMonths) {
			lastly = "No spot check in the last three months (the last was " + ShowDate(last.Date("date")) + ")"
		}
	}
	var noActions []Row
	for _, r := range recent {
		f.Details = append(f.Details, spotCheckLine(r))
		if needsActions(r) {
			noActions = append(noActions, r)
		}
	}
	var unrecorded string
	if len(noActions) > 0 {
		unrecorded = "Actions not recorded for what the spot " + assessment.Pick(len(noActions), "check", "checks") + " of " + Dates(noActions, "date") + " found"
	}
	f.Missing = Sentences(lastly, unrecorded)
	f.Action = spotCheckGapAction(f.Missing, lastly != "")
	return []Finding{f}
}

// countOrNone counts checks, saying "none" for no checks.
func countOrNone(n int) string {
	if n == 0 {
		return "none"
	}
	return fmt.Sprint(n)
}

// spotCheckGapAction is the action plan entry for what the log lacks: a
// check to do, or actions to write down.
func spotCheckGapAction(missing string, checkDue bool) *assessment.Action {
	if missing == "" {
		return nil
	}
	a := &assessment.Action{Ref: "1.3.2", Status: assessment.NotStarted, Gap: missing + ".",
		Action: "Write down what will be put right for each finding, and who does it, in the spot checks log."}
	if checkDue {
		a.Action = "Do a spot check with the audit checklist (clear desks, screens locked, paper records, passwords, disposal) and record what was found, the actions and who does them."
	}
	return a
}

// spotCheckLine is a check in one line: "12/11/2026, clear desk, by Tom
// Hughes: 2 screens unlocked; actions: reminder at handover".
func spotCheckLine(r Row) string {
	s := ShowDate(r.Date("date")) + ", " + LowerFirst(SpotChecks.Field("area").Show(r.Text("area")))
	if by := strings.TrimSpace(r.Text("checked_by")); by != "" {
		s += ", by " + by
	}
	if nothingFound(r.Text("found")) {
		return s + ": nothing found"
	}
	s += ": " + Clip(r.Text("found"), 80)
	if blank(r, "actions") {
		return s + "; actions not recorded"
	}
	return s + "; actions: " + Clip(r.Text("actions"), 80)
}

// nothingFound reports whether a check's findings say all was well: blank,
// or words such as "Nothing found", "All clear", "No issues".
func nothingFound(found string) bool {
	s := strings.Trim(strings.ToLower(strings.TrimSpace(found)), ".!")
	switch s {
	case "", "none", "nil", "ok", "fine", "good", "clear", "n/a", "nothing":
		return true
	}
	for _, p := range []string{"nothing found", "nothing to report", "nothing of concern", "all clear", "all ok", "all fine", "all good",
		"all in order", "no issues", "no problems", "no concerns", "no findings"} {
		if s == p || strings.HasPrefix(s, p+".") || strings.HasPrefix(s, p+" found") || strings.HasPrefix(s, p+":") {
			return true
		}
	}
	return false
}

// needsActions reports whether a check found something but records no
// actions.
func needsActions(r Row) bool {
	return !nothingFound(r.Text("found")) && blank(r, "actions")
}

// spotCheckNote is a check's state for its line in the table.
func spotCheckNote(r Row, today time.Time) (string, bool) {
	switch {
	case After(r.Date("date"), today):
		return "Date is after today: check it", true
	case needsActions(r):
		return "Actions not recorded", true
	}
	return "", false
}

// spotCheckAction turns a check's actions into an action plan entry, owned
// by the person named for them or else the person who checked.
func spotCheckAction(r Row) (gap, action, owner string, target time.Time, ok bool) {
	action = strings.TrimSpace(r.Text("actions"))
	if action == "" {
		return "", "", "", time.Time{}, false
	}
	gap = spotCheckLabel(r)
	if found := Clip(r.Text("found"), 160); found != "" {
		gap += " found: " + found
	}
	owner = strings.TrimSpace(r.Text("owner"))
	if owner == "" {
		owner = strings.TrimSpace(r.Text("checked_by"))
	}
	return gap, action, owner, time.Time{}, true
}

// spotCheckLabel names a check in lists and messages: "Spot check of 12/11/2026 (clear desk)".
func spotCheckLabel(r Row) string {
	return fmt.Sprintf("Spot check of %s (%s)", ShowDate(r.Date("date")), LowerFirst(SpotChecks.Field("area").Show(r.Text("area"))))
}
