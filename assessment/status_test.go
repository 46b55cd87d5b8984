package assessment

import (
	"strings"
	"testing"
	"time"
)

var today = time.Date(2026, 3, 10, 15, 0, 0, 0, time.UTC)

// smallEdition has two AS items (a tick and a text) and three SM-only items
// (a document, a tick that allows N/A, a tick that does not).
func smallEdition() *Edition {
	g := &Group{ID: "g", Title: "Group"}
	mk := func(ref string, l Level, t AnswerType, na NAMode) *Item {
		it := &Item{Ref: ref, GroupID: "g", Level: l, Answer: t, NotApplicable: na, Short: "Item " + ref}
		g.Items = append(g.Items, it)
		return it
	}
	items := []*Item{
		mk("1.1.1", ApproachingStandards, Tick, NANone),
		mk("1.1.2", ApproachingStandards, Text, NAText),
		mk("2.1.1", StandardsMet, Document, NANone),
		mk("3.1.1", StandardsMet, Tick, NAComment),
		mk("3.2.1", StandardsMet, Tick, NANone),
	}
	ed := &Edition{ID: "2025-26", Groups: []*Group{g}, Items: items, byRef: map[string]*Item{}}
	for _, it := range items {
		ed.byRef[it.Ref] = it
	}
	return ed
}

// rec builds a record from compact answers: "tick", "text:...", "na", "review", "evidence".
func rec(answers map[string]string, actions ...Action) *Record {
	r := &Record{Answers: map[string]Answer{}, Actions: actions}
	for ref, spec := range answers {
		a := Answer{Ref: ref}
		for _, part := range strings.Split(spec, "+") {
			switch {
			case part == "tick":
				a.Value = TickConfirmed
			case strings.HasPrefix(part, "text:"):
				a.Value = strings.TrimPrefix(part, "text:")
			case part == "na":
				a.NotApplicable = true
			case part == "review":
				a.NeedsReview = true
			case part == "evidence":
				r.Evidence = append(r.Evidence, Evidence{Ref: ref, Kind: EvidencePaper, Location: "Blue folder"})
			}
		}
		r.Answers[ref] = a
	}
	return r
}

var allAS = map[string]string{"1.1.1": "tick", "1.1.2": "text:Locked cabinets"}

func withAS(more map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range allAS {
		out[k] = v
	}
	for k, v := range more {
		out[k] = v
	}
	return out
}

var allSM = withAS(map[string]string{"2.1.1": "evidence", "3.1.1": "tick", "3.2.1": "tick"})

func action(ref, owner string, target time.Time, st ActionStatus) Action {
	return Action{Ref: ref, Gap: "gap", Action: "do it", Owner: owner, TargetDate: target, Status: st}
}

func TestEvaluateLevels(t *testing.T) {
	next := Day(today).AddDate(0, 1, 0)
	cePlus := Profile{CEPlusExpiry: Day(today).AddDate(1, 0, 0)}
	expired := Profile{CEPlusExpiry: Day(today).AddDate(0, 0, -1)}
	publishedAS := Profile{LastPublishedLevel: ApproachingStandards, LastPublishedOn: Day(today).AddDate(-1, 0, 0)}
	coverAll := []Action{action("2.1.1", "Sam", next, NotStarted), action("3.1.1", "Sam", next, InProgress), action("3.2.1", "Sam", next, NotStarted)}
	cases := []struct {
		name      string
		profile   Profile
		record    *Record
		level     Level
		next      Level
		missing   []string // refs, "" for the CE+ gap
		asPercent string
	}{
		{"nothing answered", Profile{}, rec(nil), NotReady, ApproachingStandards,
			[]string{"1.1.1", "1.1.2", "2.1.1", "3.1.1", "3.2.1"}, "0 of 2"},
		{"blank text is not an answer", Profile{}, rec(withAS(map[string]string{"1.1.2": "text:  \n\t "}), coverAll...), NotReady, ApproachingStandards,
			[]string{"1.1.2"}, "1 of 2"},
		{"AS items done, SM gaps with actions", Profile{}, rec(allAS, coverAll...), ApproachingStandards, StandardsMet,
			[]string{"2.1.1", "3.1.1", "3.2.1"}, "2 of 2"},
		{"N/A on a text item that allows it", Profile{}, rec(withAS(map[string]string{"1.1.2": "na"}), coverAll...), ApproachingStandards, StandardsMet,
			[]string{"2.1.1", "3.1.1", "3.2.1"}, "2 of 2"},
		{"action without an owner does not cover", Profile{}, rec(allAS, action("2.1.1", "", next, NotStarted), coverAll[1], coverAll[2]), NotReady, ApproachingStandards,
			[]string{"2.1.1"}, "2 of 2"},
		{"action whose owner is only spaces does not cover", Profile{}, rec(allAS, action("2.1.1", "  \t", next, NotStarted), coverAll[1], coverAll[2]), NotReady, ApproachingStandards,
			[]string{"2.1.1"}, "2 of 2"},
		{"action without a date does not cover", Profile{}, rec(allAS, action("2.1.1", "Sam", time.Time{}, NotStarted), coverAll[1], coverAll[2]), NotReady, ApproachingStandards,
			[]string{"2.1.1"}, "2 of 2"},
		{"a done action does not cover an open gap", Profile{}, rec(allAS, action("2.1.1", "Sam", next, Done), coverAll[1], coverAll[2]), NotReady, ApproachingStandards,
			[]string{"2.1.1"}, "2 of 2"},
		{"earlier AS publication bars AS", publishedAS, rec(allAS, coverAll...), NotReady, StandardsMet,
			[]string{"2.1.1", "3.1.1", "3.2.1"}, "2 of 2"},
		{"all 45 done", Profile{}, rec(allSM), StandardsMet, StandardsExceeded, []string{""}, "2 of 2"},
		{"all done after an earlier AS publication", publishedAS, rec(allSM), StandardsMet, StandardsExceeded, []string{""}, "2 of 2"},
		{"all done with current CE+", cePlus, rec(allSM), StandardsExceeded, NotReady, nil, "2 of 2"},
		{"CE+ expiring today still counts", Profile{CEPlusExpiry: Day(today)}, rec(allSM), StandardsExceeded, NotReady, nil, "2 of 2"},
		{"expired CE+", expired, rec(allSM), StandardsMet, StandardsExceeded, []string{""}, "2 of 2"},
		{"CE+ without SM complete", cePlus, rec(allAS, coverAll...), ApproachingStandards, StandardsMet, []string{"2.1.1", "3.1.1", "3.2.1"}, "2 of 2"},
		{"N/A allowed on an SM tick", cePlus, rec(withAS(map[string]string{"2.1.1": "evidence", "3.1.1": "na", "3.2.1": "tick"})), StandardsExceeded, NotReady, nil, "2 of 2"},
		{"N/A not allowed is not complete", Profile{}, rec(withAS(map[string]string{"2.1.1": "evidence", "3.1.1": "tick", "3.2.1": "na"})), NotReady, ApproachingStandards, []string{"3.2.1"}, "2 of 2"},
		{"needs review is not complete", Profile{}, rec(withAS(map[string]string{"1.1.1": "tick+review"}), coverAll...), NotReady, ApproachingStandards, []string{"1.1.1"}, "1 of 2"},
		{"document item without evidence", Profile{}, rec(withAS(map[string]string{"3.1.1": "tick", "3.2.1": "tick"})), NotReady, ApproachingStandards, []string{"2.1.1"}, "2 of 2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := Evaluate(smallEdition(), c.profile, c.record, today)
			if s.Level != c.level || s.Next != c.next {
				t.Errorf("level %v, next %v; want %v, next %v", s.Level, s.Next, c.level, c.next)
			}
			var got []string
			for _, g := range s.Missing {
				got = append(got, g.Ref)
				if g.Problem == "" {
					t.Errorf("gap %q has no explanation", g.Ref)
				}
			}
			if strings.Join(got, ",") != strings.Join(c.missing, ",") {
				t.Errorf("missing %q, want %q", got, c.missing)
			}
			if s.AS.String() != c.asPercent {
				t.Errorf("AS progress %s, want %s", s.AS, c.asPercent)
			}
		})
	}
}

func TestEvaluateExplainsWhyASIsBarred(t *testing.T) {
	p := Profile{LastPublishedLevel: ApproachingStandards}
	s := Evaluate(smallEdition(), p, rec(nil), today)
	if !strings.Contains(s.Note, "only once") {
		t.Errorf("note %q should explain that AS is once only", s.Note)
	}
}

func TestPublishedASAssessmentKeepsItsLevel(t *testing.T) {
	r := rec(allAS, action("2.1.1", "Sam", today.AddDate(0, 1, 0), NotStarted),
		action("3.1.1", "Sam", today.AddDate(0, 1, 0), NotStarted), action("3.2.1", "Sam", today.AddDate(0, 1, 0), NotStarted))
	r.Assessment = Assessment{State: StatePublished, PublishedLevel: ApproachingStandards, PublishedOn: Day(today)}
	p := Profile{LastPublishedLevel: ApproachingStandards, LastPublishedOn: Day(today)}
	if s := Evaluate(smallEdition(), p, r, today); s.Level != ApproachingStandards {
		t.Errorf("a published AS assessment evaluates to %v", s.Level)
	}
}

func TestProgressPerGroupAndSummary(t *testing.T) {
	s := Evaluate(smallEdition(), Profile{}, rec(map[string]string{"1.1.1": "tick", "3.1.1": "na"}), today)
	g := s.Groups[0]
	if g.AS != (Progress{1, 2}) || g.SM != (Progress{2, 5}) {
		t.Errorf("group progress AS %v SM %v", g.AS, g.SM)
	}
	if want := "1 of 2 for Approaching Standards, 2 of 5 for Standards Met"; s.Summary() != want {
		t.Errorf("summary %q, want %q", s.Summary(), want)
	}
	if st, _ := s.Item("3.1.1"); st.State != ItemNotApplicable {
		t.Errorf("3.1.1 state %v, want N/A", st.State.Label())
	}
}
