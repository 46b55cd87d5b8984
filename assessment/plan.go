package assessment

import (
	"fmt"
	"strings"
	"time"
)

// PlanProblem says exactly what an incomplete question's actions lack for
// Approaching Standards, which needs an open action with an owner and a
// target date: "" when one of them has both. Of several open actions, the
// one nearest to planned is described.
func PlanProblem(actions []Action) string {
	best := ""
	for _, a := range actions {
		if a.Status == Done {
			continue
		}
		p := actionLack(a)
		if p == "" {
			return ""
		}
		if best == "" || planRank(p) < planRank(best) {
			best = p
		}
	}
	if best == "" {
		return "Not done, and no action planned"
	}
	return best
}

// The things an open action can lack, nearest to planned first.
const (
	lackDate  = "Not done: its action has no target date"
	lackOwner = "Not done: its action has no owner"
	lackBoth  = "Not done: its action has no owner and no target date"
	lackDraft = "Not done: its action is still a draft (write or change it to plan it)"
)

func planRank(p string) int {
	for i, v := range []string{lackDate, lackOwner, lackBoth, lackDraft} {
		if v == p {
			return i
		}
	}
	return 4
}

// actionLack is what one open action lacks to cover its question, or "".
func actionLack(a Action) string {
	noOwner, noDate := strings.TrimSpace(a.Owner) == "", a.TargetDate.IsZero()
	switch {
	case a.Draft:
		return lackDraft
	case noOwner && noDate:
		return lackBoth
	case noOwner:
		return lackOwner
	case noDate:
		return lackDate
	}
	return ""
}

// StillDraft reports whether a, saved over prev, is still a draft: only
// when prev was one and neither its gap nor its action text has changed.
// The store applies the same rule when it saves.
func (a Action) StillDraft(prev Action) bool {
	return prev.Draft && a.Gap == prev.Gap && a.Action == prev.Action
}

// Settled reports whether an open action's question is complete, so that
// the gap it was written for no longer exists. Actions not about a
// question, and done ones, are never settled.
func Settled(s *Status, a Action) bool {
	if a.Status == Done || a.Ref == "" {
		return false
	}
	st, ok := s.Item(a.Ref)
	return ok && st.Complete
}

// SettledActions returns the open actions for ref when its question is
// complete: the ones the manager may now mark done.
func SettledActions(s *Status, r *Record, ref string) []Action {
	var out []Action
	for _, a := range r.ActionsFor(ref) {
		if Settled(s, a) {
			out = append(out, a)
		}
	}
	return out
}

// DraftQuestions counts the questions with at least one open draft action.
func DraftQuestions(actions []Action) int {
	refs := map[string]bool{}
	for _, a := range actions {
		if a.Draft && a.Status != Done {
			refs[a.Ref] = true
		}
	}
	return len(refs)
}

// PlannedActions returns the actions that are part of the plan: every
// action except drafts.
func PlannedActions(actions []Action) []Action {
	var out []Action
	for _, a := range actions {
		if !a.Draft {
			out = append(out, a)
		}
	}
	return out
}

// NothingRecorded reports whether an item has nothing written for it at
// all: no answer, no "Not applicable", no comment and no evidence.
func NothingRecorded(a Answer, evidence int) bool {
	return !a.NotApplicable && strings.TrimSpace(a.Value) == "" && strings.TrimSpace(a.Comment) == "" && evidence == 0
}

// GivenOn is the date an item's answer was given: when its answer or "Not
// applicable" was last given (AnsweredAt, or UpdatedAt for an answer saved
// before that was kept), or for a document item answered by its evidence
// alone, when the newest evidence was added. It is zero when the item is
// not answered.
func GivenOn(it *Item, a Answer, evidence []Evidence) time.Time {
	if !a.NotApplicable && !Answered(it, a, len(evidence)) {
		return time.Time{}
	}
	if it.Answer == Document && !a.NotApplicable {
		return newestAdded(evidence)
	}
	if !a.AnsweredAt.IsZero() {
		return a.AnsweredAt
	}
	return a.UpdatedAt
}

// newestAdded is when the newest of some evidence was added.
func newestAdded(evidence []Evidence) time.Time {
	var newest time.Time
	for _, e := range evidence {
		if e.AddedAt.After(newest) {
			newest = e.AddedAt
		}
	}
	return newest
}

// MissingCount says what a list of what is missing counts: questions, one
// line each however many actions they have, and anything else (the Cyber
// Essentials Plus certificate): "32 questions", "1 question and 1 other
// thing", "1 thing".
func MissingCount(gaps []Gap) string {
	questions, other := 0, 0
	for _, g := range gaps {
		if g.Ref == "" {
			other++
		} else {
			questions++
		}
	}
	switch {
	case questions == 0:
		return countOf(other, "thing", "things")
	case other > 0:
		return countOf(questions, "question", "questions") + " and " + countOf(other, "other thing", "other things")
	}
	return countOf(questions, "question", "questions")
}

// countOf writes a count with the singular or plural noun.
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
