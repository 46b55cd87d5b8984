package report

import (
	"fmt"
	"sort"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// actionCols are the columns of the action plan.
var actionCols = []column{
	{"Ref", 14, "L"},
	{"The gap", 38, "L"},
	{"Action", 49, "L"},
	{"Owner", 24, "L"},
	{"Target date", 26.5, "L"},
	{"Status", contentW - 151.5, "L"},
}

// actionPlan lists every action that is not a draft, overdue ones marked,
// says how many questions have drafts left out, and confirms the
// Approaching Standards rule when that is the level reached.
func (r *renderer) actionPlan() {
	acts := r.sortedActions()
	if len(acts) == 0 {
		r.paragraph("No actions are planned.", body)
	} else {
		r.paragraph(r.actionCounts(acts), body)
		r.y += 2
		rows := make([][]cell, len(acts))
		for i, a := range acts {
			rows[i] = r.actionRow(a)
		}
		r.table("Action plan", actionCols, rows)
	}
	if n := assessment.DraftQuestions(r.in.Record.Actions); n > 0 {
		r.y += 3
		r.paragraph(fmt.Sprintf("%s draft actions that are not yet planned: they are not printed here.",
			assessment.Count(n, "question has", "questions have")), bodyItalic)
	}
	if r.in.Status.Level == assessment.ApproachingStandards {
		r.y += 3
		r.paragraph("Every Standards Met item not yet met has an action in this plan with an owner and a target date, as Approaching Standards requires.", bodyBold)
	}
}

// sortedActions returns the planned actions (drafts left out) in question
// order, keeping the record's order within a question.
func (r *renderer) sortedActions() []assessment.Action {
	acts := assessment.PlannedActions(r.in.Record.Actions)
	pos := func(ref string) int {
		if i, ok := r.byIndex[ref]; ok {
			return i
		}
		return len(r.byIndex)
	}
	sort.SliceStable(acts, func(i, j int) bool { return pos(acts[i].Ref) < pos(acts[j].Ref) })
	return acts
}

// actionCounts says what the plan counts: its actions (one question can
// have several, and some are about no one question), how many are done and
// how many are overdue on the print date.
func (r *renderer) actionCounts(acts []assessment.Action) string {
	done, overdue := 0, 0
	refs := map[string]bool{}
	for _, a := range acts {
		if a.Status == assessment.Done {
			done++
		}
		if a.Overdue(r.in.PrintedAt) {
			overdue++
		}
		if a.Ref != "" {
			refs[a.Ref] = true
		}
	}
	return fmt.Sprintf("This plan counts actions: %s, on %s. %d done, %d still open, of which %d overdue (not done, and the target date had passed on %s). Overdue actions are marked OVERDUE.",
		assessment.Count(len(acts), "action", "actions"), assessment.Count(len(refs), "question", "questions"), done, len(acts)-done, overdue, assessment.HumanDate(r.in.PrintedAt))
}

func (r *renderer) actionRow(a assessment.Action) []cell {
	overdue := a.Overdue(r.in.PrintedAt)
	action := []para{{a.Action, cellText}}
	if a.Notes != "" {
		action = append(action, para{"Notes: " + a.Notes, cellNote})
	}
	target := para{orNotSet(shortDate(a.TargetDate)), cellText}
	if overdue {
		target.st = cellBold.with(alarm)
	}
	return []cell{
		r.lay(inner(actionCols, 0), para{a.Ref, cellBold}),
		r.lay(inner(actionCols, 1), r.gapText(a)),
		r.lay(inner(actionCols, 2), action...),
		r.lay(inner(actionCols, 3), para{orNotSet(a.Owner), cellText}),
		r.lay(inner(actionCols, 4), target),
		r.lay(inner(actionCols, 5), actionStatus(a, overdue)...),
	}
}

// gapText is the gap an action was written for, or, when its question is
// complete since, a note saying so: the pack never prints a gap that no
// longer exists.
func (r *renderer) gapText(a assessment.Action) para {
	if assessment.Settled(r.in.Status, a) {
		return para{"None now: the question is complete. This action can be marked done.", cellNote}
	}
	return para{a.Gap, cellText}
}

// actionStatus is the status cell: the status, when it was done, and
// OVERDUE when it is.
func actionStatus(a assessment.Action, overdue bool) []para {
	ps := []para{{a.Status.Label(), cellText}}
	if a.Status == assessment.Done && !a.DoneDate.IsZero() {
		ps = append(ps, para{shortDate(a.DoneDate), cellMuted})
	}
	if overdue {
		ps = append(ps, para{"OVERDUE", warnText})
	}
	return ps
}

func orNotSet(s string) string {
	if s == "" {
		return "Not set"
	}
	return s
}

// missingCols are the columns of the list of what is missing.
var missingCols = []column{
	{"Ref", 17, "L"},
	{"Question", 70, "L"},
	{"What is missing", contentW - 87, "L"},
}

func (r *renderer) missingTitle() string {
	if r.in.Status.Next == assessment.NotReady {
		return "What is missing for the next level"
	}
	return "What is missing for " + r.in.Status.Next.String()
}

// missing lists exactly what stands between the level reached and the next.
func (r *renderer) missing() {
	st := r.in.Status
	switch {
	case st.Next == assessment.NotReady:
		r.paragraph("Nothing: this assessment reaches "+st.Level.String()+", the highest level.", body)
	case len(st.Missing) == 0:
		r.paragraph("Nothing is missing for "+st.Next.String()+".", body)
	default:
		r.paragraph(missingCount(st), body)
		r.y += 2
		r.table(r.missingTitle(), missingCols, r.gapRows(st.Missing, r.wanting(st.Missing).ByRef))
	}
	r.registersWanting(st.Missing)
	if st.Note != "" {
		r.y += 2
		r.paragraph(st.Note, bodyItalic)
	}
}

// missingCount says what the list of what is missing counts.
func missingCount(st *assessment.Status) string {
	return fmt.Sprintf("To reach %s: %s still to be done. This list counts questions, one line each, however many actions each has.",
		st.Next, assessment.MissingCount(st.Missing))
}

// gapRows writes a row per gap; under a question's gap come what the
// registers find missing for it (byRef, see register.WantingFor).
func (r *renderer) gapRows(gaps []assessment.Gap, byRef map[string][]string) [][]cell {
	rows := make([][]cell, len(gaps))
	shown := map[string]bool{}
	for i, g := range gaps {
		ref := g.Ref
		if ref == "" {
			ref = "–"
		}
		what := []para{{g.Problem, cellText}}
		if !shown[g.Ref] {
			for _, m := range byRef[g.Ref] {
				what = append(what, para{"From the registers: " + m, cellText})
			}
		}
		shown[g.Ref] = true
		rows[i] = []cell{
			r.lay(inner(missingCols, 0), para{ref, cellBold}),
			r.lay(inner(missingCols, 1), para{g.Short, cellText}),
			r.lay(inner(missingCols, 2), what...),
		}
	}
	return rows
}

// wanting lays out what the registers find missing beside the gaps,
// leaving out the registers whose appendix is left out.
func (r *renderer) wanting(gaps []assessment.Gap) register.Wanting {
	refs := make([]string, len(gaps))
	for i, g := range gaps {
		refs[i] = g.Ref
	}
	printed := map[string][]register.Finding{}
	for _, reg := range register.All() {
		if r.in.LeaveOut[reg.Name] {
			continue
		}
		for _, f := range r.in.Findings[reg.Name] {
			printed[f.Ref] = append(printed[f.Ref], f)
		}
	}
	return register.WantingFor(r.in.Edition, refs, printed)
}

// registersWanting lists what the registers find missing for questions
// that are not among the gaps, in a table of its own.
func (r *renderer) registersWanting(gaps []assessment.Gap) {
	others := r.wanting(gaps).Others
	if len(others) == 0 {
		return
	}
	rows := make([][]cell, len(others))
	for i, f := range others {
		short := ""
		if it := r.in.Edition.Item(f.Ref); it != nil {
			short = it.Short
		}
		rows[i] = []cell{
			r.lay(inner(missingCols, 0), para{f.Ref, cellBold}),
			r.lay(inner(missingCols, 1), para{short, cellText}),
			r.lay(inner(missingCols, 2), para{f.Missing, cellText}),
		}
	}
	r.y += 4
	r.paragraph("The registers also show these missing, for questions answered already:", body)
	r.y += 2
	r.table("From the registers", missingCols, rows)
}
