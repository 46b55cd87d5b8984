package assessment

import (
	"fmt"
	"time"
)

// Comparison is one item's state last year beside this year's.
type Comparison struct {
	Ref, Short string
	// InLast is false for an item that is new this year; InThis is false
	// for one that last year's edition had and this year's does not.
	InLast, InThis bool
	Last, This     ItemState
	// Changes says in words what changed, such as "answer changed".
	Changes []string
}

// Compare sets last year's assessment beside this year's, item by item:
// this year's items in walkthrough order, then any that were dropped.
func Compare(lastEd *Edition, last *Record, thisEd *Edition, this *Record, p Profile, today time.Time) []Comparison {
	ls := Evaluate(lastEd, p, last, today)
	ts := Evaluate(thisEd, p, this, today)
	var out []Comparison
	for _, it := range thisEd.Ordered() {
		c := Comparison{Ref: it.Ref, Short: it.Short, InThis: true}
		c.This = stateIn(ts, it.Ref)
		if lastEd.Item(it.Ref) != nil {
			c.InLast, c.Last = true, stateIn(ls, it.Ref)
			c.Changes = changes(last, this, it.Ref, c.Last, c.This)
		} else {
			c.Changes = []string{"new question this year"}
		}
		out = append(out, c)
	}
	for _, it := range lastEd.Ordered() {
		if thisEd.Item(it.Ref) == nil {
			out = append(out, Comparison{Ref: it.Ref, Short: it.Short, InLast: true, Last: stateIn(ls, it.Ref),
				Changes: []string{"no longer asked"}})
		}
	}
	return out
}

func stateIn(s *Status, ref string) ItemState {
	st, _ := s.Item(ref)
	return st.State
}

// changes describes what differs between the two years for one item.
func changes(last, this *Record, ref string, was, now ItemState) []string {
	var out []string
	if was != now {
		out = append(out, fmt.Sprintf("was %s, now %s", was.Label(), now.Label()))
	}
	a, b := last.Answers[ref], this.Answers[ref]
	if a.Value != b.Value {
		out = append(out, "answer changed")
	}
	if a.NotApplicable != b.NotApplicable {
		out = append(out, "not applicable changed")
	}
	if a.Comment != b.Comment {
		out = append(out, "comment changed")
	}
	if n, m := len(last.EvidenceFor(ref)), len(this.EvidenceFor(ref)); n != m {
		out = append(out, fmt.Sprintf("evidence records went from %d to %d", n, m))
	}
	return out
}
