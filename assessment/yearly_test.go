package assessment

import (
	"strings"
	"testing"
	"time"
)

// nextEdition drops 3.2.1, adds 4.1.1, and turns 1.1.1 from a tick into text.
func nextEdition() *Edition {
	ed := smallEdition()
	ed.ID = "2026-27"
	g := ed.Groups[0]
	var items []*Item
	for _, it := range ed.Items {
		if it.Ref != "3.2.1" {
			items = append(items, it)
		}
	}
	items[0] = &Item{Ref: "1.1.1", GroupID: "g", Level: ApproachingStandards, Answer: Text, Short: "Item 1.1.1 reworded"}
	items = append(items, &Item{Ref: "4.1.1", GroupID: "g", Level: StandardsMet, Answer: Tick, Short: "New item"})
	g.Items = items
	ed.Items = items
	ed.byRef = map[string]*Item{}
	for _, it := range items {
		ed.byRef[it.Ref] = it
	}
	return ed
}

func TestCarryForward(t *testing.T) {
	last := rec(map[string]string{"1.1.1": "tick", "1.1.2": "text:Locked cabinets", "2.1.1": "evidence", "3.1.1": "na", "3.2.1": "tick+evidence"},
		action("2.1.1", "Sam", today, InProgress), action("1.1.2", "Sam", today, Done), action("3.2.1", "Sam", today, NotStarted))
	last.Answers["1.1.2"] = Answer{Ref: "1.1.2", Value: "Locked cabinets", Comment: "see plan", UpdatedAt: today}
	c := CarryForward(last, smallEdition(), nextEdition())
	got := c.Record
	for _, ref := range []string{"1.1.1", "1.1.2", "2.1.1", "3.1.1"} {
		if !got.Answers[ref].NeedsReview {
			t.Errorf("%s not flagged for review", ref)
		}
	}
	if a := got.Answers["1.1.2"]; a.Value != "Locked cabinets" || a.Comment != "see plan" || !a.UpdatedAt.Equal(today) {
		t.Errorf("1.1.2 carried as %+v", a)
	}
	if a := got.Answers["1.1.1"]; a.Value != "" || !strings.Contains(a.Comment, "Last year's answer") {
		t.Errorf("1.1.1 changed type; carried as %+v", a)
	}
	if !got.Answers["3.1.1"].NotApplicable {
		t.Error("N/A was not carried")
	}
	if _, ok := got.Answers["3.2.1"]; ok {
		t.Error("3.2.1 is not in the new edition but its answer was carried")
	}
	if len(got.Evidence) != 1 || got.Evidence[0].Ref != "2.1.1" || got.Evidence[0].ID != 0 {
		t.Errorf("evidence carried: %+v", got.Evidence)
	}
	if len(got.Actions) != 2 || got.Actions[0].Ref != "2.1.1" || got.Actions[1].Ref != "" ||
		!strings.Contains(got.Actions[1].Notes, "Carried from question 3.2.1") {
		t.Errorf("actions carried: %+v (the open ones; 3.2.1's as a general action)", got.Actions)
	}
	if len(c.Removed) != 1 || c.Removed[0].Ref != "3.2.1" || len(c.New) != 1 || c.New[0].Ref != "4.1.1" {
		t.Errorf("removed %v, new %v", refs(c.Removed), refs(c.New))
	}
	if last.Answers["1.1.2"].NeedsReview || len(last.Evidence) != 2 {
		t.Error("carrying forward changed last year's record")
	}
}

func TestCarryForwardListsAQuestionThatWentWithOnlyAnActionOnIt(t *testing.T) {
	last := rec(map[string]string{}, action("3.2.1", "Sam", today, NotStarted))
	c := CarryForward(last, smallEdition(), nextEdition())
	if len(c.Removed) != 1 || c.Removed[0].Ref != "3.2.1" {
		t.Errorf("removed %v, want 3.2.1: its open action must not vanish unseen", refs(c.Removed))
	}
	if len(c.Record.Actions) != 1 {
		t.Errorf("actions carried: %+v", c.Record.Actions)
	}
}

func TestCarriedNotApplicableWhereNoLongerAllowedIsNoted(t *testing.T) {
	was := &Item{Ref: "3.1.1", Answer: Tick, NotApplicable: NAComment}
	now := &Item{Ref: "3.1.1", Answer: Tick, NotApplicable: NANone}
	a := carryAnswer(Answer{Ref: "3.1.1", NotApplicable: true}, was, now)
	if a.NotApplicable || !strings.Contains(a.Comment, "marked Not applicable") || !a.NeedsReview {
		t.Errorf("carried as %+v", a)
	}
}

func refs(items []*Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Ref)
	}
	return out
}

func TestReviewBy(t *testing.T) {
	it := &Item{Ref: "3.1.1", ReviewMonths: 12}
	jan := time.Date(2025, 1, 20, 9, 0, 0, 0, time.UTC)
	mar := time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		a    Answer
		ev   []Evidence
		want string
	}{
		{"nothing recorded", Answer{}, nil, ""},
		{"answer date", Answer{Value: TickConfirmed, UpdatedAt: jan}, nil, "2026-01-20"},
		{"given, not last touched", Answer{Value: TickConfirmed, AnsweredAt: jan, UpdatedAt: mar}, nil, "2026-01-20"},
		{"newest evidence wins", Answer{Value: TickConfirmed, UpdatedAt: mar}, []Evidence{{Kind: EvidencePaper, AddedAt: jan}}, "2026-01-20"},
		{"a file's own date", Answer{}, []Evidence{{Kind: EvidenceFile, AddedAt: mar, File: FileFingerprint{ModTime: jan}}}, "2026-01-20"},
	}
	for _, c := range cases {
		if got := FormatDate(ReviewBy(it, c.a, c.ev)); got != c.want {
			t.Errorf("%s: review by %q, want %q", c.name, got, c.want)
		}
	}
	if !ReviewBy(&Item{}, Answer{Value: "x", UpdatedAt: jan}, nil).IsZero() {
		t.Error("an item with no review period has a review date")
	}
}

func TestReviewsDue(t *testing.T) {
	ed := smallEdition()
	ed.Items[0].ReviewMonths, ed.Items[1].ReviewMonths, ed.Items[3].ReviewMonths = 12, 12, 12
	r := rec(nil)
	r.Answers["1.1.1"] = Answer{Value: TickConfirmed, UpdatedAt: Day(today).AddDate(-1, 0, -3)} // overdue
	r.Answers["1.1.2"] = Answer{Value: "x", UpdatedAt: Day(today).AddDate(-1, 1, 0)}            // due in a month
	r.Answers["3.1.1"] = Answer{Value: TickConfirmed, UpdatedAt: Day(today).AddDate(0, -6, 0)}  // not due yet
	due := ReviewsDue(ed, r, today)
	if len(due) != 2 || due[0].Item.Ref != "1.1.1" || !due[0].Overdue || due[1].Item.Ref != "1.1.2" || due[1].Overdue {
		t.Errorf("due %+v", due)
	}
}

func TestCompare(t *testing.T) {
	last := rec(map[string]string{"1.1.1": "tick", "1.1.2": "text:old", "3.2.1": "tick"})
	this := rec(map[string]string{"1.1.1": "tick", "1.1.2": "text:new", "4.1.1": "tick"})
	this.Answers["1.1.1"] = Answer{Ref: "1.1.1", Value: "Now written"}
	rows := Compare(smallEdition(), last, nextEdition(), this, Profile{}, today)
	byRef := map[string]Comparison{}
	for _, c := range rows {
		byRef[c.Ref] = c
	}
	if c := byRef["1.1.2"]; c.Last != ItemDone || c.This != ItemDone || strings.Join(c.Changes, ",") != "answer changed" {
		t.Errorf("1.1.2: %+v", c)
	}
	if c := byRef["4.1.1"]; c.InLast || !c.InThis || c.Changes[0] != "new question this year" {
		t.Errorf("4.1.1: %+v", c)
	}
	if c := byRef["3.2.1"]; !c.InLast || c.InThis || c.Changes[0] != "no longer asked" {
		t.Errorf("3.2.1: %+v", c)
	}
	if c := byRef["2.1.1"]; c.Last != ItemToDo || c.This != ItemToDo || len(c.Changes) != 0 {
		t.Errorf("2.1.1 unchanged: %+v", c)
	}
	if len(rows) != 6 {
		t.Errorf("%d rows, want 5 items this year and 1 dropped", len(rows))
	}
}

func TestTouchRenewsTheAnswerDateOnlyForANewAnswer(t *testing.T) {
	jan := time.Date(2026, 1, 20, 9, 0, 0, 0, time.UTC)
	jun := time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)
	prev := Answer{Ref: "3.1.1", Value: "95%", UpdatedAt: jan, AnsweredAt: jan}
	commented := Answer{Ref: "3.1.1", Value: "95%", Comment: "checked"}.Touch(prev, jun)
	if !commented.AnsweredAt.Equal(jan) || !commented.UpdatedAt.Equal(jun) {
		t.Errorf("a comment: answered %v, updated %v", commented.AnsweredAt, commented.UpdatedAt)
	}
	carried := prev
	carried.NeedsReview = true
	if got := (Answer{Ref: "3.1.1", Value: "95%", NeedsReview: true, Comment: "x"}).Touch(carried, jun); !got.AnsweredAt.Equal(jan) {
		t.Error("a comment on a carried answer still to review renewed its date")
	}
	if got := (Answer{Ref: "3.1.1", Value: "95%"}).Touch(carried, jun); !got.AnsweredAt.Equal(jun) {
		t.Error("confirming a carried answer still holds gives it afresh, so its date should move")
	}
	for _, a := range []Answer{{Ref: "3.1.1", Value: "97%"}, {Ref: "3.1.1", Value: "95%", NotApplicable: true}} {
		if got := a.Touch(prev, jun); !got.AnsweredAt.Equal(jun) {
			t.Errorf("%+v kept the old answer date", a)
		}
	}
	if got := (Answer{Ref: "3.1.1", Comment: "first note"}).Touch(Answer{}, jun); !got.AnsweredAt.Equal(jun) {
		t.Error("a first save should set the answer date")
	}
}
