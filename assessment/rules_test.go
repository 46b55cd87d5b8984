package assessment

import (
	"strings"
	"testing"
	"time"
)

func TestCheckText(t *testing.T) {
	ok := []string{"", "plain", "two\nlines\tand a tab", "windows\r\nline ending", "emoji 👍🏽 and العربية and e\u0301", strings.Repeat("x", MaxLongText)}
	for _, s := range ok {
		if err := CheckText("Answer", s, MaxLongText); err != nil {
			t.Errorf("refused %.30q: %v", s, err)
		}
	}
	bad := map[string]string{
		"bell":           "a\x07b",
		"lone return":    "a\rb",
		"escape":         "\x1b[31m",
		"invalid UTF-8":  "a\xffb",
		"too long":       strings.Repeat("x", MaxLongText+1),
		"delete control": "a\x7fb",
	}
	for name, s := range bad {
		err := CheckText("Answer", s, MaxLongText)
		if ErrorCode(err) != EInvalid || !strings.HasPrefix(ErrorMessage(err), "Answer") {
			t.Errorf("%s: got %v, want an invalid-input message naming the field", name, err)
		}
	}
}

func TestProfileChecks(t *testing.T) {
	cases := []struct {
		name    string
		p       Profile
		field   string
		warning bool
	}{
		{"good profile", Profile{Name: "Rosewood House", ODSCode: "VR5W2", ICONumber: "ZA765432", CQCLocationID: "1-987654321"}, "", false},
		{"old ICO format", Profile{Name: "x", ICONumber: "Z1234567"}, "", false},
		{"lower case ICO is accepted", Profile{Name: "x", ICONumber: " za123456 "}, "", false},
		{"no name", Profile{}, FieldName, false},
		{"ICO too short", Profile{Name: "x", ICONumber: "ZA12345"}, FieldICO, false},
		{"ICO wrong letter", Profile{Name: "x", ICONumber: "AB123456"}, FieldICO, false},
		{"ODS with punctuation", Profile{Name: "x", ODSCode: "VR-5W2"}, FieldODS, false},
		{"head office ODS code warns", Profile{Name: "x", ODSCode: "AB123"}, FieldODS, true},
		{"odd CQC ID warns", Profile{Name: "x", CQCLocationID: "123"}, FieldCQC, true},
		{"expired CE+ warns", Profile{Name: "x", CEPlusExpiry: Day(today).AddDate(0, 0, -1)}, FieldCEPlusExp, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.p.Check(today)
			if c.field == "" {
				if len(got) != 0 {
					t.Errorf("problems %+v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0].Field != c.field || got[0].Warning != c.warning || got[0].Message == "" {
				t.Errorf("problems %+v, want one on %s (warning %v)", got, c.field, c.warning)
			}
		})
	}
}

func TestDatesAndRefs(t *testing.T) {
	if got := FormatDate(AddMonths(time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC), 1)); got != "2026-02-28" {
		t.Errorf("31 January + 1 month = %s", got)
	}
	if got := FormatDate(AddMonths(time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC), 36)); got != "2028-06-15" {
		t.Errorf("+36 months = %s", got)
	}
	if _, err := ParseDate("2026-02-30"); err == nil {
		t.Error("30 February was accepted")
	}
	order := []string{"1.1.1", "1.3.2", "1.3.12", "2.1.1", "10.1.2"}
	for i := 1; i < len(order); i++ {
		if !RefLess(order[i-1], order[i]) || RefLess(order[i], order[i-1]) {
			t.Errorf("%s should sort before %s", order[i-1], order[i])
		}
	}
}

func TestDraftActionsDoNotDuplicate(t *testing.T) {
	ed := smallEdition()
	for _, it := range ed.Items {
		it.Guidance.GoodAnswer = "Keep a log. Review it yearly. Share it with staff."
	}
	r := rec(allAS, action("2.1.1", "Sam", today, InProgress), action("3.1.1", "Sam", today, Done))
	p := Profile{SecurityLead: "Tom"}
	drafts := DraftActions(p, Evaluate(ed, p, r, today), r)
	var refs []string
	for _, a := range drafts {
		refs = append(refs, a.Ref)
		if a.Owner != "Tom" || a.Status != NotStarted || a.Action != "Keep a log. Review it yearly." || a.Gap == "" {
			t.Errorf("draft %+v", a)
		}
	}
	// 2.1.1 has an open action; 3.1.1's only action is done, so it gets a new one.
	if got := strings.Join(refs, ","); got != "3.1.1,3.2.1" {
		t.Errorf("drafts for %s, want 3.1.1,3.2.1", got)
	}
	r.Actions = append(r.Actions, drafts...)
	if again := DraftActions(p, Evaluate(ed, p, r, today), r); len(again) != 0 {
		t.Errorf("second run drafted %d more", len(again))
	}
}

func TestSortActions(t *testing.T) {
	d := func(n int) time.Time { return Day(today).AddDate(0, 0, n) }
	acts := []Action{
		{Ref: "3.1.1", TargetDate: d(5), Status: Done, Owner: "b"},
		{Ref: "10.1.2", Status: NotStarted, Owner: "a"},
		{Ref: "1.3.12", TargetDate: d(9), Status: InProgress, Owner: "C"},
		{Ref: "1.3.2", TargetDate: d(1), Status: NotStarted, Owner: "d"},
	}
	cases := map[ActionOrder]string{
		ByTargetDate: "1.3.2,1.3.12,10.1.2,3.1.1",
		ByRef:        "1.3.2,1.3.12,3.1.1,10.1.2",
		ByStatus:     "10.1.2,1.3.2,1.3.12,3.1.1",
		ByOwner:      "10.1.2,3.1.1,1.3.12,1.3.2",
	}
	for by, want := range cases {
		a := append([]Action(nil), acts...)
		SortActions(a, by)
		var got []string
		for _, x := range a {
			got = append(got, x.Ref)
		}
		if strings.Join(got, ",") != want {
			t.Errorf("by %s: %v, want %s", by, got, want)
		}
	}
}

func TestSearch(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	ed := b.Latest()
	first := func(q string) string {
		if r := Search(ed, q); len(r) > 0 {
			return r[0].Ref
		}
		return ""
	}
	for q, want := range map[string]string{"1.3.12": "1.3.12", "ICO": "1.1.1", "backups offline": "7.3.6", "WI-FI ROUTER": "9.1.1", "multi-factor": "4.5.3"} {
		if got := first(q); got != want {
			t.Errorf("Search(%q) first = %q, want %q", q, got, want)
		}
	}
	if len(Search(ed, "zzzz nothing")) != 0 || len(Search(ed, "   ")) != 0 {
		t.Error("nonsense or blank queries should find nothing")
	}
}

func TestActionSettleKeepsTheDoneDateInStep(t *testing.T) {
	done := Action{Status: Done}.Settle(today)
	if !done.DoneDate.Equal(Day(today)) {
		t.Errorf("done without a date: %v", done.DoneDate)
	}
	if back := (Action{Status: InProgress, DoneDate: today}).Settle(today); !back.DoneDate.IsZero() {
		t.Errorf("back in progress keeps done date %v", back.DoneDate)
	}
	earlier := Day(today).AddDate(0, 0, -5)
	if kept := (Action{Status: Done, DoneDate: earlier}).Settle(today); !kept.DoneDate.Equal(earlier) {
		t.Errorf("a recorded done date changed to %v", kept.DoneDate)
	}
}

func TestPublishableLevelsAndActionOwner(t *testing.T) {
	if got := (Profile{}).PublishableLevels(); len(got) != 3 || got[0] != ApproachingStandards {
		t.Errorf("never published: %v", got)
	}
	if got := (Profile{LastPublishedLevel: ApproachingStandards}).PublishableLevels(); len(got) != 2 || got[0] != StandardsMet {
		t.Errorf("published before: %v", got)
	}
	if LevelNamed("Standards Met") != StandardsMet || LevelNamed("Never") != NotReady {
		t.Error("LevelNamed")
	}
	if (Profile{RegisteredManager: "Grace"}).ActionOwner() != "Grace" || (Profile{RegisteredManager: "Grace", SecurityLead: "Tom"}).ActionOwner() != "Tom" {
		t.Error("ActionOwner")
	}
}

func TestCheckLocation(t *testing.T) {
	for _, tc := range []struct {
		kind EvidenceKind
		loc  string
		ok   bool
	}{
		{EvidencePaper, "Blue folder, office cabinet", true},
		{EvidencePaper, "  ", false},
		{EvidenceLink, "https://intranet.example.org/policies", true},
		{EvidenceLink, "Office cabinet", false},
		{EvidenceLink, "ftp://example.org/x", false},
		{EvidenceText, "Locks\x07", false},
	} {
		if err := CheckLocation(tc.kind, tc.loc); (err == nil) != tc.ok {
			t.Errorf("%s %q: %v", tc.kind, tc.loc, err)
		}
	}
}
