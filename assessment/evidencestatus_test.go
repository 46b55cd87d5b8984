package assessment

import (
	"strings"
	"testing"
)

func TestEvaluateFoundIgnoresMissingEvidence(t *testing.T) {
	ed := smallEdition()
	ev := func(id int64) Evidence { return Evidence{ID: id, Ref: "2.1.1", Kind: EvidenceFile, Location: "/x"} }
	cases := []struct {
		name     string
		evidence []Evidence
		found    map[int64]EvidenceCondition
		complete bool
		problem  string
	}{
		{"no evidence", nil, nil, false, "No evidence location added yet"},
		{"unchecked counts", []Evidence{ev(1)}, nil, true, ""},
		{"found", []Evidence{ev(1)}, map[int64]EvidenceCondition{1: EvidenceOK}, true, ""},
		{"changed still counts", []Evidence{ev(1)}, map[int64]EvidenceCondition{1: EvidenceChanged}, true, ""},
		{"not yet checked here counts", []Evidence{ev(1)}, map[int64]EvidenceCondition{1: EvidenceNotChecked}, true, ""},
		{"only evidence missing", []Evidence{ev(1)}, map[int64]EvidenceCondition{1: EvidenceMissing}, false, "evidence is missing"},
		{"only evidence unreadable", []Evidence{ev(1)}, map[int64]EvidenceCondition{1: EvidenceUnreadable}, false, "evidence is missing"},
		{"one missing, one found", []Evidence{ev(1), ev(2)}, map[int64]EvidenceCondition{1: EvidenceMissing, 2: EvidenceOK}, true, ""},
		{"both missing", []Evidence{ev(1), ev(2)}, map[int64]EvidenceCondition{1: EvidenceMissing, 2: EvidenceMissing}, false, "evidence is missing"},
		{"paper beside a missing file", []Evidence{ev(1), {ID: 2, Ref: "2.1.1", Kind: EvidencePaper, Location: "Cabinet"}},
			map[int64]EvidenceCondition{1: EvidenceMissing, 2: EvidenceUnchecked}, true, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := rec(allAS)
			r.Evidence = c.evidence
			st, _ := EvaluateFound(ed, Profile{}, r, today, c.found).Item("2.1.1")
			if st.Complete != c.complete || !strings.Contains(st.Problem, c.problem) {
				t.Errorf("complete %v, problem %q; want %v, %q", st.Complete, st.Problem, c.complete, c.problem)
			}
		})
	}
}

func TestEvaluateCountsAllEvidenceWithoutChecks(t *testing.T) {
	r := rec(allAS)
	r.Evidence = []Evidence{{ID: 1, Ref: "2.1.1", Kind: EvidenceFile, Location: "/gone"}}
	if st, _ := Evaluate(smallEdition(), Profile{}, r, today).Item("2.1.1"); !st.Complete {
		t.Errorf("Evaluate without checks: %+v", st)
	}
}

func TestSuggestedAnswer(t *testing.T) {
	ico := &Item{Ref: "1.1.1", FromProfile: ProfileICO}
	cases := []struct {
		it   *Item
		p    Profile
		want string
	}{
		{ico, Profile{ICONumber: " za123456 "}, "ZA123456"},
		{ico, Profile{ICONumber: "Z1234567"}, "Z1234567"},
		{ico, Profile{ICONumber: "not a number"}, ""},
		{ico, Profile{}, ""},
		{&Item{Ref: "1.1.2"}, Profile{ICONumber: "ZA123456"}, ""},
		{nil, Profile{ICONumber: "ZA123456"}, ""},
	}
	for _, c := range cases {
		if got := SuggestedAnswer(c.it, c.p); got != c.want {
			t.Errorf("SuggestedAnswer(%+v, %q) = %q, want %q", c.it, c.p.ICONumber, got, c.want)
		}
	}
}

func TestNotApplicableReason(t *testing.T) {
	for mode, want := range map[NAMode]bool{NAComment: true, NAText: false, NALocation: false, NAOption: false, NANone: false} {
		if mode.WantsReason() != want {
			t.Errorf("%s.WantsReason() = %v", mode, !want)
		}
	}
	for comment, has := range map[string]bool{
		"":                                 false,
		"Not applicable":                   false,
		"not applicable: no portable kit":  true,
		"  Not applicable - no laptops":    true,
		"We have laptops":                  false,
		"Not applicable:   ":               false,
		"Not applicable: none\nmore notes": true,
	} {
		if HasNotApplicableReason(comment) != has {
			t.Errorf("HasNotApplicableReason(%q) = %v", comment, !has)
		}
	}
	if got := WithNotApplicableReason("", " no laptops "); got != "Not applicable: no laptops" {
		t.Errorf("got %q", got)
	}
	if got := WithNotApplicableReason("Checked with staff", "no laptops"); got != "Not applicable: no laptops\nChecked with staff" {
		t.Errorf("got %q", got)
	}
	if CheckNotApplicableReason("  ") == nil || CheckNotApplicableReason("no laptops") != nil || CheckNotApplicableReason("a\x07") == nil {
		t.Error("CheckNotApplicableReason accepts a blank reason or refuses a good one")
	}
}

func TestEditionsOfferTheICONumber(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	for _, ed := range b.Editions {
		if it := ed.Item("1.1.1"); it == nil || it.FromProfile != ProfileICO {
			t.Errorf("%s: 1.1.1 does not offer the ICO number from the profile", ed.ID)
		}
	}
}
