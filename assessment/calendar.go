package assessment

import (
	"fmt"
	"time"
)

// LiveOn returns the edition a new assessment starts on today: the newest
// edition that has gone live, or the oldest when none has yet.
func (b *Bank) LiveOn(today time.Time) *Edition {
	for i := len(b.Editions) - 1; i >= 0; i-- {
		if b.Editions[i].LiveOn(today) {
			return b.Editions[i]
		}
	}
	return b.Editions[0]
}

// NewerLive returns the edition live today when it is newer than ed: the
// toolkit year that has replaced ed's. It is nil while ed's year is current.
func (b *Bank) NewerLive(ed *Edition, today time.Time) *Edition {
	if cur := b.LiveOn(today); cur.ID > ed.ID {
		return cur
	}
	return nil
}

// NotYetLive returns the oldest edition newer than ed that has not gone live
// by today, or nil.
func (b *Bank) NotYetLive(ed *Edition, today time.Time) *Edition {
	for _, e := range b.Editions {
		if e.ID > ed.ID && !e.LiveOn(today) {
			return e
		}
	}
	return nil
}

// DeadlineText says where an unpublished assessment of ed stands against its
// deadline today: the days left, or once the deadline has passed, that the
// toolkit year closed and which one replaced it (ClosedText); while no newer
// year is live, a late publication is still possible.
func (b *Bank) DeadlineText(ed *Edition, today time.Time) string {
	n, when := ed.DaysLeft(today), HumanDate(ed.Deadline())
	switch {
	case n > 1:
		return fmt.Sprintf("%d days left to publish (deadline %s)", n, when)
	case n == 1:
		return fmt.Sprintf("1 day left to publish (deadline %s)", when)
	case n == 0:
		return fmt.Sprintf("Deadline today (%s)", when)
	case b.NewerLive(ed, today) != nil:
		return "closed on " + when
	}
	return fmt.Sprintf("Deadline %s passed %s ago: publish as soon as you can", when, Count(-n, "day", "days"))
}

// ClosedText is the message for an unpublished assessment of ed once its
// deadline has passed and a newer toolkit year is live; "" otherwise.
func (b *Bank) ClosedText(ed *Edition, today time.Time) string {
	next := b.NewerLive(ed, today)
	if next == nil || ed.DaysLeft(today) >= 0 {
		return ""
	}
	return fmt.Sprintf("The %s toolkit closed on %s. The %s toolkit has been live since %s: start it from your %s work.",
		ed.ID, HumanDate(ed.Deadline()), next.ID, HumanDate(next.Live()), ed.ID)
}

// StartAdvice says when and where the review of an edition just added can
// start: on the Years screen now, or once it goes live.
func (e *Edition) StartAdvice(today time.Time) string {
	if !e.LiveOn(today) {
		return fmt.Sprintf("The %s toolkit goes live on %s: start its review then, on the Years screen.", e.ID, HumanDate(e.Live()))
	}
	return fmt.Sprintf("To start the %s review, open Years and choose \"Start next year's review\".", e.ID)
}
