package register

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the clock-change cases need Europe/London on any machine

	"github.com/dsptdesk/dsptdesk/assessment"
)

// row makes a row of a table from pairs of field keys and stored values.
func row(table string, kv ...string) Row {
	v := Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v[kv[i]] = kv[i+1]
	}
	return Row{Table: table, Values: v}
}

// breach is a breach found on a day with everything the questions ask for
// recorded, changed by the pairs given.
func breach(found string, kv ...string) Row {
	base := []string{"found", found, "what", "Letter about a resident sent to the wrong family", "type", "wrong_person",
		"risk", "medium", "management_approved", found, "people_told", found, "ico_reason", "Low risk to the resident",
		"actions", "Check addresses against the care record", "owner", "Grace Okafor", "lessons", "Addresses now checked twice", "closed", found}
	return row("incidents", append(base, kv...)...)
}

// nearMissOn is a near miss found on a day, reviewed and closed.
func nearMissOn(found string, kv ...string) Row {
	base := []string{"found", found, "what", "Email nearly sent to the wrong GP practice", "type", "wrong_person", "near_miss", "yes",
		"lessons", "Practice addresses saved as named contacts", "closed", found}
	return row("incidents", append(base, kv...)...)
}

func book(rows ...Row) Book {
	b := Book{Rows: map[string][]Row{}}
	for _, r := range rows {
		b.Rows[r.Table] = append(b.Rows[r.Table], r)
	}
	return b
}

// findingsByRef works out the incidents register's findings by question.
func findingsByRef(c Context) map[string]Finding {
	out := map[string]Finding{}
	for _, f := range FindingsOf(Named("incidents"), c) {
		out[f.Ref] = f
	}
	return out
}

var today = time.Date(2026, 12, 2, 10, 30, 0, 0, time.UTC)

func TestIncidentFindings(t *testing.T) {
	for _, tc := range []struct {
		name       string
		this, last []Row
		want       map[string]string // ref: summary
		na         map[string]bool
		missing    map[string]string // ref: part of the missing line ("" for none)
		details    map[string]string // ref: part of one detail line
	}{
		{
			name: "no incidents",
			want: map[string]string{"6.1.1": "No breaches or near misses recorded in the last twelve months",
				"6.1.2": "No breaches or near misses recorded in the last twelve months", "5.1.1": "No breaches or near misses recorded in the last twelve months"},
			na:      map[string]bool{"6.1.2": true, "6.1.3": true, "5.1.1": true},
			missing: map[string]string{"6.1.1": "", "6.1.2": "", "6.1.3": "", "5.1.1": ""},
			details: map[string]string{"6.1.1": "An empty log can mean nothing is being reported"},
		},
		{
			name: "two breaches, one in last year's log, and a near miss",
			this: []Row{breach("2026-10-20"), nearMissOn("2026-09-30")},
			last: []Row{breach("2026-02-10", "what", "Phone with the care app lost", "type", "lost_device", "ico_reported", "2026-02-11", "ico_reason", "")},
			want: map[string]string{
				"6.1.1": "Breach log: 2 breaches and 1 near miss in the last twelve months",
				"6.1.2": "2 breaches and 1 near miss in the last twelve months; management approved actions for both",
				"6.1.3": "2 breaches and 1 near miss in the last twelve months; the people affected were told in both",
				"5.1.1": "2 breaches and 1 near miss in the last twelve months; lessons learned recorded for all 3",
			},
			na:      map[string]bool{},
			missing: map[string]string{"6.1.1": "", "6.1.2": "", "6.1.3": "", "5.1.1": ""},
			details: map[string]string{
				"6.1.1": "10/02/2026, breach, lost or stolen device: Phone with the care app lost; closed 10/02/2026; reported to the ICO 11/02/2026",
				"6.1.2": "20/10/2026, breach, sent to the wrong person: Letter about a resident sent to the wrong family; closed 20/10/2026; management approved the actions 20/10/2026",
				"5.1.1": "30/09/2026, near miss, sent to the wrong person: Email nearly sent to the wrong GP practice; closed 30/09/2026; lessons learned: Practice addresses saved as named contacts",
			},
		},
		{
			name:    "a breach exactly twelve months ago counts, the day before does not",
			last:    []Row{breach("2025-12-02"), breach("2025-12-01", "what", "Older")},
			want:    map[string]string{"6.1.2": "1 breach and no near misses in the last twelve months; management approved its actions"},
			na:      map[string]bool{},
			missing: map[string]string{"6.1.2": ""},
		},
		{
			name: "a row in both years is counted once",
			this: []Row{breach("2026-03-01")},
			last: []Row{breach("2026-03-01", "lessons", "Copied by hand")},
			want: map[string]string{"6.1.2": "1 breach and no near misses in the last twelve months; management approved its actions"},
			na:   map[string]bool{},
		},
		{
			name:    "only near misses: the breach questions are not applicable, 5.1.1 is",
			this:    []Row{nearMissOn("2026-11-01", "lessons", "")},
			want:    map[string]string{"6.1.2": "No breaches and 1 near miss recorded in the last twelve months", "5.1.1": "No breaches and 1 near miss recorded in the last twelve months; no lessons learned recorded"},
			na:      map[string]bool{"6.1.2": true, "6.1.3": true},
			missing: map[string]string{"5.1.1": "Lessons learned not recorded for 1 incident (01/11/2026)"},
		},
		{
			name: "management approval and actions missing",
			this: []Row{breach("2026-06-01", "management_approved", ""), breach("2026-07-01", "management_approved", "", "actions", ""), breach("2026-08-01")},
			want: map[string]string{"6.1.2": "3 breaches and no near misses in the last twelve months; management approved actions for 1 of 3"},
			na:   map[string]bool{},
			missing: map[string]string{"6.1.2": "Management approval not recorded for the breaches of 01/07/2026 and 01/06/2026; " +
				"No actions recorded for the breach of 01/07/2026"},
			details: map[string]string{"6.1.2": "01/07/2026, breach, sent to the wrong person: Letter about a resident sent to the wrong family; closed 01/07/2026; management approval not recorded; no actions recorded"},
		},
		{
			name:    "high risk and unrecorded risk breaches must be told; a medium one need not",
			this:    []Row{breach("2026-06-01", "people_told", "", "risk", "high"), breach("2026-07-01", "people_told", "", "risk", ""), breach("2026-08-01", "people_told", "")},
			want:    map[string]string{"6.1.3": "3 breaches and no near misses in the last twelve months; the people affected were told in none"},
			na:      map[string]bool{},
			missing: map[string]string{"6.1.3": "The people affected are not recorded as told for the breaches of 01/07/2026 and 01/06/2026"},
			details: map[string]string{"6.1.3": "01/08/2026, breach, sent to the wrong person: Letter about a resident sent to the wrong family; closed 01/08/2026; people affected not told (medium risk: the log should say why)"},
		},
		{
			name:    "breaches that put nobody at high risk: 6.1.3 is not applicable",
			this:    []Row{breach("2026-06-01", "people_told", "", "risk", "low")},
			want:    map[string]string{"6.1.3": "1 breach and no near misses in the last twelve months; none put people at high risk, so nobody had to be told"},
			na:      map[string]bool{"6.1.3": true},
			missing: map[string]string{"6.1.3": ""},
		},
		{
			name:    "an open breach that may need reporting to the ICO",
			this:    []Row{breach("2026-12-01", "closed", "", "ico_reason", "", "risk", "high")},
			want:    map[string]string{"6.1.1": "Breach log: 1 breach and no near misses in the last twelve months, 1 still open"},
			na:      map[string]bool{},
			missing: map[string]string{"6.1.1": "Breach found 01/12/2026: Reported to the ICO? 37 hours left"},
			details: map[string]string{"6.1.1": "01/12/2026, breach, sent to the wrong person: Letter about a resident sent to the wrong family; open; Reported to the ICO? 37 hours left (the 72 hours count from the start of 01/12/2026, the day it was found, as the log has no time)"},
		},
		{
			name:    "a breach reported late, and one dated after today",
			this:    []Row{breach("2026-05-01", "ico_reported", "2026-05-05", "ico_reason", ""), breach("2027-11-01")},
			want:    map[string]string{"6.1.2": "1 breach and no near misses in the last twelve months; management approved its actions"},
			na:      map[string]bool{},
			missing: map[string]string{"6.1.1": "1 incident is dated after today (01/11/2027): check the date"},
			details: map[string]string{"6.1.1": "reported to the ICO 05/05/2026, 4 days after it was found (more than 72 hours)"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := findingsByRef(Context{Today: today, Book: book(tc.this...), LastYear: book(tc.last...)})
			if len(got) != 4 || !got["6.1.1"].ExportAsEvidence || got["6.1.1"].NotApplicable {
				t.Fatalf("findings = %+v", got)
			}
			for ref, want := range tc.want {
				if got[ref].Summary != want {
					t.Errorf("%s summary = %q, want %q", ref, got[ref].Summary, want)
				}
			}
			for _, ref := range []string{"6.1.1", "6.1.2", "6.1.3", "5.1.1"} {
				if got[ref].NotApplicable != tc.na[ref] {
					t.Errorf("%s not applicable = %v", ref, got[ref].NotApplicable)
				}
			}
			for ref, want := range tc.missing {
				f := got[ref]
				if (want == "") != (f.Missing == "") || !strings.Contains(f.Missing, want) {
					t.Errorf("%s missing = %q (action %+v), want %q", ref, f.Missing, f.Action, want)
				}
			}
			for ref, want := range tc.details {
				if !strings.Contains(got[ref].Text(), want) {
					t.Errorf("%s details lack %q:\n%s", ref, want, got[ref].Text())
				}
			}
		})
	}
}

func TestICOClock(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	at := func(day string, hour, minute int) time.Time {
		d, _ := ParseDate(day)
		return time.Date(d.Year(), d.Month(), d.Day(), hour, minute, 0, 0, london)
	}
	open := func(kv ...string) Row {
		return breach("2026-12-01", append([]string{"closed", "", "ico_reason", "", "risk", "high"}, kv...)...)
	}
	for _, tc := range []struct {
		name string
		r    Row
		now  time.Time
		want string
	}{
		{"just found", open(), at("2026-12-01", 9, 0), "Reported to the ICO? 63 hours left"},
		{"an hour into the day found", open(), at("2026-12-01", 1, 0), "Reported to the ICO? 71 hours left"},
		{"51 hours left", open(), at("2026-12-01", 21, 0), "Reported to the ICO? 51 hours left"},
		{"minutes left", open(), at("2026-12-03", 23, 30), "Reported to the ICO? Less than an hour left"},
		{"exactly 72 hours", open(), at("2026-12-04", 0, 0), "The 72 hours are up: report it now through the toolkit's incident reporting tool"},
		{"passed hours ago", open(), at("2026-12-04", 5, 10), "72 hours passed 5 hours ago: report it now through the toolkit's incident reporting tool"},
		{"passed days ago", open(), at("2026-12-06", 9, 0), "72 hours passed 2 days ago: report it now through the toolkit's incident reporting tool"},
		{"risk not recorded still runs", open("risk", ""), at("2026-12-02", 0, 0), "Reported to the ICO? 48 hours left"},
		{"clocks go back in October", breach("2026-10-24", "closed", "", "ico_reason", ""), at("2026-10-26", 12, 0), "Reported to the ICO? 11 hours left"},
		{"clocks go forward in March", breach("2026-03-28", "closed", "", "ico_reason", ""), at("2026-03-30", 12, 0), "Reported to the ICO? 13 hours left"},
		{"closed", open("closed", "2026-12-02"), at("2026-12-02", 9, 0), ""},
		{"near miss", open("near_miss", "yes"), at("2026-12-02", 9, 0), ""},
		{"reported", open("ico_reported", "2026-12-02"), at("2026-12-02", 9, 0), ""},
		{"low risk", open("risk", "low"), at("2026-12-02", 9, 0), ""},
		{"decided not to report", open("ico_reason", "Tool says no report needed"), at("2026-12-02", 9, 0), ""},
		{"found after now", open(), at("2026-11-30", 9, 0), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, warn := ICOClock(tc.r, tc.now)
			if got != tc.want || warn != (tc.want != "") {
				t.Errorf("ICOClock = %q, %v; want %q", got, warn, tc.want)
			}
		})
	}
}

func TestIncidentNotes(t *testing.T) {
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		r    Row
		want string
		warn bool
	}{
		{"closed and complete", breach("2026-06-01"), "", false},
		{"open and complete", breach("2026-06-01", "closed", ""), "Open", false},
		{"the ICO clock", breach("2026-12-01", "closed", "", "ico_reason", ""), "Reported to the ICO? 39 hours left", true},
		{"gaps", breach("2026-06-01", "management_approved", "", "people_told", "", "risk", "high", "lessons", ""), "Not recorded: management approval, people told and lessons learned", true},
		{"a near miss needs only its lessons", nearMissOn("2026-06-01", "lessons", ""), "Not recorded: lessons learned", true},
		{"dated after today", breach("2026-12-03"), "Date found is after today: check it", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, warn := Incidents.Note(tc.r, now); got != tc.want || warn != tc.warn {
				t.Errorf("note = %q, %v; want %q, %v", got, warn, tc.want, tc.warn)
			}
		})
	}
}

func TestIncidentActionsGoToThePlan(t *testing.T) {
	gap, action, owner, target, ok := Incidents.ToAction(breach("2026-03-12"))
	if !ok || gap != "Breach found 12/03/2026 (sent to the wrong person): Letter about a resident sent to the wrong family" ||
		action != "Check addresses against the care record" || owner != "Grace Okafor" || !target.IsZero() {
		t.Errorf("ToAction = %q, %q, %q, %v, %v", gap, action, owner, target, ok)
	}
	if _, _, _, _, ok := Incidents.ToAction(breach("2026-03-12", "actions", " ")); ok {
		t.Error("an incident without actions made an action")
	}
	if got := Incidents.RowLabel(nearMissOn("2026-03-12")); got != "Near miss of 12/03/2026" {
		t.Errorf("label = %q", got)
	}
}

func TestBreachFindingsSuggestActionsForTheQuestion(t *testing.T) {
	c := Context{Today: today, Book: book(breach("2026-12-01", "closed", "", "ico_reason", "", "lessons", ""))}
	f := findingsByRef(c)
	if a := f["6.1.1"].Action; a == nil || a.Ref != "6.1.1" || !strings.Contains(a.Action, "incident reporting tool") || !a.TargetDate.Equal(assessment.Day(today)) {
		t.Errorf("6.1.1 action = %+v", a)
	}
	if a := f["5.1.1"].Action; a == nil || a.Ref != "5.1.1" || a.Gap != "Lessons learned not recorded for 1 incident (01/12/2026)." {
		t.Errorf("5.1.1 action = %+v", a)
	}
}
