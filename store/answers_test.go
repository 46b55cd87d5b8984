package store

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// awkwardText is text that must come back byte for byte: emoji (with a
// zero-width joiner and a skin tone), right-to-left Arabic and Hebrew,
// combining marks, Windows line endings and tabs.
const awkwardText = "Backups checked 👩🏽‍💻 ✅\r\nنسخ احتياطي — גיבוי\n" +
	"e\u0301 n\u0303 a\u0308\u0323\tZalgo: Z\u0351\u0352\u0353o\u0354\n\u202Eright-to-left override\u202C and \u200Dzero width"

func TestAnswersRoundTripByteForByte(t *testing.T) {
	path := testDB(t)
	c := newClock()
	s := openAt(t, path, c)
	a, _ := s.Current(ctx)
	long := strings.Repeat("é", assessment.MaxLongText-len([]rune(awkwardText))) + awkwardText
	text := refOf(t, assessment.Text)
	want := assessment.Answer{Ref: text, Value: long, Comment: awkwardText, NotApplicable: false, NeedsReview: true}
	if err := s.SaveAnswer(ctx, a.ID, want); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openAt(t, path, c)
	r, err := s.Record(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := r.Answers[text]
	if got.Value != want.Value || got.Comment != want.Comment || !got.NeedsReview || got.NotApplicable {
		t.Errorf("the answer did not come back byte for byte (value %d bytes, want %d)", len(got.Value), len(want.Value))
	}
	if !got.UpdatedAt.Equal(c.Now().Truncate(1e9)) {
		t.Errorf("UpdatedAt = %v, want %v", got.UpdatedAt, c.Now())
	}
}

func TestAnswerTextIsChecked(t *testing.T) {
	s, a := openNew(t)
	text, tick, doc := refOf(t, assessment.Text), refOf(t, assessment.Tick), refOf(t, assessment.Document)
	cases := []struct {
		name string
		ans  assessment.Answer
		want string // part of the message
	}{
		{"too long", assessment.Answer{Ref: text, Value: strings.Repeat("a", assessment.MaxLongText+1)}, "too long"},
		{"bell in answer", assessment.Answer{Ref: text, Value: "ring\a"}, "control character (U+0007) at character 5"},
		{"escape in comment", assessment.Answer{Ref: text, Comment: "\x1b[31m"}, "The comment contains a hidden control character"},
		{"lone carriage return", assessment.Answer{Ref: text, Value: "a\rb"}, "U+000D"},
		{"invalid UTF-8", assessment.Answer{Ref: text, Value: "\xff\xfe"}, "not valid text"},
		{"tick with words", assessment.Answer{Ref: tick, Value: "yes"}, "tick to confirm"},
		{"document with words", assessment.Answer{Ref: doc, Value: "in the cabinet"}, "evidence locations"},
		{"unknown ref", assessment.Answer{Ref: "11.1.1", Value: "x"}, "no question \"11.1.1\""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := s.SaveAnswer(ctx, a.ID, tc.ans)
			wantCode(t, err, assessment.EInvalid)
			if !strings.Contains(assessment.ErrorMessage(err), tc.want) {
				t.Errorf("message %q does not say %q", assessment.ErrorMessage(err), tc.want)
			}
		})
	}
	r, _ := s.Record(ctx, a.ID)
	if len(r.Answers) != 0 {
		t.Errorf("refused saves wrote %d answers", len(r.Answers))
	}
	if err := s.SaveAnswer(ctx, 999, assessment.Answer{Ref: text}); assessment.ErrorCode(err) != assessment.ENotFound {
		t.Errorf("saving to a missing assessment: %v", err)
	}
}

func TestHistoryRecordsEachChangedFieldAndUndoes(t *testing.T) {
	s, a := openNew(t)
	ref := naRefOf(t, assessment.Text, true)
	save := func(an assessment.Answer) {
		t.Helper()
		if err := s.SaveAnswer(ctx, a.ID, an); err != nil {
			t.Fatal(err)
		}
	}
	save(assessment.Answer{Ref: ref, Value: "first"})
	save(assessment.Answer{Ref: ref, Value: "second", Comment: "why"})
	save(assessment.Answer{Ref: ref, Value: "second", Comment: "why"}) // unchanged: writes nothing
	save(assessment.Answer{Ref: ref, Value: "second", Comment: "why", NotApplicable: true})
	h, err := s.History(ctx, a.ID, ref)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"not_applicable false→true", "comment →why", "value first→second", "value →first"}
	if len(h) != len(want) {
		t.Fatalf("history has %d entries, want %d: %+v", len(h), len(want), h)
	}
	for i, c := range h {
		if got := c.Field + " " + c.Old + "→" + c.New; got != want[i] || c.Ref != ref || c.At.IsZero() {
			t.Errorf("history[%d] = %q at %v, want %q", i, got, c.At, want[i])
		}
	}
}

func TestRevertChangePutsTheOldValueBack(t *testing.T) {
	s, a := openNew(t)
	ref := naRefOf(t, assessment.Text, true)
	s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: "first"})
	s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: "overwritten by mistake", NotApplicable: true})
	h, _ := s.History(ctx, a.ID, ref) // not_applicable, value, value
	back, err := s.RevertChange(ctx, h[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if back.Value != "first" || !back.NotApplicable {
		t.Errorf("after undo: %+v", back)
	}
	h2, _ := s.History(ctx, a.ID, ref)
	if len(h2) != 4 || h2[0].Field != "value" || h2[0].Old != "overwritten by mistake" || h2[0].New != "first" {
		t.Errorf("the undo was not recorded in the history: %+v", h2[0])
	}
	if back, _ = s.RevertChange(ctx, h2[3].ID); back.Value != "" || !back.NotApplicable {
		t.Errorf("undoing the first save: %+v", back)
	}
	_, err = s.RevertChange(ctx, 12345)
	wantCode(t, err, assessment.ENotFound)
}

func TestUnchangedSaveWritesNothing(t *testing.T) {
	s, a := openNew(t)
	ref := refOf(t, assessment.Tick)
	if err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref}); err != nil {
		t.Fatal(err)
	}
	var n int
	s.db.QueryRow("SELECT (SELECT count(*) FROM answers) + (SELECT count(*) FROM answer_history)").Scan(&n)
	if n != 0 {
		t.Errorf("saving an empty answer wrote %d rows", n)
	}
}

func TestHistoryIsAppendOnly(t *testing.T) {
	s, a := openNew(t)
	ref := refOf(t, assessment.Tick)
	s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: assessment.TickConfirmed})
	if _, err := s.db.Exec("UPDATE answer_history SET new = 'forged'"); err == nil {
		t.Error("history could be edited")
	}
	if _, err := s.db.Exec("DELETE FROM answer_history"); err == nil {
		t.Error("history could be deleted while its assessment exists")
	}
}

func TestPublishedAssessmentIsLocked(t *testing.T) {
	s, a := openNew(t)
	ref := refOf(t, assessment.Document)
	ev, err := s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: ref, Kind: assessment.EvidencePaper, Location: "Office cabinet"})
	if err != nil {
		t.Fatal(err)
	}
	act, _ := s.SaveAction(ctx, a.ID, assessment.Action{Ref: ref, Action: "Scan it"})
	s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Comment: "see cabinet"})
	h, _ := s.History(ctx, a.ID, ref)
	on, _ := assessment.ParseDate("2026-06-20")
	if err := s.Publish(ctx, a.ID, on, assessment.StandardsMet); err != nil {
		t.Fatal(err)
	}
	writes := map[string]error{
		"answer":          s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Comment: "changed"}),
		"undo":            second(s.RevertChange(ctx, h[0].ID)),
		"add evidence":    second(s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: ref, Kind: assessment.EvidenceText, Location: "x"})),
		"remove evidence": s.RemoveEvidence(ctx, ev.ID),
		"save action":     second(s.SaveAction(ctx, a.ID, act)),
		"delete action":   s.DeleteAction(ctx, act.ID),
		"publish again":   s.Publish(ctx, a.ID, on, assessment.StandardsExceeded),
	}
	for name, err := range writes {
		if assessment.ErrorCode(err) != assessment.ELocked || !strings.Contains(assessment.ErrorMessage(err), "published on 20 June 2026") {
			t.Errorf("%s: %v, want ELocked", name, err)
		}
	}
	p, _ := s.Profile(ctx)
	if p.LastPublishedLevel != assessment.StandardsMet || !p.LastPublishedOn.Equal(on) {
		t.Errorf("profile after publishing: %v on %v", p.LastPublishedLevel, p.LastPublishedOn)
	}
	got, _ := s.Assessments(ctx)
	if !got[0].Locked() || got[0].PublishedLevel != assessment.StandardsMet || !got[0].PublishedOn.Equal(on) {
		t.Errorf("assessment after publishing: %+v", got[0])
	}
	if err := s.Publish(ctx, a.ID, on, assessment.NotReady); assessment.ErrorCode(err) != assessment.EInvalid {
		t.Errorf("publishing at Not ready: %v", err)
	}
}

func second[T any](_ T, err error) error { return err }

// The window saves on its goroutine while background work reads and backs up.
func TestConcurrentUse(t *testing.T) {
	s, a := openNew(t)
	refs := textRefs(t)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				if err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: refs[g], Value: fmt.Sprint(i)}); err != nil {
					t.Error(err)
				}
				if _, err := s.Record(ctx, a.ID); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	if _, err := s.BackupNow(ctx); err != nil {
		t.Error(err)
	}
	wg.Wait()
	r, _ := s.Record(ctx, a.ID)
	for g := range 4 {
		if r.Answers[refs[g]].Value != "9" {
			t.Errorf("%s = %q", refs[g], r.Answers[refs[g]].Value)
		}
	}
}

func TestAFullDiskGetsAPlainMessage(t *testing.T) {
	s, a := openNew(t)
	ctx := context.Background()
	var pages int
	if err := s.db.QueryRowContext(ctx, "PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, fmt.Sprintf("PRAGMA max_page_count = %d", pages)); err != nil {
		t.Fatal(err)
	}
	err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: "1.3.13", Value: strings.Repeat("locks ", 15000)})
	if !strings.Contains(assessment.ErrorMessage(err), "disk is full") {
		t.Errorf("a full database file gave %v", err)
	}
}

func TestNotApplicableIsRefusedWhereTheToolkitNeedsAnAnswer(t *testing.T) {
	s, a := openNew(t)
	ref := naRefOf(t, assessment.Tick, false)
	err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, NotApplicable: true})
	wantCode(t, err, assessment.EInvalid)
	if !strings.Contains(err.Error(), "cannot be marked Not applicable") {
		t.Errorf("message: %v", err)
	}
	if err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: naRefOf(t, assessment.Tick, true), NotApplicable: true}); err != nil {
		t.Errorf("an item that allows it: %v", err)
	}
}

func TestAnsweredAtMovesOnlyWhenTheAnswerChanges(t *testing.T) {
	c := newClock()
	s := openAt(t, testDB(t), c)
	a, _ := s.Current(ctx)
	ref := refOf(t, assessment.Text)
	answered := func() time.Time {
		t.Helper()
		r, err := s.Record(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		return r.Answers[ref].AnsweredAt
	}
	if err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: "95% trained"}); err != nil {
		t.Fatal(err)
	}
	given := answered()
	c.Add(48 * time.Hour)
	s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: "95% trained", Comment: "see the training record"})
	if got := answered(); !got.Equal(given) {
		t.Errorf("a comment moved the answer date from %v to %v", given, got)
	}
	c.Add(48 * time.Hour)
	s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: "97% trained", Comment: "see the training record"})
	if got := answered(); !got.After(given) {
		t.Errorf("a new answer kept the old date %v", got)
	}
}
