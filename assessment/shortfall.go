package assessment

import "fmt"

// ShortfallAdvice says, for a Standards Met question, what happens if it is
// not done by the time the organisation publishes, in the light of its
// publication history: an action plan comes only with a publication at
// Approaching Standards, which an organisation can make once. It is empty
// for questions needed for Approaching Standards (they must be done for any
// publication) and for a published assessment, which can no longer change.
func ShortfallAdvice(it *Item, p Profile, a Assessment) string {
	if it.Level != StandardsMet || a.Locked() {
		return ""
	}
	switch p.LastPublishedLevel {
	case NotReady:
		return "Your organisation has not published before, so it can publish once at Approaching Standards with this question not yet done: the toolkit then asks for an action plan saying what you will do about it, who will do it and by when. Every later publication must reach Standards Met."
	case ApproachingStandards:
		return fmt.Sprintf("Your organisation published at Approaching Standards%s. That level can be used only once, so there is no action plan to fall back on: this question must be done before you publish again, at Standards Met.", publishedOn(p))
	}
	return fmt.Sprintf("Your organisation has published before (%s%s), so Approaching Standards and its action plan are not open to it: this question must be done before you publish.", p.LastPublishedLevel, publishedOn(p))
}

// publishedOn is " on 24 June 2025" for the last publication, or "" when its date is not known.
func publishedOn(p Profile) string {
	if p.LastPublishedOn.IsZero() {
		return ""
	}
	return " on " + HumanDate(p.LastPublishedOn)
}
