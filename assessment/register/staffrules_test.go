package register

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// staffToday is the day the staff rules are tested on, with a time of day
// as the window gives it.
var staffToday = time.Date(2026, 12, 2, 9, 30, 0, 0, time.UTC)

// staffBook builds a staff list and its training for a test.
type staffBook struct {
	staff, training []Row
	settings        map[string]string
}

func newStaffBook() *staffBook { return &staffBook{settings: map[string]string{}} }

// who adds a person, with their contract clause recorded unless the pairs
// of field and value that follow say otherwise.
func (b *staffBook) who(name, role, kind string, kv ...string) *staffBook {
	v := Values{"name": name, "role": role, "type": kind, "contract_clause": "yes"}
	for i := 0; i+1 < len(kv); i += 2 {
		v[kv[i]] = kv[i+1]
	}
	b.staff = append(b.staff, Row{ID: int64(len(b.staff) + 1), Table: Staff.Name, Values: v})
	return b
}

// trained adds a training record: who, which course, when, and its pass or score.
func (b *staffBook) trained(name, course, completed string, result ...string) *staffBook {
	v := Values{"person": name, "course": course, "completed": completed}
	if len(result) > 0 {
		v["result"] = result[0]
	}
	b.training = append(b.training, Row{ID: int64(1000 + len(b.training)), Table: Training.Name, Values: v})
	return b
}

func (b *staffBook) agency(on bool) *staffBook {
	b.settings[CountAgency.Key] = map[bool]string{true: "yes", false: "no"}[on]
	return b
}

func (b *staffBook) context() Context {
	return Context{Today: staffToday, Book: Book{Rows: map[string][]Row{Staff.Name: b.staff, Training.Name: b.training}, Settings: b.settings}}
}

// finding returns the staff register's finding for a question.
func (b *staffBook) finding(t *testing.T, ref string) Finding {
	t.Helper()
	for _, f := range FindingsOf(Named("staff"), b.context()) {
		if f.Ref == ref {
			return f
		}
	}
	t.Fatalf("no finding for %s", ref)
	return Finding{}
}

// checkFinding compares a finding's summary, missing line and details.
func checkFinding(t *testing.T, f Finding, summary, missing string, details []string) {
	t.Helper()
	if f.Summary != summary {
		t.Errorf("summary:\n got %s\nwant %s", f.Summary, summary)
	}
	if f.Missing != missing {
		t.Errorf("missing:\n got %q\nwant %q", f.Missing, missing)
	}
	if !slices.Equal(f.Details, details) {
		t.Errorf("details:\n got %q\nwant %q", f.Details, details)
	}
	if (f.Action != nil) != (missing != "") && f.Ref != "3.2.1" {
		t.Errorf("action %+v with missing %q", f.Action, missing)
	}
}

func TestTheTrainingFigureCountsAsTheToolkitMeansIt(t *testing.T) {
	for _, tc := range []struct {
		name             string
		book             *staffBook
		summary, missing string
		details          []string
	}{
		{"leavers count up to their last day",
			newStaffBook().who("Ann Lee", "cook", "employee", "leaving_date", "2026-12-01").who("Bob Ray", "nurse", "employee", "leaving_date", "2026-12-02").
				who("Cy Dee", "nurse", "employee", "leaving_date", "2027-01-31").trained("Cy Dee", "awareness", "2026-06-01"),
			"Training: 1 of 2 staff trained in the last 12 months (50%)", "1 more person needs training to reach 95%",
			[]string{"Missing: Bob Ray (nurse): no training recorded"}},
		{"starters count from their first day, even this month, and not before",
			newStaffBook().who("Dee Fox", "care assistant", "employee", "start_date", "2026-12-02").who("Eve Hall", "care assistant", "employee", "start_date", "2026-12-01").
				who("Fay Hunt", "care assistant", "employee", "start_date", "2026-12-03").who("Gus Ives", "cook", "employee").trained("Gus Ives", "inhouse", "2026-03-01"),
			"Training: 1 of 3 staff trained in the last 12 months (33%)", "2 more people need training to reach 95%",
			[]string{"Missing: Dee Fox (care assistant): no training recorded", "Missing: Eve Hall (care assistant): no training recorded"}},
		{"agency staff are left out by default",
			newStaffBook().who("Hal Judd", "agency nurse", "agency").who("Ivy Kerr", "nurse", "employee").trained("Ivy Kerr", "awareness", "2026-11-30"),
			"Training: 1 of 1 staff trained in the last 12 months (100%)", "",
			[]string{"1 agency worker is not counted, as the setting says"}},
		{"agency staff count when the setting says so",
			newStaffBook().agency(true).who("Hal Judd", "", "agency").who("Ivy Kerr", "nurse", "employee").trained("Ivy Kerr", "awareness", "2026-11-30"),
			"Training: 1 of 2 staff trained in the last 12 months (50%)", "1 more person needs training to reach 95%",
			[]string{"Missing: Hal Judd (agency): no training recorded", "1 agency worker is counted, as the setting says"}},
		{"agency staff are left out when the setting is off",
			newStaffBook().agency(false).who("Hal Judd", "", "agency").who("Ivy Kerr", "nurse", "employee").trained("Ivy Kerr", "awareness", "2026-11-30"),
			"Training: 1 of 1 staff trained in the last 12 months (100%)", "",
			[]string{"1 agency worker is not counted, as the setting says"}},
		{"training exactly twelve months ago still counts, until today; the day before has lapsed",
			newStaffBook().who("Jo Bloggs", "care assistant", "employee").who("Kay Lamb", "senior carer", "employee").
				trained("Jo Bloggs", "awareness", "2025-12-01").trained("Kay Lamb", "awareness", "2025-12-02"),
			"Training: 1 of 2 staff trained in the last 12 months (50%)", "1 more person needs training to reach 95%",
			[]string{"Missing: Jo Bloggs (care assistant): last trained 01/12/2025", "Due by 02/12/2026: Kay Lamb (senior carer)"}},
		{"names match whatever their case and spaces",
			newStaffBook().who("Lee  Ng", "nurse", "employee").who("Mia Oak", "cook", "employee").
				trained(" lee ng", "awareness", "2026-10-01").trained("MIA OAK", "inhouse", "2026-09-01"),
			"Training: 2 of 2 staff trained in the last 12 months (100%)", "", nil},
		{"training dated after today or not passed does not count; the latest that counts is shown",
			newStaffBook().who("Mo Pike", "nurse", "employee").who("Ned Quay", "cook", "employee").trained("Mo Pike", "awareness", "2026-12-03").
				trained("Ned Quay", "awareness", "2026-11-01", "Failed (60%)").trained("Ned Quay", "awareness", "2024-01-01", "Pass"),
			"Training: 0 of 2 staff trained in the last 12 months (0%)", "2 more people need training to reach 95%",
			[]string{"Missing: Mo Pike (nurse): no training recorded", "Missing: Ned Quay (cook): last trained 01/01/2024"}},
		{"bank staff, volunteers, directors and trustees count; any course counts",
			newStaffBook().who("Oli Reed", "care assistant", "bank").who("Pam Rose", "activities", "volunteer").who("Raj Shah", "director", "director").
				trained("Oli Reed", "other", "2026-05-05").trained("Pam Rose", "inhouse", "2026-05-05").trained("Raj Shah", "lead", "2026-05-05"),
			"Training: 3 of 3 staff trained in the last 12 months (100%)", "", nil},
		{"training for a name not on the staff list is shown to check its spelling",
			newStaffBook().who("Jon Baker", "handyman", "employee").trained("John Baker", "awareness", "2026-10-01").trained("Old Name", "awareness", "2020-10-01"),
			"Training: 0 of 1 staff trained in the last 12 months (0%)", "1 more person needs training to reach 95%",
			[]string{"Missing: Jon Baker (handyman): no training recorded", "Trained but not on the staff list (check the spelling): John Baker, 01/10/2026"}},
		{"nobody counted gives no figure",
			newStaffBook().who("Sue Tate", "cook", "employee", "leaving_date", "2026-01-01"),
			"Training: nobody on the staff list is counted today (leavers, people not started yet and agency staff are not), so there is no figure", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFinding(t, tc.book.finding(t, "3.2.1"), tc.summary, tc.missing, tc.details)
		})
	}
}

// staffTrained builds n people of whom the first trained were trained a
// month ago.
func staffTrained(trained, n int) *staffBook {
	b := newStaffBook()
	for i := range n {
		name := fmt.Sprintf("Person %04d", i)
		b.who(name, "care assistant", "employee")
		if i < trained {
			b.trained(name, "awareness", "2026-11-01")
		}
	}
	return b
}

func TestTheTrainingFigureNeverShows95PercentBeforeItIsReached(t *testing.T) {
	for _, tc := range []struct {
		trained, of     int
		figure, missing string
	}{
		{949, 1000, "949 of 1000 staff trained in the last 12 months (94%)", "1 more person needs training to reach 95%"},
		{946, 1000, "946 of 1000 staff trained in the last 12 months (94%)", "4 more people need training to reach 95%"},
		{950, 1000, "950 of 1000 staff trained in the last 12 months (95%)", ""},
		{19, 20, "19 of 20 staff trained in the last 12 months (95%)", ""},
		{47, 50, "47 of 50 staff trained in the last 12 months (94%)", "1 more person needs training to reach 95%"},
		{45, 50, "45 of 50 staff trained in the last 12 months (90%)", "3 more people need training to reach 95%"},
	} {
		f := staffTrained(tc.trained, tc.of).finding(t, "3.2.1")
		if f.Summary != "Training: "+tc.figure || f.Missing != tc.missing {
			t.Errorf("%d of %d: %q, %q", tc.trained, tc.of, f.Summary, f.Missing)
		}
		if untrained := tc.of - tc.trained; f.Action == nil || !strings.HasPrefix(f.Action.Gap, assessment.Count(untrained, "person", "people")+" not trained") {
			t.Errorf("%d of %d: action %+v", tc.trained, tc.of, f.Action)
		}
	}
}

func TestTrainingFallingOutOfDateInTheNext60DaysIsListedSoonestFirst(t *testing.T) {
	b := newStaffBook().who("Ada Ball", "nurse", "employee").who("Ben Cole", "cook", "employee").who("Cat Dunn", "housekeeper", "employee").
		who("Dan Eyre", "administrator", "employee").who("Eli Ford", "agency nurse", "agency").
		trained("Ada Ball", "awareness", "2026-01-31"). // due by 31/01/2027, the 60th day
		trained("Ben Cole", "awareness", "2026-02-01"). // due by 01/02/2027, the 61st day
		trained("Cat Dunn", "inhouse", "2025-12-10").   // due by 10/12/2026
		trained("Dan Eyre", "awareness", "2025-12-02"). // due by today
		trained("Eli Ford", "awareness", "2025-12-04")  // not counted
	checkFinding(t, b.finding(t, "3.2.1"), "Training: 4 of 4 staff trained in the last 12 months (100%)", "", []string{
		"Due by 02/12/2026: Dan Eyre (administrator)", "Due by 10/12/2026: Cat Dunn (housekeeper)", "Due by 31/01/2027: Ada Ball (nurse)",
		"1 agency worker is not counted, as the setting says",
	})
}

func TestTheTrainingActionNamesWhoToBook(t *testing.T) {
	f := newStaffBook().who("Ada Ball", "nurse", "employee").who("Ben Cole", "cook", "employee").who("Cat Dunn", "cook", "employee").
		trained("Cat Dunn", "awareness", "2026-06-01").finding(t, "3.2.1")
	want := "Book data security training for Ada Ball and Ben Cole, and record it in the staff register"
	if f.Action == nil || f.Action.Ref != "3.2.1" || f.Action.Action != want || f.Action.Gap != "2 people not trained in data security in the last 12 months (33% trained)" {
		t.Errorf("action %+v", f.Action)
	}
	if f := staffTrained(10, 10).finding(t, "3.2.1"); f.Action != nil {
		t.Errorf("an action when everyone is trained: %+v", f.Action)
	}
}

func TestNoStaffGivesNoFigureAndNothingMissing(t *testing.T) {
	fs := FindingsOf(Named("staff"), newStaffBook().trained("Ada Ball", "awareness", "2026-06-01").context())
	var refs []string
	for _, f := range fs {
		refs = append(refs, f.Ref)
		if !strings.Contains(f.Summary, "No staff recorded") || strings.Contains(f.Summary, "%") || f.Missing != "" || f.Action != nil || f.Register != "staff" {
			t.Errorf("%s: %+v", f.Ref, f)
		}
	}
	if !slices.Equal(refs, Named("staff").Questions) {
		t.Errorf("findings for %v, want %v", refs, Named("staff").Questions)
	}
}

func TestTheRuleSentenceIsShownWithTheRegister(t *testing.T) {
	if Named("staff").Working != TrainingRule || strings.Count(TrainingRule, ". ") != 0 || strings.Contains(Named("staff").Intro, TrainingRule) {
		t.Errorf("intro %q, working %q", Named("staff").Intro, Named("staff").Working)
	}
}
