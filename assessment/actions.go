package assessment

import (
	"sort"
	"strings"
	"time"
)

// DraftActions returns one draft action for each incomplete item that has
// no open action yet, pre-filled with what our guidance says a good answer
// looks like. The owner is the data security lead (or the registered
// manager) when the profile names one; the target date is left for the
// manager to choose. Each is marked Draft until its text is written or changed.
func DraftActions(p Profile, s *Status, r *Record) []Action {
	open := map[string]bool{}
	for _, a := range r.Actions {
		if a.Status != Done {
			open[a.Ref] = true
		}
	}
	owner := p.ActionOwner()
	var out []Action
	for _, st := range s.Items {
		if st.Complete || open[st.Item.Ref] {
			continue
		}
		out = append(out, Action{Ref: st.Item.Ref, Gap: st.Item.Short + ": " + st.Problem + ".",
			Action: firstSentences(st.Item.Guidance.GoodAnswer, 2), Owner: owner, Status: NotStarted, Draft: true})
	}
	return out
}

// firstSentences returns up to n sentences from the start of s.
func firstSentences(s string, n int) string {
	s = strings.TrimSpace(s)
	end := 0
	for i := 0; i < n; i++ {
		j := strings.Index(s[end:], ". ")
		if j < 0 {
			return s
		}
		end += j + 1
	}
	return s[:end]
}

// ActionOrder names a way to sort the action plan.
type ActionOrder string

// The ways to sort the action plan.
const (
	ByTargetDate ActionOrder = "Target date"
	ByRef        ActionOrder = "Question"
	ByStatus     ActionOrder = "Status"
	ByOwner      ActionOrder = "Owner"
)

// SortActions sorts actions in place. Undated actions sort after dated ones;
// ties keep the order they were added in.
func SortActions(actions []Action, by ActionOrder) {
	less := map[ActionOrder]func(a, b Action) bool{
		ByTargetDate: func(a, b Action) bool { return openFirst(a, b, dateBefore(a.TargetDate, b.TargetDate)) },
		ByRef:        func(a, b Action) bool { return RefLess(a.Ref, b.Ref) },
		ByStatus:     func(a, b Action) bool { return statusRank(a.Status) < statusRank(b.Status) },
		ByOwner:      func(a, b Action) bool { return strings.ToLower(a.Owner) < strings.ToLower(b.Owner) },
	}[by]
	if less == nil {
		return
	}
	sort.SliceStable(actions, func(i, j int) bool { return less(actions[i], actions[j]) })
}

// openFirst puts open actions before done ones, and otherwise keeps less.
func openFirst(a, b Action, less bool) bool {
	if (a.Status == Done) != (b.Status == Done) {
		return b.Status == Done
	}
	return less
}

func dateBefore(a, b time.Time) bool {
	switch {
	case a.IsZero():
		return false
	case b.IsZero():
		return true
	}
	return a.Before(b)
}

func statusRank(s ActionStatus) int {
	for i, v := range ActionStatuses {
		if v == s {
			return i
		}
	}
	return len(ActionStatuses)
}

// RefLess orders references numerically: 1.3.2 before 1.3.12 before 10.1.2.
func RefLess(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if len(pa[i]) != len(pb[i]) {
			return len(pa[i]) < len(pb[i])
		}
		if pa[i] != pb[i] {
			return pa[i] < pb[i]
		}
	}
	return len(pa) < len(pb)
}
