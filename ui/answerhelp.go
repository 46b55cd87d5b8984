package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// suggestion offers, beside the answer box, an answer the profile already
// holds (the ICO registration number for 1.1.1). It never replaces typed
// text without asking.
type suggestion struct {
	q      *questionDetail
	button *widget.Button
	value  string
}

func newSuggestion(q *questionDetail) *suggestion {
	s := &suggestion{q: q}
	s.button = widget.NewButtonWithIcon("", theme.ContentPasteIcon(), s.use)
	s.button.Hide()
	return s
}

// refresh shows the offer when the profile holds an answer that differs
// from the one in the box.
func (s *suggestion) refresh() {
	s.value = assessment.SuggestedAnswer(s.q.item, s.q.d.profile)
	show := s.value != "" && s.q.text.Text != s.value && !s.q.d.readOnly()
	if show {
		s.button.SetText(fmt.Sprintf("Use %s from the organisation profile", s.value))
	}
	showIf(s.button, show)
}

// use puts the suggested answer in the box: at once when the box is blank,
// after asking when something is typed there.
func (s *suggestion) use() {
	if s.q.text.Text == "" {
		s.fill()
		return
	}
	msg := wrapLabel(fmt.Sprintf("Replace your answer \"%s\" with %s, the ICO registration number in the organisation profile?", s.q.text.Text, s.value))
	confirm(s.q.d.win, "Replace your answer?", "Replace", "Keep mine", msg, func(ok bool) {
		if ok {
			s.fill()
		}
	})
}

// fill types the suggested answer into the box and saves it.
func (s *suggestion) fill() {
	s.q.text.SetText(s.value)
	s.q.text.Flush()
	s.refresh()
}

// askNotApplicableReason asks why a question does not apply, where the
// toolkit expects the reason in the comments, and saves "Not applicable"
// with the reason at the top of the comment. Cancelling leaves the answer
// as it was.
func (q *questionDetail) askNotApplicableReason() { q.askNotApplicableReasonWith("") }

// askNotApplicableReasonWith is askNotApplicableReason with the reason
// box already holding suggested (a register's figure).
func (q *questionDetail) askNotApplicableReasonWith(suggested string) {
	q.comment.Flush()
	reason := newKeyEntry()
	reason.SetText(suggested)
	reason.SetPlaceHolder("For example: we have no laptops or USB sticks")
	reason.Validator = assessment.CheckNotApplicableReason
	items := []*widget.FormItem{widget.NewFormItem("Why it does not apply", reason)}
	ref := q.item.Ref
	f := dialog.NewForm("Not applicable: say why", "Save", "Cancel", items, func(ok bool) {
		if q.item == nil || q.item.Ref != ref {
			return
		}
		if !ok {
			q.setNA(false)
			return
		}
		comment := assessment.WithNotApplicableReason(q.comment.Text, reason.Text)
		q.comment.Load(comment)
		q.update(func(a *assessment.Answer) { a.NotApplicable, a.Comment = true, comment })
	}, q.d.win)
	// Wide enough for the example in the box beside its label.
	f.Resize(fyne.NewSize(640, 0))
	withKeys(q.d.win, f, f.Submit, f.Hide, reason)
	f.Show()
	q.d.win.Canvas().Focus(reason)
}

// setNA ticks or clears "Not applicable" without saving anything.
func (q *questionDetail) setNA(on bool) {
	q.loading = true
	q.na.SetChecked(on)
	q.loading = false
}

// wantsNAReason reports whether ticking "Not applicable" should ask why:
// the toolkit expects a reason in the comments and there is none yet.
func (q *questionDetail) wantsNAReason() bool {
	return q.item.NotApplicable.WantsReason() && !assessment.HasNotApplicableReason(q.comment.Text)
}
