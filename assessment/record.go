package assessment

import (
	"strings"
	"time"
)

// TickConfirmed is the value of a ticked confirmation.
const TickConfirmed = "confirmed"

// Answer is what the manager has recorded for one item.
type Answer struct {
	Ref string
	// Value is the written answer for text items, TickConfirmed for a ticked
	// item, and empty for document items (their evidence is the answer).
	Value         string
	NotApplicable bool
	Comment       string
	// NeedsReview is set when an answer is carried forward from last year
	// and not yet confirmed as still true.
	NeedsReview bool
	UpdatedAt   time.Time
	// AnsweredAt is when the answer was last given: its value or "Not
	// applicable" changed, or the manager confirmed that a carried-forward
	// answer still holds. Editing the comment, or anything else, leaves it.
	AnsweredAt time.Time
}

// Touch stamps a being saved at now over prev, the answer it replaces:
// UpdatedAt becomes now, and so does AnsweredAt if the answer is given
// afresh (see AnsweredAt) or was never dated; otherwise AnsweredAt stays.
func (a Answer) Touch(prev Answer, now time.Time) Answer {
	a.UpdatedAt = now
	a.AnsweredAt = prev.AnsweredAt
	confirmed := prev.NeedsReview && !a.NeedsReview
	if a.Value != prev.Value || a.NotApplicable != prev.NotApplicable || confirmed || a.AnsweredAt.IsZero() {
		a.AnsweredAt = now
	}
	return a
}

// Ticked reports whether a tick item is confirmed.
func (a Answer) Ticked() bool { return a.Value == TickConfirmed }

// EvidenceKind is where a piece of evidence lives.
type EvidenceKind string

// The kinds of evidence location.
const (
	EvidenceFile   EvidenceKind = "file"   // a file on this computer or a shared drive
	EvidenceFolder EvidenceKind = "folder" // a folder
	EvidencePaper  EvidenceKind = "paper"  // a paper location, such as a cabinet
	EvidenceLink   EvidenceKind = "link"   // a web address
	EvidenceText   EvidenceKind = "text"   // anything else, in words
)

// EvidenceKinds lists the kinds in the order they are offered.
var EvidenceKinds = []EvidenceKind{EvidenceFile, EvidenceFolder, EvidencePaper, EvidenceLink, EvidenceText}

// Label returns a plain name for the kind.
func (k EvidenceKind) Label() string {
	switch k {
	case EvidenceFile:
		return "File"
	case EvidenceFolder:
		return "Folder"
	case EvidencePaper:
		return "Paper"
	case EvidenceLink:
		return "Web link"
	case EvidenceText:
		return "Note"
	}
	return string(k)
}

// Valid reports whether k is a known kind.
func (k EvidenceKind) Valid() bool {
	for _, v := range EvidenceKinds {
		if v == k {
			return true
		}
	}
	return false
}

// Evidence records where one piece of evidence for an item is kept.
type Evidence struct {
	ID       int64
	Ref      string
	Kind     EvidenceKind
	Location string
	Note     string
	AddedAt  time.Time
	// File is the file's fingerprint taken when it was added (files only;
	// the zero value when the file could not be read then).
	File FileFingerprint
	// CheckedHere is set once the manager has added or confirmed the
	// location on this computer. Until then (evidence from an import)
	// DSPT Desk never looks at the file or folder by itself.
	CheckedHere bool
}

// FileFingerprint identifies a file's content at one moment.
type FileFingerprint struct {
	Size    int64
	ModTime time.Time
	SHA256  string // hex; empty when not taken
}

// ActionStatus is how far an action has got.
type ActionStatus string

// The action statuses.
const (
	NotStarted ActionStatus = "not_started"
	InProgress ActionStatus = "in_progress"
	Done       ActionStatus = "done"
)

// ActionStatuses lists the statuses in order.
var ActionStatuses = []ActionStatus{NotStarted, InProgress, Done}

// Label returns the status as people write it.
func (s ActionStatus) Label() string {
	switch s {
	case NotStarted:
		return "Not started"
	case InProgress:
		return "In progress"
	case Done:
		return "Done"
	}
	return string(s)
}

// Valid reports whether s is a known status.
func (s ActionStatus) Valid() bool { return s == NotStarted || s == InProgress || s == Done }

// Action is one entry of the action plan.
type Action struct {
	ID         int64
	Ref        string
	Gap        string
	Action     string
	Owner      string
	TargetDate time.Time // zero when not set
	Status     ActionStatus
	DoneDate   time.Time // zero unless done
	Notes      string
	// Draft is set on an action made by "Create actions for all gaps" and
	// stays set until someone writes or changes its gap or its action text.
	// A draft is not part of the plan: the pack leaves it out.
	Draft bool
}

// Overdue reports whether the action is not done and its target date has passed.
func (a Action) Overdue(today time.Time) bool {
	return a.Status != Done && !a.TargetDate.IsZero() && a.TargetDate.Before(Day(today))
}

// Settle keeps the done date in step with the status: today when the action
// is done without a date, and none while it is not done.
func (a Action) Settle(today time.Time) Action {
	switch {
	case a.Status != Done:
		a.DoneDate = time.Time{}
	case a.DoneDate.IsZero():
		a.DoneDate = Day(today)
	}
	return a
}

// Covers reports whether the action plans a gap the way Approaching
// Standards needs: it is open, not a draft, has an owner (not just spaces)
// and a target date.
func (a Action) Covers() bool {
	return a.Status != Done && !a.Draft && strings.TrimSpace(a.Owner) != "" && !a.TargetDate.IsZero()
}

// AssessmentState says whether an assessment can still be changed.
type AssessmentState string

// The assessment states.
const (
	StateInProgress AssessmentState = "in_progress"
	StatePublished  AssessmentState = "published"
)

// Assessment is one year's self-assessment.
type Assessment struct {
	ID          int64
	EditionID   string
	State       AssessmentState
	PublishedOn time.Time // zero unless published
	// PublishedLevel is the level recorded at publication.
	PublishedLevel Level
	CreatedAt      time.Time
}

// Locked reports whether the assessment is published and read-only.
func (a Assessment) Locked() bool { return a.State == StatePublished }

// PublishedWhen is the phrase after "published" for a published
// assessment, "on 24 June 2025 at Approaching Standards"; "" otherwise.
func (a Assessment) PublishedWhen() string {
	if !a.Locked() {
		return ""
	}
	return "on " + HumanDate(a.PublishedOn) + " at " + a.PublishedLevel.String()
}

// Record is everything held about one assessment: what the status rules,
// the report and the export work from.
type Record struct {
	Assessment Assessment
	Answers    map[string]Answer
	Evidence   []Evidence
	Actions    []Action
	// Wording holds the manager's comparisons of questions with the live
	// toolkit, by reference.
	Wording map[string]WordingCheck
	// EnteredOnline holds, by reference, when the manager ticked that the
	// answer is entered in the online toolkit. It belongs to this year's
	// sitting and is never carried forward.
	EnteredOnline map[string]time.Time
}

// EvidenceFor returns the evidence for one item, in the order added.
func (r *Record) EvidenceFor(ref string) []Evidence {
	var out []Evidence
	for _, e := range r.Evidence {
		if e.Ref == ref {
			out = append(out, e)
		}
	}
	return out
}

// ActionsFor returns the actions for one item.
func (r *Record) ActionsFor(ref string) []Action {
	var out []Action
	for _, a := range r.Actions {
		if a.Ref == ref {
			out = append(out, a)
		}
	}
	return out
}

// Clone returns a copy of the record that shares nothing it could change,
// so that background work (an export) can read it while the manager types.
func (r *Record) Clone() *Record {
	c := &Record{Assessment: r.Assessment, Answers: make(map[string]Answer, len(r.Answers))}
	for k, v := range r.Answers {
		c.Answers[k] = v
	}
	c.Evidence = append([]Evidence(nil), r.Evidence...)
	c.Actions = append([]Action(nil), r.Actions...)
	c.Wording = make(map[string]WordingCheck, len(r.Wording))
	for k, v := range r.Wording {
		c.Wording[k] = v
	}
	c.EnteredOnline = make(map[string]time.Time, len(r.EnteredOnline))
	for k, v := range r.EnteredOnline {
		c.EnteredOnline[k] = v
	}
	return c
}
