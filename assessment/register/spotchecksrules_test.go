package register

import (
	"strings"
	"testing"
)

// check is a spot check on a day of an area, by Tom, with what was found
// and the actions, changed by the pairs given.
func check(date, area string, kv ...string) Row {
	base := []string{"date", date, "area", area, "checked_by", "Tom Hughes", "found", "Two screens left unlocked", "actions", "Reminder at handover"}
	return row("spotchecks", append(base, kv...)...)
}

func spotCheckFinding(t *testing.T, c Context) Finding {
	t.Helper()
	fs := FindingsOf(Named("spotchecks"), c)
	if len(fs) != 1 || fs[0].Ref != "1.3.2" || fs[0].NotApplicable {
		t.Fatalf("findings = %+v", fs)
	}
	return fs[0]
}

func TestSpotCheckFindings(t *testing.T) {
	for _, tc := range []struct {
		name       string
		this, last []Row
		summary    string
		missing    string
		details    []string
		evidence   bool
		action     string
	}{
		{
			name: "none ever", summary: "No spot checks recorded",
			missing: "No spot checks recorded: do one and log what was found", action: "Do a spot check",
		},
		{
			name:     "quarterly, the older ones in last year's log",
			this:     []Row{check("2026-11-12", "clear_desk"), check("2026-08-20", "screens", "found", "Nothing found", "actions", "")},
			last:     []Row{check("2026-05-14", "paper"), check("2026-02-10", "disposal"), check("2025-11-20", "passwords")},
			summary:  "Last spot check: 12/11/2026 (clear desk), 4 in the last twelve months",
			evidence: true,
			details: []string{"12/11/2026, clear desk, by Tom Hughes: Two screens left unlocked; actions: Reminder at handover",
				"20/08/2026, screens locked, by Tom Hughes: nothing found", "10/02/2026, disposal"},
		},
		{
			name:     "the last check exactly three months ago is in time",
			this:     []Row{check("2026-09-02", "paper")},
			summary:  "Last spot check: 02/09/2026 (paper records), 1 in the last twelve months",
			evidence: true,
		},
		{
			name:     "the last check more than three months ago",
			this:     []Row{check("2026-09-01", "paper")},
			summary:  "Last spot check: 01/09/2026 (paper records), 1 in the last twelve months",
			missing:  "No spot check in the last three months (the last was 01/09/2026)",
			evidence: true, action: "Do a spot check",
		},
		{
			name:    "the last check more than a year ago",
			last:    []Row{check("2025-11-30", "paper")},
			summary: "Last spot check: 30/11/2025 (paper records), none in the last twelve months",
			missing: "No spot check in the last three months (the last was 30/11/2025)", action: "Do a spot check",
		},
		{
			name:     "something found without actions",
			this:     []Row{check("2026-11-12", "clear_desk", "actions", ""), check("2026-10-01", "screens", "found", "All clear.", "actions", "")},
			summary:  "Last spot check: 12/11/2026 (clear desk), 2 in the last twelve months",
			missing:  "Actions not recorded for what the spot check of 12/11/2026 found",
			details:  []string{"12/11/2026, clear desk, by Tom Hughes: Two screens left unlocked; actions not recorded"},
			evidence: true, action: "Write down what will be put right",
		},
		{
			name:     "a check dated after today is not the last check",
			this:     []Row{check("2027-11-12", "clear_desk"), check("2026-11-12", "paper")},
			summary:  "Last spot check: 12/11/2026 (paper records), 1 in the last twelve months",
			evidence: true,
		},
		{
			name:     "a check in both years is counted once",
			this:     []Row{check("2026-11-12", "clear_desk")},
			last:     []Row{check("2026-11-12", "clear_desk", "found", "Copied")},
			summary:  "Last spot check: 12/11/2026 (clear desk), 1 in the last twelve months",
			evidence: true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := spotCheckFinding(t, Context{Today: today, Book: book(tc.this...), LastYear: book(tc.last...)})
			if f.Summary != tc.summary || f.Missing != tc.missing || f.ExportAsEvidence != tc.evidence {
				t.Errorf("finding = %q / %q / evidence %v", f.Summary, f.Missing, f.ExportAsEvidence)
			}
			for _, d := range tc.details {
				if !strings.Contains(f.Text(), d) {
					t.Errorf("details lack %q:\n%s", d, f.Text())
				}
			}
			switch {
			case tc.action == "" && f.Action != nil:
				t.Errorf("action = %+v", f.Action)
			case tc.action != "" && (f.Action == nil || f.Action.Ref != "1.3.2" || !strings.HasPrefix(f.Action.Action, tc.action) || f.Action.Gap != f.Missing+"."):
				t.Errorf("action = %+v", f.Action)
			}
		})
	}
}

func TestSpotCheckNotesAndActions(t *testing.T) {
	for _, tc := range []struct {
		r    Row
		want string
	}{
		{check("2026-11-12", "clear_desk"), ""},
		{check("2026-11-12", "clear_desk", "actions", ""), "Actions not recorded"},
		{check("2026-11-12", "clear_desk", "found", "Nothing found", "actions", ""), ""},
		{check("2026-11-12", "clear_desk", "found", "", "actions", ""), ""},
		{check("2026-12-03", "clear_desk"), "Date is after today: check it"},
	} {
		if got, warn := SpotChecks.Note(tc.r, today); got != tc.want || warn != (tc.want != "") {
			t.Errorf("note of %v = %q, %v", tc.r.Values, got, warn)
		}
	}
	gap, action, owner, _, ok := SpotChecks.ToAction(check("2026-11-12", "clear_desk"))
	if !ok || gap != "Spot check of 12/11/2026 (clear desk) found: Two screens left unlocked" || action != "Reminder at handover" || owner != "Tom Hughes" {
		t.Errorf("ToAction = %q, %q, %q, %v", gap, action, owner, ok)
	}
	if _, _, owner, _, _ := SpotChecks.ToAction(check("2026-11-12", "clear_desk", "owner", "Grace Okafor")); owner != "Grace Okafor" {
		t.Errorf("owner = %q", owner)
	}
	if _, _, _, _, ok := SpotChecks.ToAction(check("2026-11-12", "clear_desk", "actions", "")); ok {
		t.Error("a check without actions made an action")
	}
}

func TestNothingFound(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, "Nothing found": true, "All clear.": true, "no issues found": true, "None": true, "No problems: all screens locked": true,
		"Clear desk policy not followed in the office": false, "Two screens unlocked": false, "No lock on the filing cabinet": false,
	} {
		if got := nothingFound(s); got != want {
			t.Errorf("nothingFound(%q) = %v", s, got)
		}
	}
}
