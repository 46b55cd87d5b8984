package ui

import (
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
		d.screens[screenActions].(*actionsScreen).add(ia.item.Ref)
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
	setEnabled(ia.add, !ia.d.readOnly())
}

func (ia *itemActions) row(a assessment.Action) fyne.CanvasObject {
	text := wrapLabel(actionLine(a) + " · " + actionWhen(a, ia.d))
	if a.Overdue(ia.d.now()) {
		text.Importance = widget.DangerImportance
	}
	id := a.ID
	open := widget.NewButton("Open", func() {
		s := ia.d.screens[screenActions].(*actionsScreen)
		ia.d.show(screenActions)
		s.selectAction(id)
	})
	return border(nil, nil, nil, open, text)
}
