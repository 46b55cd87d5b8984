package assessment

import (
	"testing"
	"time"
)

func TestPlanProblemSaysExactlyWhatIsMissing(t *testing.T) {
	next := Day(today).AddDate(0, 1, 0)
	draft := action("3.2.1", "Ayesha", next, NotStarted)
	draft.Draft = true
	cases := []struct {
		name    string
		actions []Action
		want    string
	}{
		{"no action", nil, "Not done, and no action planned"},
		{"only a done action", []Action{action("3.2.1", "Ayesha", next, Done)}, "Not done, and no action planned"},
		{"owner, no date", []Action{action("3.2.1", "Ayesha", time.Time{}, NotStarted)}, "Not done: its action has no target date"},
		{"date, no owner", []Action{action("3.2.1", " ", next, NotStarted)}, "Not done: its action has no owner"},
		{"neither", []Action{action("3.2.1", "", time.Time{}, InProgress)}, "Not done: its action has no owner and no target date"},
		{"a draft", []Action{draft}, "Not done: its action is still a draft (write or change it to plan it)"},
		{"the nearest of two", []Action{action("3.2.1", "", time.Time{}, NotStarted), action("3.2.1", "Ayesha", time.Time{}, NotStarted)}, "Not done: its action has no target date"},
		{"planned", []Action{action("3.2.1", "", time.Time{}, NotStarted), action("3.2.1", "Ayesha", next, NotStarted)}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := PlanProblem(c.actions); got != c.want {
				t.Errorf("PlanProblem = %q, want %q", got, c.want)
			}
		})
	}
}

func TestWhatIsMissingNamesTheMissingDate(t *testing.T) {
	ed := smallEdition()
	r := rec(allAS, action("2.1.1", "Ayesha", time.Time{}, NotStarted))
	s := Evaluate(ed, Profile{}, r, today)
	for _, g := range s.Missing {
		if g.Ref == "2.1.1" && g.Problem != "Not done: its action has no target date" {
			t.Errorf("2.1.1 missing: %q", g.Problem)
		}
	}
}

func TestDraftsDoNotCoverAndAreCounted(t *testing.T) {
	ed := smallEdition()
	r := rec(allAS)
	r.Actions = DraftActions(Profile{RegisteredManager: "Ayesha"}, Evaluate(ed, Profile{}, r, today), r)
	if len(r.Actions) != 3 {
		t.Fatalf("%d drafts, want 3", len(r.Actions))
	}
	for i := range r.Actions {
		if !r.Actions[i].Draft {
			t.Errorf("%s: not marked a draft", r.Actions[i].Ref)
		}
		r.Actions[i].TargetDate = Day(today).AddDate(0, 1, 0)
	}
	if s := Evaluate(ed, Profile{}, r, today); s.Level != NotReady {
		t.Errorf("drafts with dates reach %s; a draft is not a plan", s.Level)
	}
	r.Actions = append(r.Actions, action("2.1.1", "x", time.Time{}, Done))
	if n := DraftQuestions(r.Actions); n != 3 {
		t.Errorf("DraftQuestions = %d, want 3", n)
	}
	if n := len(PlannedActions(r.Actions)); n != 1 {
		t.Errorf("PlannedActions = %d, want the 1 action that is not a draft", n)
	}
}

func TestSettledActions(t *testing.T) {
	ed := smallEdition()
	r := rec(withAS(map[string]string{"3.1.1": "tick"}),
		action("3.1.1", "a", time.Time{}, NotStarted), action("3.1.1", "b", time.Time{}, Done),
		action("3.2.1", "c", time.Time{}, NotStarted), action("", "d", time.Time{}, NotStarted))
	s := Evaluate(ed, Profile{}, r, today)
	got := SettledActions(s, r, "3.1.1")
	if len(got) != 1 || got[0].Owner != "a" {
		t.Errorf("settled for 3.1.1 = %+v, want the one open action", got)
	}
	if Settled(s, r.Actions[2]) || Settled(s, r.Actions[3]) {
		t.Error("an action for an incomplete question, or for no question, is not settled")
	}
}

func TestGivenOn(t *testing.T) {
	ed := smallEdition()
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	ev := []Evidence{{Ref: "2.1.1", AddedAt: day(2)}, {Ref: "2.1.1", AddedAt: day(5)}}
	cases := []struct {
		name string
		ref  string
		a    Answer
		ev   []Evidence
		want time.Time
	}{
		{"tick", "1.1.1", Answer{Value: TickConfirmed, UpdatedAt: day(9), AnsweredAt: day(3)}, nil, day(3)},
		{"answer saved before answered_at", "1.1.1", Answer{Value: TickConfirmed, UpdatedAt: day(4)}, nil, day(4)},
		{"not applicable", "3.1.1", Answer{NotApplicable: true, AnsweredAt: day(6)}, nil, day(6)},
		{"document answered by evidence only (no answer row)", "2.1.1", Answer{}, ev, day(5)},
		{"not answered", "1.1.2", Answer{Comment: "later", AnsweredAt: day(7)}, nil, time.Time{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := GivenOn(ed.Item(c.ref), c.a, c.ev); !got.Equal(c.want) {
				t.Errorf("GivenOn = %v, want %v", got, c.want)
			}
		})
	}
}

func TestNothingRecorded(t *testing.T) {
	if !NothingRecorded(Answer{Value: " "}, 0) {
		t.Error("a blank answer is nothing recorded")
	}
	for name, a := range map[string]Answer{"comment": {Comment: "x"}, "na": {NotApplicable: true}, "value": {Value: "x"}} {
		if NothingRecorded(a, 0) {
			t.Errorf("%s counts as nothing recorded", name)
		}
	}
	if NothingRecorded(Answer{}, 1) {
		t.Error("evidence counts as something recorded")
	}
}

func TestMissingCountSaysWhatItCounts(t *testing.T) {
	cases := map[string][]Gap{
		"2 questions":                  {{Ref: "1.1.1"}, {Ref: "1.1.2"}},
		"1 thing":                      {{Short: "Cyber Essentials Plus certificate"}},
		"1 question and 1 other thing": {{Ref: "1.1.1"}, {}},
		"0 things":                     nil,
	}
	for want, gaps := range cases {
		if got := MissingCount(gaps); got != want {
			t.Errorf("MissingCount = %q, want %q", got, want)
		}
	}
}
