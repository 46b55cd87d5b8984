package assessment

import (
	"strings"
	"testing"
	"time"
)

func TestCheckICONumberAcceptsTheRegisterFormats(t *testing.T) {
	for _, tc := range []struct {
		name, number string
		ok           bool
	}{
		{"blank", "", true},
		{"Z and seven digits", "Z1234567", true},
		{"Z, a letter and six digits", "ZA123456", true},
		{"lower case, with spaces around", " zb765432 ", true},
		{"eleven digits starting 000", "00012435532", true},
		{"another numeric number", "00015347950", true},
		{"numeric, a digit short", "0001243553", false},
		{"numeric, a digit too many", "000124355321", false},
		{"eleven digits that are a phone number", "01632960123", false},
		{"numeric with a letter O for a zero", "O0012435532", false},
		{"Z format, a digit short", "ZA12345", false},
		{"Z format with a letter O for a zero", "ZA12345O", false},
		{"wrong first letter", "AB123456", false},
		{"a CQC location ID", "1-987654321", false},
		{"an ODS code", "VR5W2", false},
		{"space inside", "ZA 123456", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := CheckICONumber(tc.number)
			if (p == nil) != tc.ok {
				t.Fatalf("CheckICONumber(%q) = %v, want ok=%v", tc.number, p, tc.ok)
			}
			if p != nil && (p.Warning || !strings.Contains(p.Message, "00012345678")) {
				t.Errorf("the message should name both formats and not be a mere warning: %+v", p)
			}
		})
	}
}

// correctedEditions are the editions that carry the guidance reviewed in December 2026.
var correctedEditions = []string{"2025-26", "2026-27"}

func TestCorrectedNotApplicableModes(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		mode   NAMode
		phrase string // in the item's "Not applicable" guidance
	}{
		"6.1.3":  {NAComment, "no breach likely to result in a high risk"},
		"3.2.1":  {NANone, "publish at that level once only"},
		"9.5.2":  {NAComment, "equivalent security arrangements"},
		"1.4.2":  {NAComment, "write \"Not applicable\" in the comments"},
		"8.1.4":  {NAComment, "no IT systems"},
		"10.2.1": {NAComment, "no IT systems"},
		"9.1.1":  {NAComment, "no network"},
		"4.5.3":  {NANone, "approved exception"},
		"6.1.1":  {NANone, "does not offer"},
		"1.1.1":  {NANone, "does not offer"},
		"1.2.4":  {NANone, "does not offer"},
		"7.3.2":  {NANone, "does not offer"},
		"8.3.5":  {NANone, "does not offer"},
	}
	for _, id := range correctedEditions {
		ed := b.Edition(id)
		if ed == nil {
			t.Errorf("edition %s is missing", id)
			continue
		}
		for ref, w := range want {
			it := ed.Item(ref)
			if it == nil {
				t.Errorf("%s: no item %s", id, ref)
				continue
			}
			if it.NotApplicable != w.mode {
				t.Errorf("%s %s: not_applicable = %q, want %q", id, ref, it.NotApplicable, w.mode)
			}
			if !strings.Contains(it.Guidance.NotApplicable, w.phrase) {
				t.Errorf("%s %s: the Not applicable guidance lacks %q: %s", id, ref, w.phrase, it.Guidance.NotApplicable)
			}
		}
	}
}

func TestCorrectedGuidanceSaysWhatTheSourcesSay(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"8.3.5":  {"critical or high risk", "7 or more", "does not say how serious"},
		"6.1.1":  {"incident reporting tool", "rights and freedoms", "72 hours", "write the reasons"},
		"8.1.4":  {"23H2", "24H2", "check the version"},
		"1.1.1":  {"exactly as the ICO's online register", "11 digits starting 000"},
		"1.2.4":  {"provided, arranged or funded", "council or the NHS"},
		"10.2.1": {"Cyber Essentials", "ISO 27001", "Digital Marketplace", "completed this toolkit"},
		"4.5.3":  {"significant operational reason", "senior management", "in your answer"},
		"7.3.2":  {"phone numbers and email addresses"},
		"9.1.1":  {"work from home are not included"},
		"6.1.3":  {"high risk"},
	}
	for _, id := range correctedEditions {
		ed := b.Edition(id)
		if ed == nil {
			continue // reported by TestCorrectedNotApplicableModes
		}
		for ref, phrases := range want {
			text := ed.Item(ref).Guidance.text()
			for _, p := range phrases {
				if !strings.Contains(text, p) {
					t.Errorf("%s %s: guidance lacks %q", id, ref, p)
				}
			}
		}
		if strings.Contains(ed.Item("10.2.1").Guidance.text(), "Standards Met") {
			t.Errorf("%s 10.2.1: a supplier's toolkit need not be at Standards Met", id)
		}
		if q := ed.Item("1.4.2").Question; strings.Contains(q, "…") || !strings.HasSuffix(q, ".") {
			t.Errorf("%s 1.4.2: the question is cut off: %q", id, q)
		}
	}
}

func TestShortfallAdviceFollowsThePublicationHistory(t *testing.T) {
	sm := &Item{Ref: "3.2.1", Level: StandardsMet}
	as := &Item{Ref: "1.1.1", Level: ApproachingStandards}
	june := time.Date(2025, 6, 24, 0, 0, 0, 0, time.UTC)
	inProgress := Assessment{State: StateInProgress}
	for _, tc := range []struct {
		name    string
		it      *Item
		p       Profile
		a       Assessment
		want    string // "" means no advice
		without string
	}{
		{"never published", sm, Profile{}, inProgress, "can publish once at Approaching Standards", "no action plan"},
		{"published at Approaching Standards", sm, Profile{LastPublishedLevel: ApproachingStandards, LastPublishedOn: june}, inProgress, "published at Approaching Standards on 24 June 2025", "can publish once"},
		{"published at Standards Met", sm, Profile{LastPublishedLevel: StandardsMet, LastPublishedOn: june}, inProgress, "(Standards Met on 24 June 2025)", "can publish once"},
		{"date not known", sm, Profile{LastPublishedLevel: ApproachingStandards}, inProgress, "Approaching Standards. That level", " on "},
		{"an Approaching Standards question", as, Profile{}, inProgress, "", ""},
		{"a published assessment", sm, Profile{}, Assessment{State: StatePublished}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ShortfallAdvice(tc.it, tc.p, tc.a)
			if tc.want == "" {
				if got != "" {
					t.Errorf("want no advice, got %q", got)
				}
				return
			}
			if !strings.Contains(got, tc.want) || (tc.without != "" && strings.Contains(got, tc.without)) {
				t.Errorf("got %q, want it to contain %q and not %q", got, tc.want, tc.without)
			}
		})
	}
}
