package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// questionDetail shows one question with the answer control that fits its
// type, "Not applicable" where allowed, the comment, the evidence list and
// the question's actions. Everything saves as it changes.
type questionDetail struct {
	d        *Desk
	item     *assessment.Item
	content  fyne.CanvasObject
	scroll   *container.Scroll
	ref      *widget.Label
	badge    fyne.CanvasObject
	wordings *wordingBadge
	unsure   *widget.Label
	wording  *widget.Label
	needed   *widget.Label
	review   *fyne.Container
	tick     *widget.Check
	text     *autosaveEntry
	suggest  *suggestion
	textBox  *fyne.Container // the answer box, grown to its text
	docHint  *widget.Label
	na       *widget.Check
	naHint   *widget.Label
	state    *widget.Label
	reviewBy *widget.Label
	history  *widget.Button
	comment  *autosaveEntry
	evidence *evidenceList
	actions  *itemActions
	found    *registerCard // what the registers say about the question
	prev     *widget.Button
	next     *widget.Button
	loading  bool
}

func newQuestionDetail(d *Desk) *questionDetail {
	q := &questionDetail{d: d,
		ref:      widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		badge:    newBadge("AS"),
		wordings: newWordingBadge(d),
		unsure:   wrapLabel(""),
		wording:  wrapLabel(""),
		needed:   wrapLabel(""),
		docHint:  wrapLabel("Add at least one place where the document or evidence is kept, below."),
		naHint:   wrapLabel(""),
		state:    wrapLabel(""),
		reviewBy: wrapLabel(""),
	}
	q.ref.SizeName = theme.SizeNameSubHeadingText
	q.wording.TextStyle = fyne.TextStyle{Bold: true}
	q.unsure.Importance = widget.WarningImportance
	q.naHint.Importance = widget.LowImportance
	q.tick = widget.NewCheck("Confirmed: this is true for our organisation", q.onTick)
	q.na = widget.NewCheck("Not applicable to us", q.onNA)
	q.text = newAutosaveEntry(d.bg, true, q.onText)
	q.text.SetPlaceHolder("Type your answer here. It is saved as you type.")
	q.text.SetMinRowsVisible(5)
	q.suggest = newSuggestion(q)
	q.comment = newAutosaveEntry(d.bg, true, q.onComment)
	q.comment.SetPlaceHolder("Optional: a comment, as in the online toolkit's comments box. Comments are printed in the pack unless you leave them out when you make it")
	q.comment.SetMinRowsVisible(3)
	q.review = q.newReviewBox()
	q.history = widget.NewButtonWithIcon("History…", theme.HistoryIcon(), func() { d.showHistory(q.item.Ref) })
	q.evidence = newEvidenceList(d)
	q.actions = newItemActions(d)
	q.found = newRegisterCard(q)
	q.prev = widget.NewButtonWithIcon("Previous", theme.NavigateBackIcon(), func() { d.questions.step(-1) })
	q.next = widget.NewButtonWithIcon("Next", theme.NavigateNextIcon(), func() { d.questions.step(+1) })
	q.next.IconPlacement = widget.ButtonIconTrailingText
	q.content = q.layout()
	return q
}

func wrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func heading(text string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func (q *questionDetail) layout() fyne.CanvasObject {
	// History keeps a button's height when "Needed for..." wraps beside it.
	header := border(nil, nil, container.NewHBox(q.ref, q.badge), container.NewVBox(q.history), q.needed)
	page := func() *container.Scroll { return q.scroll }
	q.textBox = growingBox(q.text, page)
	answer := container.NewVBox(heading("Your answer"), q.tick, q.textBox, q.suggest.button, q.docHint, q.na, q.naHint, q.state, q.reviewBy)
	body := container.NewVBox(header, q.unsure, q.wordings.content, q.wording, q.review, answer, q.found.content,
		heading("Comment"), growingBox(q.comment, page),
		heading("Evidence: where it is kept"), q.evidence.content,
		heading("Actions for this question"), q.actions.content)
	q.scroll = container.NewVScroll(container.NewPadded(body))
	nav := container.NewHBox(q.prev, layoutSpacer(), q.next)
	return border(nil, nav, nil, nil, q.scroll)
}

func (q *questionDetail) newReviewBox() *fyne.Container {
	msg := wrapLabel("Carried forward from last year. Read it, change anything that is no longer true, then confirm.")
	msg.Importance = widget.WarningImportance
	btn := widget.NewButtonWithIcon("Still true: confirm", theme.ConfirmIcon(), q.confirmReview)
	btn.Importance = widget.WarningImportance
	return border(nil, nil, nil, btn, msg)
}

// load shows a question and its saved answer.
func (q *questionDetail) load(it *assessment.Item) {
	q.item = it
	a := q.d.answer(it.Ref)
	q.loading = true
	defer func() { q.loading = false }()
	q.ref.SetText(it.Ref)
	setBadge(q.badge, it.Level.Code())
	q.needed.SetText(fmt.Sprintf("%s · %s", it.Level.NeededFor(), it.Answer.Label()))
	q.wording.SetText(it.Question)
	q.wordings.load(it)
	q.unsure.SetText(unsureText(q.d, it))
	showIf(q.unsure, q.unsure.Text != "")
	q.tick.SetChecked(a.Ticked())
	q.text.Load(a.Value)
	q.na.SetChecked(a.NotApplicable)
	q.naHint.SetText(it.NotApplicable.HowOnline())
	q.comment.Load(a.Comment)
	showIf(q.tick, it.Answer == assessment.Tick)
	showIf(q.text, it.Answer == assessment.Text)
	showIf(q.textBox, it.Answer == assessment.Text)
	showIf(q.docHint, it.Answer == assessment.Document)
	showIf(q.na, it.NotApplicable.Allowed())
	showIf(q.naHint, it.NotApplicable.Allowed())
	q.evidence.load(it)
	q.actions.load(it)
	q.refreshStatus()
	q.scroll.ScrollToTop()
}

// isNew reports whether last year's toolkit did not ask the question; false
// when there is no last year to compare with.
func (d *Desk) isNew(it *assessment.Item) bool {
	p := d.previous
	return p != nil && p.edition.Item(it.Ref) == nil
}

// unsureText says that a question is new this year; "" when it is not.
// Whether its wording is to be checked is the quiet badge's to say.
func unsureText(d *Desk, it *assessment.Item) string {
	if d.isNew(it) {
		return "New question this year: last year's toolkit did not ask it."
	}
	return ""
}

func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}

// refreshStatus redraws what depends on the status, leaving typed text alone.
func (q *questionDetail) refreshStatus() {
	if q.item == nil {
		return
	}
	st, _ := q.d.status.Item(q.item.Ref)
	q.state.SetText(stateText(st))
	q.state.Importance = stateImportance(st)
	q.state.TextStyle = fyne.TextStyle{Bold: true}
	q.state.Refresh()
	showIf(q.review, st.State == assessment.ItemNeedsReview)
	q.showReviewBy()
	q.suggest.refresh()
	q.setEditable(!q.d.readOnly())
	q.evidence.refresh()
	q.actions.refresh()
	q.found.refresh()
	i := q.d.questions.index()
	setEnabled(q.prev, i > 0)
	setEnabled(q.next, i < len(q.d.edition.Items)-1)
}

// showReviewBy says when the evidence for a question with a yearly (or
// three-yearly) review must be renewed.
func (q *questionDetail) showReviewBy() {
	by := assessment.ReviewBy(q.item, q.d.answer(q.item.Ref), q.d.record.EvidenceFor(q.item.Ref))
	if by.IsZero() {
		q.reviewBy.Hide()
		return
	}
	q.reviewBy.Importance = widget.MediumImportance
	text := fmt.Sprintf("Review by %s: this evidence must be renewed every %d months.", assessment.HumanDate(by), q.item.ReviewMonths)
	if by.Before(assessment.Day(q.d.now())) {
		q.reviewBy.Importance = widget.DangerImportance
		text = "Overdue: " + text
	}
	q.reviewBy.SetText(text)
	q.reviewBy.Show()
}

func stateText(st assessment.ItemStatus) string {
	switch {
	case st.Complete && st.State == assessment.ItemNotApplicable:
		return "Status: complete (not applicable)."
	case st.Complete:
		return "Status: complete."
	}
	return "Status: to do. " + st.Problem + "."
}

func stateImportance(st assessment.ItemStatus) widget.Importance {
	if st.State == assessment.ItemNeedsReview {
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

func (q *questionDetail) setEditable(on bool) {
	for _, w := range []fyne.Disableable{q.tick, q.na, q.text, q.comment} {
		setEnabled(w, on)
	}
}

func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

// flush saves any typing that is waiting for its pause.
func (q *questionDetail) flush() {
	q.text.Flush()
	q.comment.Flush()
}

func (q *questionDetail) onTick(on bool) {
	q.update(func(a *assessment.Answer) {
		a.Value = ""
		if on {
			a.Value = assessment.TickConfirmed
		}
	})
}

func (q *questionDetail) onNA(on bool) {
	if on && !q.loading && q.item != nil && q.wantsNAReason() {
		q.askNotApplicableReason()
		return
	}
	q.update(func(a *assessment.Answer) { a.NotApplicable = on })
}

func (q *questionDetail) onText(s string) { q.update(func(a *assessment.Answer) { a.Value = s }) }

func (q *questionDetail) onComment(s string) { q.update(func(a *assessment.Answer) { a.Comment = s }) }

func (q *questionDetail) confirmReview() {
	q.update(func(a *assessment.Answer) { a.NeedsReview = false })
}

// update changes the current question's answer and saves it.
func (q *questionDetail) update(change func(*assessment.Answer)) {
	if q.loading || q.item == nil {
		return
	}
	a := q.d.answer(q.item.Ref)
	change(&a)
	q.d.saveAnswer(a)
}
