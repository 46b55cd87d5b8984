package assessment

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestEditionProblemsNameItemAndField(t *testing.T) {
	src := strings.Replace(validEdition(), `level = "SM"`, `level = "SE"`, 1)
	src = strings.Replace(src, `example = "b"`, `example = ""`, 1)
	_, err := ParseEdition([]byte(src))
	var ee *EditionError
	if !errors.As(err, &ee) || ErrorCode(err) != EInvalid {
		t.Fatalf("error = %v", err)
	}
	want := map[string]bool{"item 2 (2.1.1)/level": false, "item 1 (1.1.1)/guidance.example": false}
	for _, p := range ee.Problems {
		want[p.Where+"/"+p.Field] = true
	}
	for k, seen := range want {
		if !seen {
			t.Errorf("no problem for %s in %v", k, ee.Problems)
		}
	}
}

func TestEditionFileSyntaxErrorGivesItsLine(t *testing.T) {
	_, err := ParseEdition([]byte("edition = \"2030-31\"\ntitle = \"x\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error = %v", err)
	}
}

func TestRevisionDefaultsToOne(t *testing.T) {
	ed, err := ParseEdition([]byte(validEdition()))
	if err != nil || ed.Revision != 1 || ed.Source() != "built in, revision 1" {
		t.Fatalf("%v, %+v", err, ed)
	}
	_, err = ParseEdition([]byte("revision = 0\n" + validEdition()))
	if err == nil || !strings.Contains(err.Error(), "field revision") {
		t.Errorf("revision 0: %v", err)
	}
}

func TestBankWithAddedEditions(t *testing.T) {
	parse := func(rev string) *Edition {
		ed, err := ParseEdition([]byte("revision = " + rev + "\n" + validEdition()))
		if err != nil {
			t.Fatal(err)
		}
		return ed
	}
	built := &Bank{Editions: []*Edition{parse("2")}}
	if err := built.CheckNew(parse("2")); ErrorCode(err) != EConflict || !strings.Contains(err.Error(), "revision 2 (built in") {
		t.Errorf("same revision: %v", err)
	}
	if err := built.CheckNew(parse("1")); ErrorCode(err) != EConflict {
		t.Errorf("lower revision: %v", err)
	}
	higher := parse("3")
	higher.Origin = &EditionOrigin{FileName: "2030-31.toml", AddedAt: time.Date(2030, 9, 3, 9, 0, 0, 0, time.Local)}
	if err := built.CheckNew(higher); err != nil {
		t.Fatal(err)
	}
	b := built.With([]*Edition{higher, parse("1")})
	if got := b.Edition("2030-31").Source(); got != "added from 2030-31.toml on 3 September 2030, revision 3" {
		t.Errorf("in use: %s", got)
	}
	if built.Edition("2030-31").Revision != 2 {
		t.Error("With changed the bank it was called on")
	}
}

func TestNewYearNote(t *testing.T) {
	b := &Bank{Editions: []*Edition{{ID: "2026-27"}}}
	if got := b.NewYearNote(time.Date(2027, 8, 31, 12, 0, 0, 0, time.UTC)); got != "" {
		t.Errorf("before September: %q", got)
	}
	got := b.NewYearNote(time.Date(2027, 9, 1, 9, 0, 0, 0, time.UTC))
	for _, want := range []string{"2027-28", "2027-28.toml", "Add a toolkit edition from a file"} {
		if !strings.Contains(got, want) {
			t.Errorf("note %q does not mention %q", got, want)
		}
	}
}

func TestWhatToCompareSpeaksOfTheLiveToolkitOnly(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	for _, ed := range b.Editions {
		for _, it := range ed.Items {
			if it.Confidence == Confirmed {
				continue
			}
			text := it.WhatToCompare()
			for _, source := range []string{"GP", "data file", "source", "recalled", "2020-21", "worked out"} {
				if strings.Contains(text, source) {
					t.Errorf("%s %s: %q speaks of %q", ed.ID, it.Ref, text, source)
				}
			}
			if !strings.Contains(text, "live toolkit") {
				t.Errorf("%s %s: %q", ed.ID, it.Ref, text)
			}
		}
	}
}

func TestWordingChecksCarryWhereTheQuestionIsUnchanged(t *testing.T) {
	from, _ := ParseEdition([]byte(validEdition()))
	changed := strings.NewReplacer(`edition = "2030-31"`, `edition = "2031-32"`, `live_from = "2030-09-01"`, `live_from = "2031-09-01"`).Replace(validEdition())
	changed = strings.Replace(changed, `question = "Question?"`, `question = "A new question?"`, 1) // 1.1.1
	to, err := ParseEdition([]byte(changed))
	if err != nil {
		t.Fatal(err)
	}
	last := &Record{Answers: map[string]Answer{}, Wording: map[string]WordingCheck{
		"1.1.1": {Ref: "1.1.1", State: WordingMatches},
		"2.1.1": {Ref: "2.1.1", State: WordingDiffers, LiveWording: "Live?"},
	}}
	got := CarryForward(last, from, to).Record.Wording
	if _, ok := got["1.1.1"]; ok || got["2.1.1"].LiveWording != "Live?" {
		t.Errorf("carried %+v", got)
	}
	r := &Record{Wording: got}
	it := to.Item("1.1.1")
	it.Confidence = Unconfirmed
	if !r.WordingToCheck(it) {
		t.Error("a changed question is not to be checked again")
	}
}

// TestWordingChecksAreNotCarriedWhereTheLevelOrAnswerChanged: the manager
// compared the level and the kind of answer too, so a check made against a
// question that now needs another level or answer is asked again.
func TestWordingChecksAreNotCarriedWhereTheLevelOrAnswerChanged(t *testing.T) {
	from, _ := ParseEdition([]byte(validEdition()))
	to, _ := ParseEdition([]byte(validEdition()))
	to.Item("1.1.1").Level = StandardsMet
	to.Item("2.1.1").Answer = Text
	last := &Record{Answers: map[string]Answer{}, Wording: map[string]WordingCheck{
		"1.1.1": {Ref: "1.1.1", State: WordingMatches},
		"2.1.1": {Ref: "2.1.1", State: WordingMatches},
	}}
	if got := CarryForward(last, from, to).Record.Wording; len(got) != 0 {
		t.Errorf("carried %+v", got)
	}
	same := CarryForward(last, from, from).Record.Wording
	if len(same) != 2 {
		t.Errorf("an unchanged edition carried %+v", same)
	}
}
