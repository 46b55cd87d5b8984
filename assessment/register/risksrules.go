package register

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// topLimit is how many risks make the top three.
const topLimit = 3

func init() {
	Risks.CheckAmong = checkTopThree
	Risks.ToAction = riskAction
	Risks.Note = riskNote
}

// riskFindings works out 1.3.6's answer from the top three risks, and
// what is missing: no risk marked as top, a top risk with nothing being
// done, risks past their review date.
func riskFindings(c Context) []Finding { return []Finding{topThree(c)} }

// topThree is 1.3.6: the top three risks, each with how likely and how
// bad it is, what is being done, the owner and the review date.
func topThree(c Context) Finding {
	rows := c.Book.Of(Risks.Name)
	f := Finding{Ref: "1.3.6"}
	if len(rows) == 0 {
		f.Summary = "Top risks: none listed yet"
		f.Missing = "List the home's data security risks and mark the top three"
		f.Action = suggestAction("1.3.6", "No data security risks listed", "List the home's data security risks, mark the top three and say what is being done about each")
		return f
	}
	top := topRisks(rows)
	f.Summary = topSummary(len(rows), len(top))
	for i, r := range top {
		f.Details = append(f.Details, fmt.Sprintf("%d) %s", i+1, riskLine(r)))
	}
	f.Missing, f.Action = riskGaps(c.Today, rows, top)
	return f
}

// topRisks returns the risks marked as top, the worst first (how likely
// and how bad together), in the register's order where they tie; never
// more than three.
func topRisks(rows []Row) []Row {
	top := rowsWhere(rows, isYes("top"))
	sort.SliceStable(top, func(i, j int) bool { return riskScore(top[i]) > riskScore(top[j]) })
	return top[:min(len(top), topLimit)]
}

// riskScore ranks a risk: how likely times how bad, each low 1, medium 2,
// high 3 (0 when not set).
func riskScore(r Row) int {
	return levelScore[r.Text("likelihood")] * levelScore[r.Text("impact")]
}

// levelScore weighs the levels of how likely and how bad.
var levelScore = map[string]int{"low": 1, "medium": 2, "high": 3}

// topSummary is the first line of 1.3.6's answer.
func topSummary(all, top int) string {
	switch top {
	case 0:
		return fmt.Sprintf("Top risks: none of the %s is marked as one of the top three", assessment.Count(all, "risk", "risks"))
	case 1:
		return "Our top data security risk is:"
	case 2:
		return "Our top two data security risks are:"
	}
	return "Our top three data security risks are:"
}

// riskLine is a top risk in 1.3.6's answer: "Staff open a phishing email
// (likely: high, impact: high) — what is being done: training; owner:
// Jane Smith; review by 01/03/2027".
func riskLine(r Row) string {
	level := func(key string) string {
		if blank(r, key) {
			return "not set"
		}
		return strings.ToLower(Risks.Field(key).Show(r.Text(key)))
	}
	s := fmt.Sprintf("%s (likely: %s, impact: %s) — what is being done: %s; owner: %s", Risks.RowLabel(r),
		level("likelihood"), level("impact"), orNot(r, "doing", "not yet decided"), orNot(r, "owner", "not named"))
	if d := r.Date("review"); !d.IsZero() {
		s += "; review by " + ShowDate(d)
	}
	return s
}

// riskGaps is 1.3.6's "What's missing" line and the action it suggests.
func riskGaps(today time.Time, rows, top []Row) (string, *assessment.Action) {
	marked := CountIf(rows, isYes("top"))
	var tooMany string
	if marked > topLimit {
		tooMany = fmt.Sprintf("%d risks are marked as top three: take %d off", marked, marked-topLimit)
	}
	var overdue []string
	for _, r := range rowsWhere(rows, func(r Row) bool { return isPast(r.Date("review"), today) }) {
		overdue = append(overdue, fmt.Sprintf("%s (review by %s)", Risks.RowLabel(r), ShowDate(r.Date("review"))))
	}
	undone := labelsOf(rowsWhere(top, isBlank("doing")), Risks.RowLabel)
	missing := Sentences(noneTop(marked), tooMany, listed("Say what is being done about", undone), listed("Review overdue", overdue))
	switch {
	case marked == 0 || len(undone) > 0:
		return missing, suggestAction("1.3.6", "The top three data security risks and what is being done about them are not set out",
			"Choose the top three data security risks and say what is being done about each")
	case len(overdue) > 0:
		return missing, suggestAction("1.3.6", "Risks past their review date: "+joinCapped(overdue),
			"Review these risks with the owner and set new review dates")
	}
	return missing, nil
}

// noneTop is the missing line when no risk is marked as top.
func noneTop(marked int) string {
	if marked > 0 {
		return ""
	}
	return "No risk is marked as one of the top three"
}

// checkTopThree refuses a fourth top risk.
func checkTopThree(r Row, others []Row) error {
	if !r.Yes("top") {
		return nil
	}
	n := 0
	for _, o := range others {
		if o.Yes("top") && (r.ID == 0 || o.ID != r.ID) {
			n++
		}
	}
	if n >= topLimit {
		return assessment.Errorf(assessment.EInvalid, "Only three risks can be in the top three. Take another off the top three first.")
	}
	return nil
}

// riskAction turns a risk with something being done into an action plan
// entry: the risk is the gap, what is being done the action, due by its
// review date.
func riskAction(r Row) (gap, action, owner string, target time.Time, ok bool) {
	if blank(r, "doing") {
		return "", "", "", time.Time{}, false
	}
	return "Risk: " + Risks.RowLabel(r), strings.TrimSpace(r.Text("doing")), strings.TrimSpace(r.Text("owner")), r.Date("review"), true
}

// riskNote marks a risk whose review date has passed.
func riskNote(r Row, today time.Time) (string, bool) {
	if isPast(r.Date("review"), today) {
		return "Review overdue", true
	}
	return "", false
}
