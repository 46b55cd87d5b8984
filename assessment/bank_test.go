package assessment

import (
	"strings"
	"testing"
)

func TestDefaultBankMatchesPublishedCounts(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatalf("loading the built-in question bank: %v", err)
	}
	ed := b.Edition("2025-26")
	if ed == nil {
		t.Fatal("edition 2025-26 is missing")
	}
	if got := ed.Count(ApproachingStandards); got != 26 {
		t.Errorf("items for Approaching Standards = %d, want 26", got)
	}
	if got := ed.Count(StandardsMet); got != 45 {
		t.Errorf("items for Standards Met = %d, want 45", got)
	}
	want := map[string][2]int{
		"Staffing and roles":      {4, 7},
		"Policies and procedures": {10, 12},
		"Data security":           {5, 9},
		"IT systems and devices":  {7, 17},
	}
	for _, g := range ed.Groups {
		as := 0
		for _, it := range g.Items {
			if it.Level == ApproachingStandards {
				as++
			}
		}
		if w, ok := want[g.Title]; !ok || as != w[0] || len(g.Items) != w[1] {
			t.Errorf("group %q: %d AS / %d SM, want %v", g.Title, as, len(g.Items), w)
		}
	}
}

func TestEveryItemHasGuidanceAndDetails(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	for _, ed := range b.Editions {
		for _, it := range ed.Items {
			if n := it.Guidance.Words(); n < MinGuidanceWords {
				t.Errorf("%s %s: guidance has %d words", ed.ID, it.Ref, n)
			}
			if it.NDGTitle == "" {
				t.Errorf("%s %s: no NDG standard title", ed.ID, it.Ref)
			}
		}
	}
}

func TestDeadlineComesFromTheEditionFile(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"2024-25": "2025-06-30", "2025-26": "2026-06-30", "2026-27": "2027-06-30"} {
		if got := FormatDate(b.Edition(id).Deadline()); got != want {
			t.Errorf("deadline of %s = %s, want %s", id, got, want)
		}
	}
	for _, tc := range []struct{ live, deadline, want string }{
		{"2030-09-01", "", "2031-06-30"},
		{"2030-06-30", "", "2031-06-30"},
		{"2030-04-01", "", "2030-06-30"},
		{"2030-09-01", "2031-03-31", "2031-03-31"},
	} {
		src := strings.Replace(validEdition(), `live_from = "2030-09-01"`, `live_from = "`+tc.live+`"`, 1)
		if tc.deadline != "" {
			src = strings.Replace(src, "title = ", `deadline = "`+tc.deadline+"\"\ntitle = ", 1)
		}
		ed, err := ParseEdition([]byte(src))
		if err != nil {
			t.Fatalf("live %s, deadline %q: %v", tc.live, tc.deadline, err)
		}
		if got := FormatDate(ed.Deadline()); got != tc.want {
			t.Errorf("live %s, deadline %q: deadline %s, want %s", tc.live, tc.deadline, got, tc.want)
		}
	}
}

func TestTheNextYearIsBuiltIn(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatalf("loading the built-in question bank: %v", err)
	}
	ed, last := b.Edition("2026-27"), b.Edition("2025-26")
	if ed == nil || b.Latest() != ed {
		t.Fatalf("2026-27 should be the newest edition; have %v", b.IDs())
	}
	if ed.Title != "Data Security and Protection Toolkit 2026-27 (version 9), adult social care" ||
		FormatDate(ed.Live()) != "2026-09-01" || FormatDate(ed.Deadline()) != "2027-06-30" {
		t.Errorf("title %q, live %v, deadline %v", ed.Title, ed.Live(), ed.Deadline())
	}
	if ed.Count(ApproachingStandards) != 26 || ed.Count(StandardsMet) != 45 || len(ed.Items) != len(last.Items) {
		t.Errorf("2026-27 has %d AS and %d SM items", ed.Count(ApproachingStandards), ed.Count(StandardsMet))
	}
	const carried = "Carried from 2025-26; no change for social care has been published that we could find. Check against the live toolkit."
	for _, it := range ed.Items {
		was := last.Item(it.Ref)
		switch {
		case was == nil:
			t.Errorf("%s is not a 2025-26 item", it.Ref)
		case it.Confidence == Confirmed:
			t.Errorf("%s: confidence %s, want no higher than wording-seen", it.Ref, it.Confidence)
		case !strings.HasPrefix(it.Check, carried):
			t.Errorf("%s: check %q", it.Ref, it.Check)
		case it.Question != was.Question || it.Guidance.text() != was.Guidance.text() || it.NotApplicable != was.NotApplicable || it.Level != was.Level:
			t.Errorf("%s differs from 2025-26", it.Ref)
		}
	}
}

// validEdition returns a small edition file that passes every rule; tests
// break one thing at a time.
func validEdition() string {
	guidance := strings.Repeat("word ", MinGuidanceWords)
	ndg := ""
	for i := 1; i <= 10; i++ {
		ndg += "[[ndg_standards]]\nnumber = " + string(rune('0'+i%10)) + "\ntitle = \"Standard\"\n"
	}
	ndg = strings.Replace(ndg, "number = 0", "number = 10", 1)
	item := func(ref, level string) string {
		return `[[items]]
ref = "` + ref + `"
group = "g"
level = "` + level + `"
answer = "tick"
not_applicable = "none"
ndg = ` + ref[:1] + `
short = "Short"
question = "Question?"
confidence = "confirmed"
[items.guidance]
meaning = "` + guidance + `"
good_answer = "a"
example = "b"
pitfalls = "c"
not_applicable = "d"
`
	}
	return `edition = "2030-31"
title = "Test edition"
live_from = "2030-09-01"
[[groups]]
id = "g"
title = "Group"
published_as = 1
published_sm = 2
` + ndg + item("1.1.1", "AS") + item("2.1.1", "SM")
}

func TestParseEditionRefusesBrokenFiles(t *testing.T) {
	if _, err := ParseEdition([]byte(validEdition())); err != nil {
		t.Fatalf("the valid test edition was refused: %v", err)
	}
	cases := []struct{ name, from, to, want string }{
		{"duplicate reference", `ref = "2.1.1"`, `ref = "1.1.1"`, "appears twice"},
		{"malformed reference", `ref = "2.1.1"`, `ref = "2.1"`, "three numbers"},
		{"reference with letters", `ref = "2.1.1"`, `ref = "2.1.x"`, "three numbers"},
		{"unknown answer type", `answer = "tick"`, `answer = "yesno"`, "unknown answer type"},
		{"unknown level", `level = "SM"`, `level = "SE"`, "must be AS or SM"},
		{"count differs", `published_sm = 2`, `published_sm = 3`, "published counts"},
		{"short guidance", `meaning = "` + strings.Repeat("word ", MinGuidanceWords), `meaning = "too short`, "at least 60"},
		{"missing guidance field", `pitfalls = "c"`, `pitfalls = ""`, "guidance needs"},
		{"ndg does not match ref", "ndg = 2", "ndg = 3", "does not match"},
		{"unconfirmed without a check note", `confidence = "confirmed"`, `confidence = "unconfirmed"`, "what to check"},
		{"unknown field", `short = "Short"`, "short = \"Short\"\nshorty = 1", "items.shorty: is not a field"},
		{"bad edition id", `edition = "2030-31"`, `edition = "2030"`, "should look like"},
		{"unknown group", `group = "g"`, `group = "h"`, "unknown group"},
		{"no live_from", `live_from = "2030-09-01"`, ``, "live_from"},
		{"live_from not a date", `live_from = "2030-09-01"`, `live_from = "1 September 2030"`, "YYYY-MM-DD"},
		{"live_from in another year", `live_from = "2030-09-01"`, `live_from = "2003-09-01"`, "not in the years"},
		{"deadline before live_from", `live_from = "2030-09-01"`, "live_from = \"2030-09-01\"\ndeadline = \"2030-06-30\"", "not after live_from"},
		{"deadline not a date", `live_from = "2030-09-01"`, "live_from = \"2030-09-01\"\ndeadline = \"2031-02-30\"", "deadline"},
		{"unknown from_profile", `short = "Short"`, "short = \"Short\"\nfrom_profile = \"ods\"", "unknown from_profile"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(validEdition(), c.from, c.to, 1)
			if src == validEdition() {
				t.Fatalf("test case did not change the file")
			}
			_, err := ParseEdition([]byte(src))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want one mentioning %q", err, c.want)
			}
		})
	}
}
