package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// itemActions lists a question's actions under it, each one click from the
// action plan, with a button to add one.
type itemActions struct {
	d       *Desk
	item    *assessment.Item
	rows    *fyne.Container
	add     *widget.Button
	content fyne.CanvasObject
}

func newItemActions(d *Desk) *itemActions {
	ia := &itemActions{d: d, rows: container.NewVBox()}
	ia.add = widget.NewButtonWithIcon("Add an action for this question", theme.ContentAddIcon(), func() {
		d.screen(screenActions).(*actionsScreen).add(ia.item.Ref)
	})
	ia.content = container.NewVBox(ia.rows, container.NewHBox(ia.add))
	return ia
}

func (ia *itemActions) load(it *assessment.Item) {
	ia.item = it
	ia.refresh()
}

func (ia *itemActions) refresh() {
	if ia.item == nil {
		return
	}
	ia.rows.RemoveAll()
	for _, a := range ia.d.record.ActionsFor(ia.item.Ref) {
		ia.rows.Add(ia.row(a))
	}
	if len(ia.rows.Objects) == 0 {
		ia.rows.Add(wrapLabel("No actions for this question."))
	}
	if settled := assessment.SettledActions(ia.d.status, ia.d.record, ia.item.Ref); len(settled) > 0 && !ia.d.readOnly() {
		ia.rows.Add(ia.offerDone(settled))
	}
	setEnabled(ia.add, !ia.d.readOnly())
}

// offerDone offers to mark done the open actions of a question that is
// now complete.
func (ia *itemActions) offerDone(settled []assessment.Action) fyne.CanvasObject {
	text := "This question is now complete, so its open action can be marked done."
	if len(settled) > 1 {
		text = fmt.Sprintf("This question is now complete, so its %d open actions can be marked done.", len(settled))
	}
	mark := widget.NewButtonWithIcon("Mark done", theme.ConfirmIcon(), func() { ia.d.markDone(settled) })
	mark.Importance = widget.HighImportance
	return border(nil, nil, nil, mark, wrapLabel(text))
}

// markDone marks actions done today and saves them, as the action editor
// does: a newer change to an action replaces one still waiting to be saved,
// and a failed save is kept and tried again.
func (d *Desk) markDone(actions []assessment.Action) {
	id := d.record.Assessment.ID
	for _, a := range actions {
		a.Status = assessment.Done
		a = a.Settle(d.now())
		d.putAction(id, a)
		d.saveChange(actionKey(a.ID), "the action for "+a.Ref, func(ctx context.Context) error {
			_, err := d.store.SaveAction(ctx, id, a)
			return err
		}, func() { d.putAction(id, a) })
	}
	d.changed()
}

func (ia *itemActions) row(a assessment.Action) fyne.CanvasObject {
	text := wrapLabel(actionLine(a) + " · " + actionWhen(a, ia.d))
	if a.Overdue(ia.d.now()) {
		text.Importance = widget.DangerImportance
	}
	id := a.ID
	open := widget.NewButton("Open", func() {
		s := ia.d.screen(screenActions).(*actionsScreen)
		ia.d.show(screenActions)
		s.selectAction(id)
	})
	return border(nil, nil, nil, container.NewCenter(open), text) // a button's height beside a wrapped line
}
