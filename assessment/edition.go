package assessment

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// AnswerType is the kind of answer the toolkit expects for an item.
type AnswerType string

// The answer types of the toolkit.
const (
	Tick     AnswerType = "tick"     // a box the manager ticks to confirm
	Text     AnswerType = "text"     // a written answer
	Document AnswerType = "document" // where the document or evidence is kept
)

// Label returns a plain description of the answer type.
func (t AnswerType) Label() string {
	switch t {
	case Tick:
		return "Tick to confirm"
	case Text:
		return "Written answer"
	case Document:
		return "Document or evidence location"
	}
	return string(t)
}

// NAMode says whether, and how, "Not applicable" is recorded for an item in
// the online toolkit.
type NAMode string

// The ways the toolkit records "Not applicable".
const (
	NANone     NAMode = "none"     // not allowed
	NAComment  NAMode = "comment"  // tick the box and write "Not applicable" in the comments
	NAText     NAMode = "text"     // write "Not applicable" as the answer
	NALocation NAMode = "location" // write "Not applicable" in the document-location box
	NAOption   NAMode = "option"   // the toolkit offers a "Not applicable" choice
)

// Allowed reports whether "Not applicable" is a valid answer.
func (m NAMode) Allowed() bool { return m != NANone && m != "" }

// HowOnline tells the manager how to enter "Not applicable" in the online toolkit.
func (m NAMode) HowOnline() string {
	switch m {
	case NAComment:
		return "In the online toolkit, tick the box and write \"Not applicable\" in the comments box."
	case NAText:
		return "In the online toolkit, write \"Not applicable\" as your answer."
	case NALocation:
		return "In the online toolkit, write \"Not applicable\" in the box for the document location."
	case NAOption:
		return "In the online toolkit, choose the \"Not applicable\" option."
	}
	return "\"Not applicable\" is not an option for this question."
}

// Confidence is how sure we are that an item matches the live toolkit.
type Confidence string

// Our confidence levels for an item's reference, wording and level.
const (
	Confirmed   Confidence = "confirmed"    // seen in a social care source
	WordingSeen Confidence = "wording-seen" // wording seen; group, level or reference inferred
	Unconfirmed Confidence = "unconfirmed"  // recalled or worked out; check the live toolkit
)

// Guidance is our own plain-English help for one item.
type Guidance struct {
	Meaning       string   `toml:"meaning"`        // what the question is really asking
	GoodAnswer    string   `toml:"good_answer"`    // what a good answer or evidence looks like
	Example       string   `toml:"example"`        // a concrete care home example
	Pitfalls      string   `toml:"pitfalls"`       // common mistakes
	Templates     []string `toml:"templates"`      // the usual templates
	NotApplicable string   `toml:"not_applicable"` // when "Not applicable" is right
}

// Words counts the words of all the guidance text.
func (g Guidance) Words() int { return len(strings.Fields(g.text())) }

// Item is one question of an edition.
type Item struct {
	Ref           string     `toml:"ref"`
	GroupID       string     `toml:"group"`
	LevelCode     string     `toml:"level"`
	Answer        AnswerType `toml:"answer"`
	NotApplicable NAMode     `toml:"not_applicable"`
	NDG           int        `toml:"ndg"`
	Short         string     `toml:"short"`
	Question      string     `toml:"question"`
	Confidence    Confidence `toml:"confidence"`
	Check         string     `toml:"check"`
	ReviewMonths  int        `toml:"review_months"`
	// FromProfile names a profile detail offered as the answer (ProfileICO), or "".
	FromProfile string   `toml:"from_profile"`
	Guidance    Guidance `toml:"guidance"`

	// Level is the level this item is needed for, parsed from LevelCode.
	Level Level `toml:"-"`
	// NDGTitle is the title of the item's National Data Guardian standard.
	NDGTitle string `toml:"-"`
}

// Group is one of the four question groups.
type Group struct {
	ID    string `toml:"id"`
	Title string `toml:"title"`
	// PublishedAS and PublishedSM are the published counts of items needed
	// for Approaching Standards and for Standards Met; loading checks them.
	PublishedAS int `toml:"published_as"`
	PublishedSM int `toml:"published_sm"`
	// Items are the group's items, in the order of the edition file.
	Items []*Item `toml:"-"`
}

// NDGStandard is one of the National Data Guardian's ten data security standards.
type NDGStandard struct {
	Number int    `toml:"number"`
	Title  string `toml:"title"`
}

// Edition is one year's question set.
type Edition struct {
	ID    string `toml:"edition"`
	Title string `toml:"title"`
	// LiveFrom is the day the toolkit year opened, as written in the file (2026-09-01).
	LiveFrom string `toml:"live_from"`
	// DeadlineOn is the publication deadline as written in the file; when it
	// is absent the deadline is the first 30 June after LiveFrom.
	DeadlineOn string        `toml:"deadline"`
	Groups     []*Group      `toml:"groups"`
	NDG        []NDGStandard `toml:"ndg_standards"`
	Items      []*Item       `toml:"items"`

	// Revision numbers the versions of one edition: 1 when the file does
	// not say. A file for an edition the app already has is added only when
	// its revision is higher.
	Revision int `toml:"revision"`
	// Origin says where an edition added from a file came from; nil for
	// the editions built into the app.
	Origin *EditionOrigin `toml:"-"`

	byRef    map[string]*Item
	live     time.Time // LiveFrom, parsed
	deadline time.Time // DeadlineOn, parsed, or worked out from LiveFrom
}

// Item returns the item with the given reference, or nil.
func (e *Edition) Item(ref string) *Item { return e.byRef[ref] }

// Ordered lists the items group by group: the order of the walkthrough.
func (e *Edition) Ordered() []*Item {
	var out []*Item
	for _, g := range e.Groups {
		out = append(out, g.Items...)
	}
	return out
}

// Group returns the group with the given id, or nil.
func (e *Edition) Group(id string) *Group {
	for _, g := range e.Groups {
		if g.ID == id {
			return g
		}
	}
	return nil
}

// StartYear is the first year of the edition: 2025 for "2025-26".
func (e *Edition) StartYear() int {
	y, _ := parseEditionID(e.ID)
	return y
}

// Live is the day the edition's toolkit year opened.
func (e *Edition) Live() time.Time { return e.live }

// Deadline is the publication deadline: the file's deadline, or the first
// 30 June after the edition went live.
func (e *Edition) Deadline() time.Time { return e.deadline }

// LiveOn reports whether the edition had gone live by today.
func (e *Edition) LiveOn(today time.Time) bool { return !e.live.After(Day(today)) }

// defaultDeadline is the first 30 June after live.
func defaultDeadline(live time.Time) time.Time {
	d := time.Date(live.Year(), time.June, 30, 0, 0, 0, 0, time.UTC)
	if !d.After(live) {
		d = d.AddDate(1, 0, 0)
	}
	return d
}

// DaysLeft is the number of whole days from today to the deadline (negative once it has passed).
func (e *Edition) DaysLeft(today time.Time) int {
	return int(e.Deadline().Sub(Day(today)).Hours() / 24)
}

// Count returns how many items are needed for the level: AS items for
// ApproachingStandards, all items for StandardsMet and above.
func (e *Edition) Count(l Level) int {
	n := 0
	for _, it := range e.Items {
		if it.NeededFor(l) {
			n++
		}
	}
	return n
}

// NeededFor reports whether the item must be complete to reach level l.
func (it *Item) NeededFor(l Level) bool {
	return l != NotReady && it.Level <= l
}

// parseEditionID reads "2025-26" as its start year, checking that the two
// years follow each other.
func parseEditionID(id string) (int, error) {
	first, second, ok := strings.Cut(id, "-")
	y, err1 := strconv.Atoi(first)
	end, err2 := strconv.Atoi(second)
	if !ok || err1 != nil || err2 != nil || len(first) != 4 || len(second) != 2 || (y+1)%100 != end {
		return 0, fmt.Errorf("edition %q should look like 2025-26", id)
	}
	return y, nil
}
