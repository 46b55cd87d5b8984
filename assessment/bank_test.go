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

func TestDeadlineComesFromTheEdition(t *testing.T) {
	for id, want := range map[string]string{"2025-26": "2026-06-30", "2026-27": "2027-06-30", "2099-00": "2100-06-30"} {
		ed := &Edition{ID: id}
		if got := FormatDate(ed.Deadline()); got != want {
			t.Errorf("deadline of %s = %s, want %s", id, got, want)
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
		{"unknown level", `level = "SM"`, `level = "SE"`, "level must be AS or SM"},
		{"count differs", `published_sm = 2`, `published_sm = 3`, "published counts"},
		{"short guidance", `meaning = "` + strings.Repeat("word ", MinGuidanceWords), `meaning = "too short`, "at least 60"},
		{"missing guidance field", `pitfalls = "c"`, `pitfalls = ""`, "guidance needs"},
		{"ndg does not match ref", "ndg = 2", "ndg = 3", "does not match"},
		{"unconfirmed without a check note", `confidence = "confirmed"`, `confidence = "unconfirmed"`, "what to check"},
		{"unknown field", `short = "Short"`, "short = \"Short\"\nshorty = 1", "unknown field"},
		{"bad edition id", `edition = "2030-31"`, `edition = "2030"`, "should look like"},
		{"unknown group", `group = "g"`, `group = "h"`, "unknown group"},
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
