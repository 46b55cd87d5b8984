package assessment

import (
	"fmt"
	"strings"
	"time"
)

// WordingState is how the manager found a question's wording in the live
// toolkit compared with ours.
type WordingState string

// The results of comparing a question with the live toolkit.
const (
	WordingMatches WordingState = "matches" // the live toolkit asks it as we show it
	WordingDiffers WordingState = "differs" // the live toolkit words it differently
)

// WordingCheck is the manager's comparison of one question with the live
// toolkit, kept for their organisation and that year's edition (never in the
// question bank). Where it differs, LiveWording is the live toolkit's
// wording as pasted, and LiveRef its reference if that differs too.
type WordingCheck struct {
	Ref         string
	State       WordingState
	LiveWording string
	LiveRef     string
	CheckedAt   time.Time
}

// Check says what is wrong with the comparison for the edition, or nil.
func (w WordingCheck) Check(ed *Edition) error {
	if ed.Item(w.Ref) == nil {
		return Errorf(EInvalid, "There is no question %q in the %s toolkit.", w.Ref, ed.ID)
	}
	switch w.State {
	case WordingMatches:
		if w.LiveWording != "" || w.LiveRef != "" {
			return Errorf(EInvalid, "Question %s: live wording and reference are kept only when the wording differs.", w.Ref)
		}
	case WordingDiffers:
		if strings.TrimSpace(w.LiveWording) == "" {
			return Errorf(EInvalid, "Question %s: paste the live toolkit's wording, so that it can be kept.", w.Ref)
		}
	default:
		return Errorf(EInvalid, "Question %s: the wording is either %q or %q, not %q.", w.Ref, WordingMatches, WordingDiffers, w.State)
	}
	if w.LiveRef != "" && !refPattern.MatchString(w.LiveRef) {
		return Errorf(EInvalid, "Question %s: the live reference should be three numbers such as 1.1.5, not %q.", w.Ref, w.LiveRef)
	}
	return CheckText("The live wording", w.LiveWording, MaxLongText)
}

// WordingToCheck reports whether the item's wording should still be
// compared with the live toolkit: we are not sure of it, and the manager
// has not compared it yet.
func (r *Record) WordingToCheck(it *Item) bool {
	_, checked := r.Wording[it.Ref]
	return it.Confidence != Confirmed && !checked
}

// WhatToCompare tells the manager what to compare in the live toolkit for
// an item whose wording is not confirmed. It speaks of the question, never
// of where our copy of it came from.
func (it *Item) WhatToCompare() string {
	where := fmt.Sprintf("Open question %s in the live toolkit and compare it with the wording shown here.", it.Ref)
	if it.Confidence == Unconfirmed {
		where = fmt.Sprintf("Find this question in the live toolkit (%q, under %s): its number there may not be %s. Compare its wording with the one shown here.",
			it.Short, groupPhrase(it), it.Ref)
	}
	also := fmt.Sprintf("Check too that it is needed for %s and %s.", it.Level, answerAsk(it.Answer))
	return where + " " + also + " If it matches, say so; if not, paste the live wording, so that it is kept with your answers."
}

func groupPhrase(it *Item) string {
	if it.NDGTitle == "" {
		return fmt.Sprintf("standard %d", it.NDG)
	}
	return fmt.Sprintf("standard %d, %s", it.NDG, it.NDGTitle)
}

// answerAsk says how the toolkit is expected to take the answer.
func answerAsk(t AnswerType) string {
	switch t {
	case Tick:
		return "asks you to tick a box to confirm"
	case Text:
		return "asks for a written answer"
	case Document:
		return "asks where a document or evidence is kept"
	}
	return "asks for the kind of answer shown here"
}

// carryWording keeps last year's comparisons for the questions that the new
// edition asks as last year's did, with the same reference.
func carryWording(from *Record, fromEd, toEd *Edition) map[string]WordingCheck {
	out := map[string]WordingCheck{}
	for ref, w := range from.Wording {
		if sameAsked(fromEd.Item(ref), toEd.Item(ref)) {
			out[ref] = w
		}
	}
	return out
}

// sameAsked reports whether two editions' items are the same in all that
// the manager compared with the live toolkit (see WhatToCompare): the
// wording, the level it is needed for and the kind of answer it takes.
func sameAsked(old, now *Item) bool {
	return old != nil && now != nil && old.Question == now.Question && old.Level == now.Level && old.Answer == now.Answer
}

// QuestionAsLive is the item's question as the manager found it in the live
// toolkit: the live wording they pasted (and its live reference, when that
// differs) where it differs from ours, otherwise the question bank's.
func (r *Record) QuestionAsLive(it *Item) string {
	w, ok := r.Wording[it.Ref]
	if !ok || w.State != WordingDiffers || strings.TrimSpace(w.LiveWording) == "" {
		return it.Question
	}
	if w.LiveRef != "" && w.LiveRef != it.Ref {
		return fmt.Sprintf("%s (%s in the live toolkit)", w.LiveWording, w.LiveRef)
	}
	return w.LiveWording
}
