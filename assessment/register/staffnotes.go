package register

import (
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Each staff row's and training row's state in a few words, for their
// lines in the table.

func init() {
	Staff.NotesAmong = staffNotes
	Training.Note = trainingNote
}

// staffNotes gives each person's state: a leaver's access removal, a
// starter to come, and otherwise their training, induction and contract.
func staffNotes(c Context) map[int64]RowNote {
	v := newStaffView(c)
	out := make(map[int64]RowNote, len(v.people))
	for _, p := range v.people {
		if n := v.note(p); n.Text != "" {
			out[p.row.ID] = n
		}
	}
	return out
}

func (v *staffView) note(p *person) RowNote {
	switch {
	case p.gone(v.today) && p.row.Date("access_removed").IsZero():
		return RowNote{"Left on " + ShowDate(p.left) + ": access removal not recorded", true}
	case p.gone(v.today):
		return RowNote{"Left on " + ShowDate(p.left), false}
	case !p.current(v.today):
		return RowNote{"Starts on " + ShowDate(p.start), false}
	}
	return v.workingNote(p)
}

// workingNote is the state of someone working for the home today: what is
// wanting first (training, then induction, then contract), else when their
// training is due. Training is a warning only for people the figure counts.
func (v *staffView) workingNote(p *person) RowNote {
	counts := v.counts(p)
	switch {
	case p.trained == nil:
		return RowNote{"No data security training recorded", counts}
	case !p.trainedOn(v.today):
		return RowNote{"Training out of date since " + ShowDate(p.dueBy().AddDate(0, 0, 1)), counts}
	case counts && Soon(p.dueBy(), v.today, dueDays):
		return RowNote{"Training due by " + ShowDate(p.dueBy()), true}
	case counts && Within(p.start, v.today, starterMonths) && p.row.Date("induction_date").IsZero():
		return RowNote{"No induction recorded", true}
	case !p.agencyStaff() && p.row.No("contract_clause"):
		return RowNote{"No data security clause in their contract", true}
	case !p.agencyStaff() && !p.row.Yes("contract_clause"):
		return RowNote{"Contract clause not recorded", true}
	}
	return RowNote{"Training due by " + ShowDate(p.dueBy()), false}
}

// trainingNote gives a training record's state: whether it still counts,
// and until when.
func trainingNote(r Row, today time.Time) (string, bool) {
	today = assessment.Day(today)
	done := r.Date("completed")
	switch {
	case done.IsZero():
		return "", false
	case failed(r.Text("result")):
		return "Not passed: does not count", false
	case done.After(today):
		return "Dated after today: does not count yet", true
	case Within(done, today, trainingMonths):
		return "Counts until " + ShowDate(CountsUntil(done, trainingMonths)), false
	}
	return "Over 12 months old", false
}
