package register

import (
	"strings"
	"testing"
)

// sampleRisks is five risks, three of them marked as the top three, one
// past its review date.
func sampleRisks() Book {
	return bookOf("risks",
		Values{"risk": "Care records system down for a day", "likelihood": "low", "impact": "high", "doing": "Paper care plans printed weekly", "owner": "Deputy manager", "review": "2027-03-01", "top": "yes"},
		Values{"risk": "Staff open a phishing email", "likelihood": "high", "impact": "high", "doing": "Phishing training and email filtering", "owner": "Registered manager", "review": "2027-02-01", "top": "yes"},
		Values{"risk": "Paper records left out", "likelihood": "medium", "impact": "medium", "doing": "Monthly spot checks", "owner": "Deputy manager", "review": "2026-11-15"},
		Values{"risk": "Laptop lost or stolen", "likelihood": "medium", "impact": "high", "doing": "Encrypt every laptop", "owner": "Byte IT Support", "top": "yes"},
		Values{"risk": "Shared passwords on the office PC", "likelihood": "medium", "impact": "medium"},
	)
}

func TestTopThreeAnswer(t *testing.T) {
	f := findingFor(t, Named("risks"), sampleRisks(), rulesToday, "1.3.6")
	want := "Our top three data security risks are:\n" +
		"1) Staff open a phishing email (likely: high, impact: high) — what is being done: Phishing training and email filtering; owner: Registered manager; review by 01/02/2027\n" +
		"2) Laptop lost or stolen (likely: medium, impact: high) — what is being done: Encrypt every laptop; owner: Byte IT Support\n" +
		"3) Care records system down for a day (likely: low, impact: high) — what is being done: Paper care plans printed weekly; owner: Deputy manager; review by 01/03/2027"
	if f.Text() != want {
		t.Errorf("answer\n got %q\nwant %q", f.Text(), want)
	}
	if f.Missing != "Review overdue: Paper records left out (review by 15/11/2026)" {
		t.Errorf("missing %q", f.Missing)
	}
	if f.Action == nil || !strings.Contains(f.Action.Gap, "Paper records left out") {
		t.Errorf("action %+v", f.Action)
	}
}

func TestTopThreeGaps(t *testing.T) {
	for _, tc := range []struct {
		name             string
		rows             []Values
		summary, missing string
		action           bool
	}{
		{"nothing listed", nil, "Top risks: none listed yet", "List the home's data security risks and mark the top three", true},
		{"none marked", []Values{{"risk": "A"}, {"risk": "B", "top": "no"}},
			"Top risks: none of the 2 risks is marked as one of the top three", "No risk is marked as one of the top three", true},
		{"one marked", []Values{{"risk": "A", "top": "yes", "doing": "x"}, {"risk": "B"}}, "Our top data security risk is:", "", false},
		{"two marked, one with nothing done", []Values{{"risk": "A", "top": "yes", "doing": "x"}, {"risk": "B", "top": "yes"}},
			"Our top two data security risks are:", "Say what is being done about: B", true},
		{"four marked by an import", []Values{{"risk": "A", "top": "yes", "doing": "x"}, {"risk": "B", "top": "yes", "doing": "x"}, {"risk": "C", "top": "yes", "doing": "x"}, {"risk": "D", "top": "yes", "doing": "x"}},
			"Our top three data security risks are:", "4 risks are marked as top three: take 1 off", false},
		{"review due today is not overdue", []Values{{"risk": "A", "top": "yes", "doing": "x", "review": "2026-12-01"}}, "Our top data security risk is:", "", false},
		{"review due yesterday", []Values{{"risk": "A", "top": "yes", "doing": "x", "review": "2026-11-30"}}, "Our top data security risk is:", "Review overdue: A (review by 30/11/2026)", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := findingFor(t, Named("risks"), bookOf("risks", tc.rows...), rulesToday, "1.3.6")
			if f.Summary != tc.summary || f.Missing != tc.missing || (f.Action != nil) != tc.action {
				t.Errorf("got %q / %q / action %+v\nwant %q / %q / action %v", f.Summary, f.Missing, f.Action, tc.summary, tc.missing, tc.action)
			}
			if len(f.Details) > topLimit {
				t.Errorf("%d risks in the answer", len(f.Details))
			}
		})
	}
}

func TestOnlyThreeTopRisks(t *testing.T) {
	top := func(id int64, yes string) Row {
		return Row{ID: id, Table: "risks", Values: Values{"risk": "R", "top": yes}}
	}
	three := []Row{top(1, "yes"), top(2, "yes"), top(3, "yes"), top(4, "no")}
	for _, tc := range []struct {
		name   string
		row    Row
		others []Row
		refuse bool
	}{
		{"a new fourth top risk", top(0, "yes"), three, true},
		{"a fourth marked on edit", top(4, "yes"), three[:3], true},
		{"a third top risk", top(0, "yes"), three[:2], false},
		{"one of the three saved again", top(2, "yes"), []Row{top(1, "yes"), top(3, "yes"), top(4, "no")}, false},
		{"the row itself among the others", top(2, "yes"), []Row{top(1, "yes"), top(2, "yes"), top(3, "yes")}, false},
		{"not a top risk", top(0, "no"), three, false},
		{"top not known", top(0, ""), three, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Risks.CheckAmong(tc.row, tc.others)
			if (err != nil) != tc.refuse {
				t.Fatalf("error %v, want refused %v", err, tc.refuse)
			}
			if err != nil && err.Error() != "Only three risks can be in the top three. Take another off the top three first." {
				t.Errorf("message %q", err)
			}
		})
	}
}

func TestRiskToActionAndNote(t *testing.T) {
	r := Row{Values: Values{"risk": "Laptop lost", "doing": " Encrypt every laptop ", "owner": "Byte IT Support", "review": "2026-11-30"}}
	gap, action, owner, target, ok := Risks.ToAction(r)
	if !ok || gap != "Risk: Laptop lost" || action != "Encrypt every laptop" || owner != "Byte IT Support" || !target.Equal(day(2026, 11, 30)) {
		t.Errorf("%q %q %q %v %v", gap, action, owner, target, ok)
	}
	if _, _, _, _, ok := Risks.ToAction(Row{Values: Values{"risk": "Nothing done", "doing": "  "}}); ok {
		t.Error("a risk with nothing being done became an action")
	}
	for _, tc := range []struct {
		review string
		note   string
	}{{"2026-11-30", "Review overdue"}, {"2026-12-01", ""}, {"2027-01-01", ""}, {"", ""}} {
		note, warn := Risks.Note(Row{Values: Values{"review": tc.review}}, rulesToday)
		if note != tc.note || warn != (tc.note != "") {
			t.Errorf("review %q: note %q warn %v", tc.review, note, warn)
		}
	}
}
