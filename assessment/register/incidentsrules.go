package register

import (
	"fmt"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// The breach log's rules. A near miss is an incident with no data lost; a
// breach is every other incident. The toolkit's breach questions look back
// twelve months, across the start of the year, so they read last year's log
// as well as this year's.

// BreachMonths is how far back the breach questions look.
const BreachMonths = 12

// ICOHours is how long after finding a breach that puts people at risk the
// home has to report it to the ICO.
const ICOHours = 72

// icoTool is where the toolkit sends a care home to report a breach.
const icoTool = "the toolkit's incident reporting tool"

func init() {
	Incidents.Label = incidentLabel
	Incidents.Note = incidentNote
	Incidents.ToAction = incidentAction
}

// incidentFindings works out what the breach log says about 6.1.1 (a way
// to report breaches: the log itself), 6.1.2 (management told and approved
// the actions), 6.1.3 (the people affected told) and 5.1.1 (the process
// behind each breach and near miss reviewed).
func incidentFindings(c Context) []Finding {
	all := c.BothYears(Incidents)
	Newest(all, "found")
	l := incidentLog{now: c.Today, all: Dated(all, "found", c.Today, BreachMonths)}
	for _, r := range all {
		if After(r.Date("found"), c.Today) {
			l.future = append(l.future, r)
		}
	}
	for _, r := range l.all {
		if !nearMiss(r) {
			l.breaches = append(l.breaches, r)
		}
	}
	return []Finding{l.reporting(), l.management(), l.told(), l.reviewed()}
}

// incidentLog is the log's incidents of the last twelve months, newest first.
type incidentLog struct {
	now      time.Time
	all      []Row // breaches and near misses
	breaches []Row
	future   []Row // dated after today, so in no count
}

// counts says how many breaches and near misses there were: "2 breaches and
// 1 near miss in the last twelve months".
func (l incidentLog) counts() string {
	b, n := len(l.breaches), len(l.all)-len(l.breaches)
	switch {
	case b == 0 && n == 0:
		return "No breaches or near misses recorded in the last twelve months"
	case b == 0:
		return fmt.Sprintf("No breaches and %s recorded in the last twelve months", assessment.Count(n, "near miss", "near misses"))
	case n == 0:
		return assessment.Count(b, "breach", "breaches") + " and no near misses in the last twelve months"
	}
	return assessment.Count(b, "breach", "breaches") + " and " + assessment.Count(n, "near miss", "near misses") + " in the last twelve months"
}

// reporting is 6.1.1: the log is the evidence of a way to report
// breaches; an open breach that may need reporting to the ICO is missing.
func (l incidentLog) reporting() Finding {
	f := Finding{Ref: "6.1.1", Summary: "Breach log: " + LowerFirst(l.counts()), ExportAsEvidence: true}
	if open := len(l.all) - CountIf(l.all, closed); open > 0 {
		f.Summary += fmt.Sprintf(", %d still open", open)
	}
	if len(l.all) == 0 {
		f.Summary = l.counts()
		f.Details = []string{"An empty log can mean nothing is being reported: remind staff how to report a breach or near miss."}
	}
	var clocks []string
	var due []Row
	for _, r := range l.all {
		f.Details = append(f.Details, incidentLine(r)+icoPart(r, l.now))
		if t, _ := ICOClock(r, l.now); t != "" {
			clocks, due = append(clocks, "Breach found "+ShowDate(r.Date("found"))+": "+t), append(due, r)
		}
	}
	var future string
	if len(l.future) > 0 {
		future = assessment.Count(len(l.future), "incident is", "incidents are") + " dated after today (" + Dates(l.future, "found") + "): check the date"
	}
	f.Missing = Sentences(append(clocks, future)...)
	if len(due) > 0 {
		f.Action = &assessment.Action{Ref: f.Ref, Status: assessment.NotStarted, TargetDate: assessment.Day(l.now),
			Gap:    "Not yet reported to the ICO or decided: the breach of " + Dates(due, "found") + ".",
			Action: "Use " + icoTool + " to decide whether the ICO must be told, report it there if so, and record in the breach log the date reported or why it was not."}
	}
	return f
}

// management is 6.1.2: each breach's actions approved by management.
func (l incidentLog) management() Finding {
	f := Finding{Ref: "6.1.2", Summary: l.counts()}
	if len(l.breaches) == 0 {
		f.NotApplicable = true
		return f
	}
	var unapproved, noActions []Row
	for _, r := range l.breaches {
		part := "; management approved the actions " + ShowDate(r.Date("management_approved"))
		if r.Date("management_approved").IsZero() {
			unapproved, part = append(unapproved, r), "; management approval not recorded"
		}
		if blank(r, "actions") {
			noActions, part = append(noActions, r), part+"; no actions recorded"
		}
		f.Details = append(f.Details, incidentLine(r)+part)
	}
	f.Summary += "; " + approvedPhrase(len(l.breaches)-len(unapproved), len(l.breaches))
	f.Missing = Sentences(forBreaches("Management approval not recorded", unapproved), forBreaches("No actions recorded", noActions))
	if f.Missing != "" {
		f.Action = &assessment.Action{Ref: f.Ref, Status: assessment.NotStarted, Gap: f.Missing + ".",
			Action: "Tell the management team about each breach, agree the actions to stop it happening again, and record the actions and the date management approved them in the breach log."}
	}
	return f
}

// approvedPhrase says for how many of n breaches management approved the actions.
func approvedPhrase(k, n int) string {
	switch {
	case k == n && n == 1:
		return "management approved its actions"
	case k == 0:
		return "management approval is not recorded for any"
	}
	return "management approved actions for " + howMany(k, n)
}

// told is 6.1.3: the people affected by each breach told. The toolkit's
// "Not applicable" covers a year whose breaches put nobody at high risk,
// provided the log says so: a breach whose risk is not recorded counts as
// one that may have.
func (l incidentLog) told() Finding {
	f := Finding{Ref: "6.1.3", Summary: l.counts()}
	var untold []Row
	told := 0
	for _, r := range l.breaches {
		part := "; people affected told " + ShowDate(r.Date("people_told"))
		switch {
		case !r.Date("people_told").IsZero():
			told++
		case mustTell(r):
			untold, part = append(untold, r), "; people affected not told ("+riskWords(r)+")"
		default:
			part = "; people affected not told (" + riskWords(r) + ": the log should say why)"
		}
		f.Details = append(f.Details, incidentLine(r)+part)
	}
	if told == 0 && len(untold) == 0 {
		f.NotApplicable = true
		if len(l.breaches) > 0 {
			f.Summary += "; none put people at high risk, so nobody had to be told"
		}
		return f
	}
	f.Summary += "; " + toldPhrase(told, len(l.breaches))
	if len(untold) > 0 {
		f.Missing = forBreaches("The people affected are not recorded as told", untold)
		f.Action = &assessment.Action{Ref: f.Ref, Status: assessment.NotStarted, Gap: f.Missing + ".",
			Action: "Tell the people affected (or their representatives) what happened and what is being done, and record when in the breach log; where the risk to them was not high, record the risk and why they were not told."}
	}
	return f
}

// toldPhrase says in how many of n breaches the people affected were told.
func toldPhrase(k, n int) string {
	switch {
	case k == n && n == 1:
		return "the people affected were told"
	case k == 0:
		return "the people affected were told in none"
	}
	return "the people affected were told in " + howMany(k, n)
}

// mustTell reports whether a breach's risk is high or not recorded, so the
// people affected should have been told.
func mustTell(r Row) bool { return !r.Is("risk", "low") && !r.Is("risk", "medium") }

// riskWords says a breach's risk: "high risk", "risk not recorded".
func riskWords(r Row) string {
	if r.Text("risk") == "" {
		return "risk not recorded"
	}
	return strings.ToLower(Incidents.Field("risk").Show(r.Text("risk"))) + " risk"
}

// reviewed is 5.1.1: the process behind each breach and near miss
// reviewed, shown by its lessons learned.
func (l incidentLog) reviewed() Finding {
	f := Finding{Ref: "5.1.1", Summary: l.counts()}
	if len(l.all) == 0 {
		f.NotApplicable = true
		return f
	}
	var none []Row
	for _, r := range l.all {
		part := "; lessons learned: " + Clip(r.Text("lessons"), 90)
		if blank(r, "lessons") {
			none, part = append(none, r), "; lessons learned not recorded"
		}
		f.Details = append(f.Details, incidentLine(r)+part)
	}
	f.Summary += "; " + lessonsPhrase(len(l.all)-len(none), len(l.all))
	if len(none) > 0 {
		f.Missing = fmt.Sprintf("Lessons learned not recorded for %s (%s)", assessment.Count(len(none), "incident", "incidents"), Dates(none, "found"))
		f.Action = &assessment.Action{Ref: f.Ref, Status: assessment.NotStarted, Gap: f.Missing + ".",
			Action: "Review the way of working that allowed each one, not just the one-off mistake, and write the lessons learned and what changed in the breach log."}
	}
	return f
}

// lessonsPhrase says for how many of n incidents lessons learned are recorded.
func lessonsPhrase(k, n int) string {
	switch {
	case k == n && n == 1:
		return "lessons learned recorded"
	case k == 0:
		return "no lessons learned recorded"
	}
	return "lessons learned recorded for " + howMany(k, n)
}

// forBreaches names what is missing and the breaches it is missing for:
// "Management approval not recorded for the breach of 12/03/2026".
func forBreaches(what string, rows []Row) string {
	if len(rows) == 0 {
		return ""
	}
	return what + " for the " + assessment.Pick(len(rows), "breach", "breaches") + " of " + Dates(rows, "found")
}

// incidentLine is an incident in one line: "12/03/2026, breach, sent to the
// wrong person: Letter about a resident sent to…; closed 20/03/2026".
func incidentLine(r Row) string {
	state := "open"
	if closed(r) {
		state = "closed " + ShowDate(r.Date("closed"))
	}
	return fmt.Sprintf("%s, %s, %s: %s; %s", ShowDate(r.Date("found")), incidentKind(r),
		LowerFirst(Incidents.Field("type").Show(r.Text("type"))), Clip(r.Text("what"), 70), state)
}

// icoPart says in a breach's line whether it went to the ICO, and the
// 72-hour clock while it may still need to.
func icoPart(r Row, now time.Time) string {
	if nearMiss(r) {
		return ""
	}
	if t, _ := ICOClock(r, now); t != "" {
		return fmt.Sprintf("; %s (the %d hours count from the start of %s, the day it was found, as the log has no time)", t, ICOHours, ShowDate(r.Date("found")))
	}
	reported := r.Date("ico_reported")
	switch {
	case !reported.IsZero() && DaysBetween(r.Date("found"), reported) >= ICOHours/24:
		return fmt.Sprintf("; reported to the ICO %s, %d days after it was found (more than %d hours)", ShowDate(reported), DaysBetween(r.Date("found"), reported), ICOHours)
	case !reported.IsZero():
		return "; reported to the ICO " + ShowDate(reported)
	case !blank(r, "ico_reason"):
		return "; not reported to the ICO: " + Clip(r.Text("ico_reason"), 90)
	case r.Is("risk", "low"):
		return "; not reported to the ICO (low risk)"
	}
	return "; not reported to the ICO"
}

// ICOClock is the 72-hour clock of a breach that may need reporting to the
// ICO: one that is open, not a near miss, not reported, not judged low
// risk and with no reason recorded for not reporting it. The log has dates
// without times, so the hours count from the start of the day it was found,
// in now's time zone, as real hours (right across a change of the clocks).
// The text is empty when no clock runs; warn is set whenever one does.
func ICOClock(r Row, now time.Time) (text string, warn bool) {
	found := r.Date("found")
	if !icoClockRuns(r) || found.IsZero() {
		return "", false
	}
	start := time.Date(found.Year(), found.Month(), found.Day(), 0, 0, 0, 0, now.Location())
	if start.After(now) {
		return "", false
	}
	left := start.Add(ICOHours * time.Hour).Sub(now)
	switch {
	case left >= time.Hour:
		return "Reported to the ICO? " + assessment.Count(int(left/time.Hour), "hour", "hours") + " left", true
	case left > 0:
		return "Reported to the ICO? Less than an hour left", true
	case -left < time.Hour:
		return fmt.Sprintf("The %d hours are up: report it now through %s", ICOHours, icoTool), true
	}
	return fmt.Sprintf("%d hours passed %s ago: report it now through %s", ICOHours, overdue(-left), icoTool), true
}

// icoClockRuns reports whether a breach may still need reporting to the ICO.
func icoClockRuns(r Row) bool {
	return !nearMiss(r) && !closed(r) && r.Text("ico_reported") == "" && !r.Is("risk", "low") &&
		blank(r, "ico_reason")
}

// overdue says how long ago a deadline passed: "5 hours", "2 days".
func overdue(d time.Duration) string {
	if d < 24*time.Hour {
		return assessment.Count(int(d/time.Hour), "hour", "hours")
	}
	return assessment.Count(int(d/(24*time.Hour)), "day", "days")
}

// incidentNote is an incident's state for its line in the table: the ICO
// clock while it runs, otherwise what the log still lacks.
func incidentNote(r Row, now time.Time) (string, bool) {
	if After(r.Date("found"), now) {
		return "Date found is after today: check it", true
	}
	if t, warn := ICOClock(r, now); t != "" {
		return t, warn
	}
	if gaps := incidentGaps(r); len(gaps) > 0 {
		return "Not recorded: " + JoinAnd(gaps), true
	}
	if !closed(r) {
		return "Open", false
	}
	return "", false
}

// incidentGaps lists what an incident's entry lacks for the questions.
func incidentGaps(r Row) []string {
	var gaps []string
	if !nearMiss(r) {
		if r.Text("management_approved") == "" {
			gaps = append(gaps, "management approval")
		}
		if blank(r, "actions") {
			gaps = append(gaps, "actions")
		}
		if r.Text("people_told") == "" && mustTell(r) {
			gaps = append(gaps, "people told")
		}
	}
	if blank(r, "lessons") {
		gaps = append(gaps, "lessons learned")
	}
	return gaps
}

// incidentAction turns an incident's actions into an action plan entry.
func incidentAction(r Row) (gap, action, owner string, target time.Time, ok bool) {
	action = strings.TrimSpace(r.Text("actions"))
	if action == "" {
		return "", "", "", time.Time{}, false
	}
	gap = fmt.Sprintf("%s found %s (%s): %s", UpperFirst(incidentKind(r)), ShowDate(r.Date("found")),
		LowerFirst(Incidents.Field("type").Show(r.Text("type"))), Clip(r.Text("what"), 160))
	return gap, action, strings.TrimSpace(r.Text("owner")), time.Time{}, true
}

// incidentLabel names an incident in lists and messages: "Breach of 12/03/2026".
func incidentLabel(r Row) string {
	return UpperFirst(incidentKind(r)) + " of " + ShowDate(r.Date("found"))
}

func incidentKind(r Row) string {
	if nearMiss(r) {
		return "near miss"
	}
	return "breach"
}

func nearMiss(r Row) bool { return r.Yes("near_miss") }

func closed(r Row) bool { return r.Text("closed") != "" }
