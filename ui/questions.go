package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// questionsScreen is the walkthrough: the selected group's questions above,
// the selected question below, and its guidance on the right.
type questionsScreen struct {
	d      *Desk
	group  *assessment.Group
	item   *assessment.Item
	list   *widget.List
	detail *questionDetail
	guide  *guidancePane
	root   fyne.CanvasObject
	quiet  bool
	// reviewBar offers to confirm every carried-forward answer in the group.
	reviewBar  *fyne.Container
	reviewNote *widget.Label
}

func newQuestionsScreen(d *Desk) *questionsScreen {
	q := &questionsScreen{d: d, group: d.edition.Groups[0]}
	q.list = widget.NewList(func() int { return len(q.group.Items) }, newQuestionRow, q.updateRow)
	q.list.OnSelected = func(i widget.ListItemID) {
		if !q.quiet {
			q.showItem(q.group.Items[i])
		}
	}
	q.detail = newQuestionDetail(d)
	q.guide = newGuidancePane()
	q.reviewNote = wrapLabel("")
	q.reviewNote.Importance = widget.WarningImportance
	confirm := widget.NewButtonWithIcon("Confirm all in this group…", theme.ConfirmIcon(), q.confirmGroup)
	q.reviewBar = border(nil, nil, nil, container.NewCenter(confirm), q.reviewNote) // a button's height beside a wrapped note
	q.reviewBar.Hide()
	middle := container.NewVSplit(border(q.reviewBar, nil, nil, nil, q.list), q.detail.content)
	d.rememberSplit("questions.list", middle, 0.3)
	split := container.NewHSplit(atLeast(fyne.NewSize(questionMinWidth, 0), middle), atLeast(fyne.NewSize(guideMinWidth, 0), q.guide.content))
	d.rememberSplit("questions.guidance", split, 0.6)
	q.root = split
	return q
}

func (q *questionsScreen) content() fyne.CanvasObject { return q.root }

func (q *questionsScreen) refresh() {
	q.list.Refresh()
	q.detail.refreshStatus()
	n := len(q.toReview())
	q.reviewNote.SetText(fmt.Sprintf("%s in %s carried forward from last year %s review.", assessment.Count(n, "answer", "answers"), q.group.Title, assessment.Pick(n, "needs", "need")))
	showIf(q.reviewBar, n > 0 && !q.d.readOnly())
}

// toReview lists the group's answers still marked "needs review".
func (q *questionsScreen) toReview() []assessment.Answer {
	var out []assessment.Answer
	for _, it := range q.group.Items {
		if a := q.d.answer(it.Ref); a.NeedsReview {
			out = append(out, a)
		}
	}
	return out
}

// confirmGroup confirms, after asking, that every carried-forward answer in
// the group still holds.
func (q *questionsScreen) confirmGroup() {
	answers := q.toReview()
	msg := fmt.Sprintf("Have you read the %s in %s marked \"needs review\", and do they all still hold? Confirm only what you have checked; you can also confirm them one at a time.", assessment.Count(len(answers), "answer", "answers"), q.group.Title)
	confirm(q.d.win, "Confirm carried-forward answers", "They all still hold", "Cancel", wrapLabel(msg), func(ok bool) {
		if !ok {
			return
		}
		q.d.flushEdits()
		for _, a := range q.toReview() {
			a.NeedsReview = false
			q.d.saveAnswer(a)
		}
	})
}

// newQuestionRow makes a list row: state icon, ref, short title, a NEW
// badge for a question new this year, and the level badge.
func newQuestionRow() fyne.CanvasObject {
	ref := widget.NewLabelWithStyle("10.2.1", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	short := widget.NewLabel("")
	short.Truncation = fyne.TextTruncateEllipsis
	left := container.NewHBox(widget.NewIcon(theme.RadioButtonIcon()), ref)
	return border(nil, nil, left, container.NewHBox(newBadge(newBadgeText), newBadge("AS")), short)
}

func (q *questionsScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	it := q.group.Items[i]
	row := o.(*fyne.Container)
	left := row.Objects[0].(*fyne.Container)
	short := row.Objects[1].(*widget.Label)
	st, _ := q.d.status.Item(it.Ref)
	left.Objects[0].(*widget.Icon).SetResource(stateIcon(st.State))
	left.Objects[1].(*widget.Label).SetText(it.Ref)
	short.SetText(it.Short)
	badges := row.Objects[2].(*fyne.Container)
	showIf(badges.Objects[0], q.d.isNew(it))
	setBadge(badges.Objects[1], it.Level.Code())
}

// showGroup opens a group at its first question.
func (q *questionsScreen) showGroup(g *assessment.Group) {
	if g != nil && len(g.Items) > 0 {
		q.showItem(g.Items[0])
	}
}

// showItem opens one question, saving any typing on the one before.
func (q *questionsScreen) showItem(it *assessment.Item) {
	q.d.flushEdits()
	q.group, q.item = q.d.edition.Group(it.GroupID), it
	q.list.Refresh()
	q.selectInList(it)
	q.detail.load(it)
	q.guide.load(it, assessment.ShortfallAdvice(it, q.d.profile, q.d.record.Assessment))
	if q.d.current != screenQuestion {
		q.d.show(screenQuestion)
	} else {
		q.d.nav.selectScreen(screenQuestion)
	}
}

func (q *questionsScreen) selectInList(it *assessment.Item) {
	for i, x := range q.group.Items {
		if x == it {
			q.quiet = true
			q.list.Select(i)
			q.list.ScrollTo(i)
			q.quiet = false
		}
	}
}

// step moves to the question delta places away in the whole edition.
func (q *questionsScreen) step(delta int) {
	items := q.d.edition.Ordered()
	if i := q.index() + delta; i >= 0 && i < len(items) {
		q.showItem(items[i])
	}
}

func (q *questionsScreen) index() int {
	for i, it := range q.d.edition.Ordered() {
		if it == q.item {
			return i
		}
	}
	return -1
}

// nextUnanswered moves to the next question, after this one and round to the
// start, that is not complete. It reports false when every one is complete.
func (q *questionsScreen) nextUnanswered() bool {
	items := q.d.edition.Ordered()
	start := q.index()
	for k := 1; k <= len(items); k++ {
		it := items[(start+k+len(items))%len(items)]
		if st, _ := q.d.status.Item(it.Ref); !st.Complete {
			q.showItem(it)
			return true
		}
	}
	return false
}
