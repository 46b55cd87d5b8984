package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// showReviewsDue lists the questions whose evidence must be renewed within
// the warning period or is overdue, each one click from its question.
func (d *Desk) showReviewsDue() {
	due := assessment.ReviewsDue(d.edition, d.record, d.now())
	var dlg *dialog.CustomDialog
	list := widget.NewList(func() int { return len(due) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.SetText(reviewLine(due[i]))
		l.Importance = widget.MediumImportance
		if due[i].Overdue {
			l.Importance = widget.DangerImportance
		}
		l.Refresh()
	})
	list.OnSelected = func(i widget.ListItemID) {
		dlg.Hide()
		d.questions.showItem(due[i].Item)
	}
	intro := wrapLabel(fmt.Sprintf("Some evidence must be recent: training and registers within the last 12 months, policies reviewed within 3 years. These fall due within %d days, or are overdue. Renew the evidence, then update the answer or add the new evidence.", assessment.ReviewWarningDays))
	dlg = dialog.NewCustom("Reviews due", "Close", border(intro, nil, nil, nil, list), d.win)
	dlg.Resize(fyne.NewSize(640, 420))
	withKeys(d.win, dlg, nil, dlg.Hide)
	dlg.Show()
}

func reviewLine(r assessment.ReviewDue) string {
	when := "review by " + assessment.HumanDate(r.By)
	if r.Overdue {
		when = "overdue since " + assessment.HumanDate(r.By)
	}
	return fmt.Sprintf("%s  %s · %s", r.Item.Ref, r.Item.Short, when)
}
