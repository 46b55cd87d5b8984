package assessment

import (
	"fmt"
	"strings"
	"time"
)

// ItemState is what an item's list icon and the report show.
type ItemState int

// The states of an item.
const (
	ItemToDo ItemState = iota
	ItemDone
	ItemNotApplicable
	ItemNeedsReview
)

// Label returns the state as shown to people.
func (s ItemState) Label() string {
	switch s {
	case ItemDone:
		return "Done"
	case ItemNotApplicable:
		return "N/A"
	case ItemNeedsReview:
		return "Needs review"
	}
	return "To do"
}

// ItemStatus is the worked-out state of one item.
type ItemStatus struct {
	Item     *Item
	State    ItemState
	Complete bool
	// Problem says what is missing when the item is not complete.
	Problem string
}

// Progress counts complete items against the number needed.
type Progress struct{ Done, Total int }

// String writes the progress as "19 of 26".
func (p Progress) String() string { return fmt.Sprintf("%d of %d", p.Done, p.Total) }

// GroupProgress is one group's progress towards each level.
type GroupProgress struct {
	Group  *Group
	AS, SM Progress
}

// Gap is one thing missing for the next level. Ref is empty for a gap that is
// not a question (the Cyber Essentials Plus certificate).
type Gap struct {
	Ref     string
	Short   string
	Problem string
}

// Status is the worked-out state of an assessment.
type Status struct {
	Items  []ItemStatus // in edition order
	Groups []GroupProgress
	AS, SM Progress
	// Level is the highest level the assessment could be published at now.
	Level Level
	// Next is the level to aim for; NotReady when Standards Exceeded is reached.
	Next Level
	// Missing lists exactly what stands between Level and Next.
	Missing []Gap
	// Note explains a rule that shaped Next, such as Approaching Standards
	// being used once only; empty when there is nothing to explain.
	Note string

	byRef map[string]int
}

// Item returns the status of the item with the given reference.
func (s *Status) Item(ref string) (ItemStatus, bool) {
	i, ok := s.byRef[ref]
	if !ok {
		return ItemStatus{}, false
	}
	return s.Items[i], true
}

// Summary writes the progress as "19 of 26 for Approaching Standards, 31 of 45 for Standards Met".
func (s *Status) Summary() string {
	return fmt.Sprintf("%s for Approaching Standards, %s for Standards Met", s.AS, s.SM)
}

// StateOf works out one item's state from its answer and how many evidence
// locations it has.
func StateOf(it *Item, a Answer, evidence int) ItemStatus {
	st := ItemStatus{Item: it}
	switch {
	case a.NotApplicable && !it.NotApplicable.Allowed():
		st.Problem = "Marked \"Not applicable\", which this question does not allow: answer it instead"
		return st
	case a.NotApplicable:
		st.State, st.Complete = ItemNotApplicable, true
	default:
		st.Problem = answerProblem(it, a, evidence)
		if st.Problem != "" {
			return st
		}
		st.State, st.Complete = ItemDone, true
	}
	if a.NeedsReview {
		st.State, st.Complete = ItemNeedsReview, false
		st.Problem = "Carried forward from last year: confirm it still holds"
	}
	return st
}

// Answered reports whether a holds an answer of the item's type: a tick
// confirmed, written text that is not blank, or (for a document item) at
// least one evidence location. "Not applicable" is not an answer here.
func Answered(it *Item, a Answer, evidence int) bool { return answerProblem(it, a, evidence) == "" }

// The problems of a document question without evidence.
const (
	noEvidence   = "No evidence location added yet"
	lostEvidence = "Its evidence is missing: use \"Find it…\" on the evidence below, or add where it is kept now"
)

func answerProblem(it *Item, a Answer, evidence int) string {
	switch it.Answer {
	case Tick:
		if !a.Ticked() {
			return "Not yet confirmed"
		}
	case Text:
		if strings.TrimSpace(a.Value) == "" {
			return "No written answer yet"
		}
	case Document:
		if evidence == 0 {
			return noEvidence
		}
	}
	return ""
}

// Evaluate works out each item's state, the progress per group and overall,
// the highest level reachable today and what is missing for the next one.
// Every evidence location counts; see EvaluateFound.
func Evaluate(ed *Edition, p Profile, r *Record, today time.Time) *Status {
	return EvaluateFound(ed, p, r, today, nil)
}

// EvaluateFound is Evaluate with what a check of the evidence found (by
// Evidence.ID, from CheckAllEvidence): a location found missing or
// unusable does not count, so a document question whose only evidence has
// gone is not complete. Locations not in found count as present.
func EvaluateFound(ed *Edition, p Profile, r *Record, today time.Time, found map[int64]EvidenceCondition) *Status {
	s := &Status{byRef: map[string]int{}}
	counts, lost := map[string]int{}, map[string]int{}
	for _, e := range r.Evidence {
		if c, ok := found[e.ID]; ok && !c.Found() {
			lost[e.Ref]++
			continue
		}
		counts[e.Ref]++
	}
	for _, it := range ed.Items {
		s.byRef[it.Ref] = len(s.Items)
		st := StateOf(it, r.Answers[it.Ref], counts[it.Ref])
		if lost[it.Ref] > 0 && counts[it.Ref] == 0 && st.Problem == noEvidence {
			st.Problem = lostEvidence
		}
		s.Items = append(s.Items, st)
	}
	s.countProgress(ed)
	s.decideLevel(p, r, today)
	return s
}

func (s *Status) countProgress(ed *Edition) {
	for _, g := range ed.Groups {
		gp := GroupProgress{Group: g}
		for _, it := range g.Items {
			st, _ := s.Item(it.Ref)
			gp.AS.add(it.Level == ApproachingStandards, st.Complete)
			gp.SM.add(true, st.Complete)
		}
		s.AS.Done, s.AS.Total = s.AS.Done+gp.AS.Done, s.AS.Total+gp.AS.Total
		s.SM.Done, s.SM.Total = s.SM.Done+gp.SM.Done, s.SM.Total+gp.SM.Total
		s.Groups = append(s.Groups, gp)
	}
}

func (p *Progress) add(needed, complete bool) {
	if !needed {
		return
	}
	p.Total++
	if complete {
		p.Done++
	}
}

func (s *Status) decideLevel(p Profile, r *Record, today time.Time) {
	asAllowed := !p.HasPublished() ||
		(r.Assessment.Locked() && r.Assessment.PublishedLevel == ApproachingStandards)
	uncovered := s.uncoveredSM(r)
	switch {
	case s.SM.Done == s.SM.Total && p.CEPlusCurrent(today):
		s.Level, s.Next = StandardsExceeded, NotReady
	case s.SM.Done == s.SM.Total:
		s.Level, s.Next = StandardsMet, StandardsExceeded
		s.Missing = []Gap{cePlusGap(p)}
	case s.AS.Done == s.AS.Total && len(uncovered) == 0 && asAllowed:
		s.Level, s.Next = ApproachingStandards, StandardsMet
		s.Missing = s.incomplete(StandardsMet)
	case asAllowed:
		s.Level, s.Next = NotReady, ApproachingStandards
		s.Missing = append(s.incomplete(ApproachingStandards), uncovered...)
	default:
		s.Level, s.Next = NotReady, StandardsMet
		s.Missing = s.incomplete(StandardsMet)
		s.Note = fmt.Sprintf("Approaching Standards can be used only once. This organisation has published before (%s), so the next level is Standards Met.", p.LastPublishedLevel)
	}
}

// incomplete lists the items needed for level l that are not complete.
func (s *Status) incomplete(l Level) []Gap {
	var gaps []Gap
	for _, st := range s.Items {
		if st.Item.NeededFor(l) && !st.Complete {
			gaps = append(gaps, Gap{Ref: st.Item.Ref, Short: st.Item.Short, Problem: st.Problem})
		}
	}
	return gaps
}

// uncoveredSM lists the incomplete Standards Met items that no open action
// with an owner and a target date covers, each saying exactly what its
// plan lacks (see PlanProblem).
func (s *Status) uncoveredSM(r *Record) []Gap {
	var gaps []Gap
	for _, st := range s.Items {
		if st.Item.Level != StandardsMet || st.Complete {
			continue
		}
		if p := PlanProblem(r.ActionsFor(st.Item.Ref)); p != "" {
			gaps = append(gaps, Gap{Ref: st.Item.Ref, Short: st.Item.Short, Problem: p})
		}
	}
	return gaps
}

func cePlusGap(p Profile) Gap {
	g := Gap{Short: "Cyber Essentials Plus certificate"}
	if p.CEPlusExpiry.IsZero() {
		g.Problem = "No Cyber Essentials Plus certificate recorded in the organisation profile"
	} else {
		g.Problem = "The Cyber Essentials Plus certificate expired on " + HumanDate(p.CEPlusExpiry)
	}
	return g
}
