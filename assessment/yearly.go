package assessment

import (
	"fmt"
	"sort"
	"time"
)

// Carried is the result of carrying an assessment forward into a new year.
type Carried struct {
	// Record holds the answers (each flagged NeedsReview), evidence and open
	// actions for the new year. Its Assessment is left for the caller to set.
	Record *Record
	// Removed lists last year's items that are not in the new edition and
	// had something recorded; their answers stay in last year's assessment.
	Removed []*Item
	// New lists the new edition's items that last year's did not have.
	New []*Item
}

// CarryForward copies last year's answers, comments, evidence records and
// open actions into a new record for the next edition. Every carried answer
// needs review until the manager confirms it. Where an item's answer type
// has changed, or it may no longer be marked not applicable, the old answer
// is noted in the comment rather than lost. An open action whose question
// the new edition dropped is kept as a general action, and its question is
// listed in Removed.
func CarryForward(from *Record, fromEd, toEd *Edition) Carried {
	c := Carried{Record: &Record{Answers: map[string]Answer{}}}
	recorded := map[string]bool{}
	for ref, a := range from.Answers {
		recorded[ref] = true
		if it := toEd.Item(ref); it != nil {
			c.Record.Answers[ref] = carryAnswer(a, fromEd.Item(ref), it)
		}
	}
	for _, e := range from.Evidence {
		recorded[e.Ref] = true
		if toEd.Item(e.Ref) != nil {
			e.ID = 0
			c.Record.Evidence = append(c.Record.Evidence, e)
		}
	}
	for _, a := range from.Actions {
		if a.Status == Done {
			continue
		}
		if a.Ref != "" && toEd.Item(a.Ref) == nil {
			// Keep the action, as a general one, and list its question as gone.
			recorded[a.Ref] = true
			a.Notes = joinLines(a.Notes, fmt.Sprintf("Carried from question %s, which the %s toolkit no longer has.", a.Ref, toEd.ID))
			a.Ref = ""
		}
		a.ID = 0
		c.Record.Actions = append(c.Record.Actions, a)
	}
	c.Record.Wording = carryWording(from, fromEd, toEd)
	c.Removed, c.New = editionChanges(fromEd, toEd, recorded)
	return c
}

func carryAnswer(a Answer, old, now *Item) Answer {
	a.NeedsReview = true
	if a.NotApplicable && !now.NotApplicable.Allowed() {
		a.NotApplicable = false
		a.Comment = joinLines(a.Comment, "Last year this was marked Not applicable; this year's toolkit needs an answer to it.")
	}
	if old != nil && old.Answer != now.Answer && a.Value != "" {
		was := a.Value
		if old.Answer == Tick {
			was = "confirmed"
		}
		a.Comment = joinLines(a.Comment, fmt.Sprintf("Last year's answer (the question then asked for a %s): %s", old.Answer.Label(), was))
		a.Value = ""
	}
	return a
}

func joinLines(a, b string) string {
	if a == "" {
		return b
	}
	return a + "\n" + b
}

// editionChanges lists the recorded items that the new edition dropped, and
// the items that are new in it.
func editionChanges(fromEd, toEd *Edition, recorded map[string]bool) (removed, added []*Item) {
	for _, it := range fromEd.Items {
		if toEd.Item(it.Ref) == nil && recorded[it.Ref] {
			removed = append(removed, it)
		}
	}
	for _, it := range toEd.Items {
		if fromEd.Item(it.Ref) == nil {
			added = append(added, it)
		}
	}
	return removed, added
}

// ReviewBy returns the date by which an item's evidence should be renewed:
// ReviewMonths after the newest evidence (a file's own date when it was
// added, otherwise when the evidence was recorded), or after the answer was
// given (AnsweredAt) when there is no evidence. It is zero for items with no
// review period and for items with nothing recorded.
func ReviewBy(it *Item, a Answer, evidence []Evidence) time.Time {
	if it.ReviewMonths == 0 {
		return time.Time{}
	}
	var newest time.Time
	for _, e := range evidence {
		d := e.AddedAt
		if e.Kind == EvidenceFile && !e.File.ModTime.IsZero() {
			d = e.File.ModTime
		}
		if d.After(newest) {
			newest = d
		}
	}
	if newest.IsZero() {
		if a.Value == "" && !a.NotApplicable {
			return time.Time{}
		}
		newest = a.AnsweredAt
		if newest.IsZero() {
			newest = a.UpdatedAt
		}
	}
	if newest.IsZero() {
		return time.Time{}
	}
	return AddMonths(Day(newest), it.ReviewMonths)
}

// ReviewDue is an item whose evidence is due for renewal.
type ReviewDue struct {
	Item    *Item
	By      time.Time
	Overdue bool
}

// ReviewWarningDays is how far ahead the app warns of reviews falling due.
const ReviewWarningDays = 60

// ReviewsDue lists the items whose review-by date has passed or falls within
// ReviewWarningDays of today, soonest first.
func ReviewsDue(ed *Edition, r *Record, today time.Time) []ReviewDue {
	today = Day(today)
	limit := today.AddDate(0, 0, ReviewWarningDays)
	var out []ReviewDue
	for _, it := range ed.Ordered() {
		by := ReviewBy(it, r.Answers[it.Ref], r.EvidenceFor(it.Ref))
		if !by.IsZero() && !by.After(limit) {
			out = append(out, ReviewDue{Item: it, By: by, Overdue: by.Before(today)})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].By.Before(out[j].By) })
	return out
}
