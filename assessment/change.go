package assessment

import "time"

// The fields of an answer that its history records.
const (
	ChangeValue         = "value"
	ChangeNotApplicable = "not_applicable"
	ChangeComment       = "comment"
	ChangeNeedsReview   = "needs_review"
)

// Change is one entry of an answer's history: one field changed from Old to
// New at a moment. Yes-or-no fields (not_applicable, needs_review) are
// written "true" or "false".
type Change struct {
	ID    int64
	Ref   string
	Field string
	Old   string
	New   string
	At    time.Time
}

// Label returns the changed field's name as people say it.
func (c Change) Label() string {
	switch c.Field {
	case ChangeValue:
		return "Answer"
	case ChangeNotApplicable:
		return "Not applicable"
	case ChangeComment:
		return "Comment"
	case ChangeNeedsReview:
		return "Needs review"
	}
	return c.Field
}
