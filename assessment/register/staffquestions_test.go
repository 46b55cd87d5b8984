package register

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestTheStaffRegisterAnswersItsOtherQuestions(t *testing.T) {
	for _, tc := range []struct {
		name, ref        string
		book             *staffBook
		summary, missing string
		details          []string
	}{
		{"3.1.1: training by role, largest role first, with the courses each had", "3.1.1",
			newStaffBook().who("Ada Ball", "Care assistant", "employee").who("Ben Cole", "care  assistant", "bank").who("Cat Dunn", "Cook", "employee").
				who("Dan Eyre", "", "volunteer").who("Old Hand", "Cook", "employee", "leaving_date", "2026-01-01").
				trained("Ada Ball", "awareness", "2026-06-01").trained("Ben Cole", "inhouse", "2026-07-01").trained("Ben Cole", "other", "2024-07-01").
				trained("Cat Dunn", "awareness", "2025-06-01").trained("Dan Eyre", "lead", "2026-01-01"),
			"Training by role, a starting point for the training needs analysis: 3 roles; nobody trained in the last 12 months in Cook", "", []string{
				"Care assistant: 2 people, 2 trained in the last 12 months (data security awareness e-learning and in-house session)",
				"Cook: 1 person, 0 trained in the last 12 months",
				"No role recorded: 1 person, 1 trained in the last 12 months (role training for the data security lead)",
			}},
		{"3.4.1: the lead's role training is listed, with a warning when over a year old", "3.4.1",
			newStaffBook().who("Meg Hughes", "registered manager", "employee").who("Tom Deputy", "deputy manager", "employee").who("Gone Lead", "manager", "employee", "leaving_date", "2025-01-01").
				trained("Meg Hughes", "lead", "2026-04-01").trained("Meg Hughes", "lead", "2025-03-01").trained("Tom Deputy", "lead", "2025-06-01").trained("Gone Lead", "lead", "2026-01-01"),
			"Data security lead: role training recorded for Meg Hughes (registered manager) on 01/04/2026 and Tom Deputy (deputy manager) on 01/06/2025 (more than 12 months ago)", "", nil},
		{"3.4.1: no role training of anyone working here today is missing", "3.4.1",
			newStaffBook().who("Meg Hughes", "registered manager", "employee").who("Gone Lead", "manager", "employee", "leaving_date", "2025-01-01").
				trained("Meg Hughes", "awareness", "2026-04-01").trained("Gone Lead", "lead", "2024-01-01"),
			"Data security lead: no role training recorded", "No role training for the data security lead is recorded", nil},
		{"4.1.1: the record of people and roles by type, with who has no role", "4.1.1",
			newStaffBook().who("Ada Ball", "nurse", "employee").who("Ben Cole", "nurse", "employee").who("Cat Dunn", "", "bank").who("Dan Eyre", "nurse", "agency").
				who("Eve Ford", "activities", "volunteer").who("Fay Gill", "director", "director").who("New Start", "cook", "employee", "start_date", "2026-12-14").
				who("Old Hand", "cook", "employee", "leaving_date", "2026-01-01"),
			"Staff list: 6 people and their roles (2 employees, 1 bank worker, 1 agency worker, 1 volunteer, 1 director or trustee)", "1 person has no role recorded",
			[]string{"No role recorded: Cat Dunn", "Starting on 14/12/2026: New Start (cook)", "1 leaver is kept on the list"}},
		{"2.1.1: starters of the last twelve months without induction", "2.1.1",
			newStaffBook().who("Ada Ball", "nurse", "employee", "start_date", "2026-03-01", "induction_date", "2026-03-01").
				who("Ben Cole", "cook", "employee", "start_date", "2026-11-30").
				who("Cat Dunn", "nurse", "employee", "start_date", "2025-12-01").                                 // twelve months and a day ago: not a starter
				who("Dan Eyre", "nurse", "agency", "start_date", "2026-10-01").                                   // not counted
				who("Eve Ford", "cook", "employee", "start_date", "2026-12-20").                                  // not started
				who("Fay Gill", "nurse", "employee", "start_date", "2025-12-02", "induction_date", "2025-12-02"), // exactly twelve months ago: a starter
			"Induction: 2 of 3 people who started in the last 12 months had data security covered at induction", "1 starter has no induction covering data security recorded",
			[]string{"No induction recorded: Ben Cole (cook), started 30/11/2026"}},
		{"2.1.1: nobody started", "2.1.1", newStaffBook().who("Ada Ball", "nurse", "employee", "start_date", "2020-03-01"),
			"Induction: nobody started in the last 12 months", "", nil},
		{"2.2.1: contracts without the clause, or not recorded; agency left out", "2.2.1",
			newStaffBook().who("Ada Ball", "nurse", "employee").who("Ben Cole", "cook", "employee", "contract_clause", "no").who("Cat Dunn", "activities", "volunteer", "contract_clause", "").
				who("Dan Eyre", "nurse", "agency", "contract_clause", "").who("Old Hand", "cook", "employee", "leaving_date", "2026-01-01", "contract_clause", "no"),
			"Contracts: 1 of 3 people's contracts or agreements have the data security clause", "2 people's contracts or agreements do not show the data security clause",
			[]string{"No clause: Ben Cole (cook)", "Clause not recorded: Cat Dunn (activities)"}},
		{"4.2.4: leavers without an access-removed date; leaving today is not yet a leaver", "4.2.4",
			newStaffBook().who("Ada Ball", "nurse", "employee", "leaving_date", "2026-11-01", "access_removed", "2026-11-01").
				who("Ben Cole", "cook", "employee", "leaving_date", "2026-11-20").who("Cat Dunn", "nurse", "agency", "leaving_date", "2026-06-30").
				who("Dan Eyre", "nurse", "employee", "leaving_date", "2026-12-02"),
			"Leavers: access removal recorded for 1 of 3 people who have left", "2 leavers have no access removal recorded",
			[]string{"Access removal not recorded: Ben Cole (cook), left 20/11/2026", "Access removal not recorded: Cat Dunn (nurse), left 30/06/2026"}},
		{"4.2.4: nobody left", "4.2.4", newStaffBook().who("Ada Ball", "nurse", "employee"), "Leavers: nobody on the staff list has left", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFinding(t, tc.book.finding(t, tc.ref), tc.summary, tc.missing, tc.details)
		})
	}
}

func TestTheStaffListIsTheEvidenceOf411(t *testing.T) {
	b := newStaffBook().who("Ada Ball", "nurse", "employee")
	b.staff[0].Created, b.staff[0].Updated = time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC), time.Date(2026, 11, 12, 16, 0, 0, 0, time.UTC)
	f := b.finding(t, "4.1.1")
	if !f.ExportAsEvidence || !slices.Contains(f.Details, "Last changed on 12/11/2026") {
		t.Errorf("%+v", f)
	}
	for _, ref := range []string{"3.2.1", "3.1.1", "3.4.1", "2.1.1", "2.2.1", "4.2.4"} {
		if b.finding(t, ref).ExportAsEvidence {
			t.Errorf("%s offers the register as its evidence", ref)
		}
	}
}

func TestActionsSayWhatToDoForWhom(t *testing.T) {
	b := newStaffBook().who("Ada Ball", "nurse", "employee", "start_date", "2026-10-01", "contract_clause", "no").
		who("Ben Cole", "cook", "employee", "leaving_date", "2026-11-20").who("Cat Dunn", "", "bank")
	for ref, want := range map[string]string{
		"3.4.1": "Book training suited to the data security lead's role",
		"4.1.1": "Record the role of Cat Dunn in the staff register",
		"2.1.1": "Go through data security and confidentiality with Ada Ball as part of their induction",
		"2.2.1": "Add the data security clause to the contracts or agreements of Ada Ball (and to the templates)",
		"4.2.4": "Check that the logins, keys, fobs and cards of Ben Cole were removed or closed",
	} {
		f := b.finding(t, ref)
		if f.Action == nil || f.Action.Ref != ref || f.Action.Gap != f.Missing || !strings.HasPrefix(f.Action.Action, want) {
			t.Errorf("%s: action %+v", ref, f.Action)
		}
	}
}

func TestEachPersonAndTrainingRecordSaysItsState(t *testing.T) {
	b := newStaffBook().
		who("Ada Ball", "nurse", "employee", "leaving_date", "2026-11-01", "access_removed", "2026-11-01").
		who("Ben Cole", "cook", "employee", "leaving_date", "2026-11-20").
		who("Cat Dunn", "nurse", "employee", "start_date", "2027-01-04").
		who("Dan Eyre", "nurse", "employee").
		who("Eve Ford", "nurse", "employee").trained("Eve Ford", "awareness", "2025-11-01").
		who("Fay Gill", "nurse", "employee").trained("Fay Gill", "awareness", "2026-01-15").
		who("Gus Hart", "nurse", "employee", "start_date", "2026-09-01").trained("Gus Hart", "awareness", "2026-09-01").
		who("Hal Ince", "nurse", "employee", "contract_clause", "").trained("Hal Ince", "awareness", "2026-09-01").
		who("Ivy Jury", "nurse", "employee").trained("Ivy Jury", "awareness", "2026-09-01").
		who("Jo King", "agency nurse", "agency", "contract_clause", "").
		who("Kim Lowe", "cook", "employee", "contract_clause", "no").trained("Kim Lowe", "inhouse", "2026-09-01").
		trained("Ivy Jury", "awareness", "2026-12-09").trained("Ivy Jury", "awareness", "2026-10-01", "Fail")
	want := map[int64]RowNote{
		1: {"Left on 01/11/2026", false}, 2: {"Left on 20/11/2026: access removal not recorded", true}, 3: {"Starts on 04/01/2027", false},
		4: {"No data security training recorded", true}, 5: {"Training out of date since 02/11/2026", true}, 6: {"Training due by 15/01/2027", true},
		7: {"No induction recorded", true}, 8: {"Contract clause not recorded", true}, 9: {"Training due by 01/09/2027", false},
		10: {"No data security training recorded", false}, 11: {"No data security clause in their contract", true},
	}
	got := Staff.Notes(b.context())
	for id, w := range want {
		if got[id] != w {
			t.Errorf("person %d (%s): %+v, want %+v", id, b.staff[id-1].Values["name"], got[id], w)
		}
	}
	wantTraining := []RowNote{{"Over 12 months old", false}, {"Counts until 15/01/2027", false}, {"Counts until 01/09/2027", false}, {"Counts until 01/09/2027", false},
		{"Counts until 01/09/2027", false}, {"Counts until 01/09/2027", false}, {"Dated after today: does not count yet", true}, {"Not passed: does not count", false}}
	notes := Training.Notes(b.context())
	for i, r := range b.training {
		if notes[r.ID] != wantTraining[i] {
			t.Errorf("training %d (%v): %+v, want %+v", i, r.Values, notes[r.ID], wantTraining[i])
		}
	}
}

func TestCoursesOfTheLastTwelveMonthsOnALeapDay(t *testing.T) {
	b := newStaffBook().who("Ada Ball", "Cook", "employee").trained("Ada Ball", "inhouse", "2027-03-01").trained("Ada Ball", "awareness", "2027-02-28")
	c := b.context()
	c.Today = time.Date(2028, 2, 29, 12, 0, 0, 0, time.UTC)
	for _, f := range FindingsOf(Named("staff"), c) {
		if f.Ref == "3.1.1" && !slices.Equal(f.Details, []string{"Cook: 1 person, 1 trained in the last 12 months (in-house session)"}) {
			t.Errorf("%q", f.Details)
		}
	}
}
