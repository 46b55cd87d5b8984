package spreadsheet

import (
	"strconv"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
)

// answersTable has one row per question, in toolkit order, each question
// in full as the manager confirmed it against the live toolkit (as the pack).
func answersTable(in report.Input) table {
	t := table{name: SheetAnswers, cols: []column{
		{"Ref", 8, false}, {"Group", 28, false}, {"Question", 36, false}, {"Question in full", 60, false},
		{"Needed for", 10, false}, {"State", 13, false}, {"Answer", 60, false}, {"Comment", 40, false},
		{"Answered on", 14, true}, {"Evidence locations", 10, false}, {"Still to do", 36, false},
	}}
	for _, g := range in.Edition.Groups {
		for _, it := range g.Items {
			t.rows = append(t.rows, answerRow(in, g, it))
		}
	}
	return t
}

func answerRow(in report.Input, g *assessment.Group, it *assessment.Item) []any {
	a := in.Record.Answers[it.Ref]
	ev := in.Record.EvidenceFor(it.Ref)
	st, _ := in.Status.Item(it.Ref)
	comment := a.Comment
	if in.LeaveOutComments {
		comment = ""
	}
	todo := ""
	if !st.Complete {
		todo = st.Problem
	}
	return []any{it.Ref, g.Title, it.Short, in.Record.QuestionAsLive(it), it.Level.Code(), st.State.Label(), answerValue(it, a, len(ev)),
		comment, assessment.GivenOn(it, a, ev), strconv.Itoa(len(ev)), todo}
}

// answerValue is the answer as the manager recorded it, in words.
func answerValue(it *assessment.Item, a assessment.Answer, evidence int) string {
	switch {
	case a.NotApplicable:
		return "Not applicable"
	case !assessment.Answered(it, a, evidence):
		return ""
	case it.Answer == assessment.Tick:
		return "Confirmed"
	case it.Answer == assessment.Text:
		return a.Value
	}
	return "See the Evidence sheet"
}

// evidenceTable has one row per evidence location, in question order.
func evidenceTable(in report.Input) table {
	t := table{name: SheetEvidence, cols: []column{
		{"Ref", 8, false}, {"Kind", 10, false}, {"Location", 70, false}, {"Note", 36, false},
		{"Added", 14, true}, {"State", 22, false},
	}}
	for _, it := range in.Edition.Items {
		for _, e := range in.Record.EvidenceFor(it.Ref) {
			t.rows = append(t.rows, []any{e.Ref, e.Kind.Label(), e.Location, e.Note, e.AddedAt, in.EvidenceState(e)})
		}
	}
	return t
}

// actionsTable has one row per action, drafts included and marked, in the
// order they were added.
func actionsTable(in report.Input) table {
	t := table{name: SheetActions, cols: actionColumns}
	for _, a := range in.Record.Actions {
		t.rows = append(t.rows, actionRow(a))
	}
	return t
}

// actionColumns are the columns of the action plan, in the workbook and the CSV.
var actionColumns = []column{
	{"Ref", 8, false}, {"The gap", 40, false}, {"Action", 50, false}, {"Owner", 22, false},
	{"Target date", 14, true}, {"Status", 12, false}, {"Done on", 14, true}, {"Notes", 36, false},
	{"Draft", 8, false},
}

func actionRow(a assessment.Action) []any {
	draft := ""
	if a.Draft {
		draft = "Draft"
	}
	return []any{a.Ref, a.Gap, a.Action, a.Owner, a.TargetDate, a.Status.Label(), a.DoneDate, a.Notes, draft}
}
