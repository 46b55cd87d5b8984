package ui

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// actionEditor edits the selected action; every field saves as it changes.
type actionEditor struct {
	d       *Desk
	screen  *actionsScreen
	id      int64
	ref     *widget.Select
	gap     *autosaveEntry
	action  *autosaveEntry
	owner   *autosaveEntry
	target  *dateBox
	status  *widget.RadioGroup
	done    *dateBox
	notes   *autosaveEntry
	goTo    *widget.Button
	remove  *widget.Button
	form    fyne.CanvasObject
	empty   fyne.CanvasObject
	content *fyne.Container
	loading bool
}

func newActionEditor(d *Desk, s *actionsScreen) *actionEditor {
	e := &actionEditor{d: d, screen: s}
	e.ref = widget.NewSelect(refChoices(d.edition), func(string) { e.save() })
	e.gap = newAutosaveEntry(d.bg, true, func(string) { e.save() })
	e.gap.SetMinRowsVisible(2)
	e.action = newAutosaveEntry(d.bg, true, func(string) { e.save() })
	e.action.SetMinRowsVisible(2)
	e.owner = newAutosaveEntry(d.bg, false, func(string) { e.save() })
	e.owner.SetPlaceHolder("Who will do it, such as the deputy manager")
	e.target = newDateBox()
	e.target.OnChanged = func(*time.Time) { e.save() }
	e.status = widget.NewRadioGroup(statusLabels(), func(string) { e.save() })
	e.status.Horizontal = true
	e.done = newDateBox()
	e.done.OnChanged = func(*time.Time) { e.save() }
	e.notes = newAutosaveEntry(d.bg, true, func(string) { e.save() })
	e.goTo = widget.NewButtonWithIcon("Go to the question", theme.NavigateNextIcon(), e.openQuestion)
	e.remove = widget.NewButtonWithIcon("Delete action", theme.DeleteIcon(), e.confirmDelete)
	e.form = e.layout()
	e.empty = container.NewCenter(widget.NewLabel("Choose an action above to see and change it, or add one."))
	e.content = container.NewStack(e.empty)
	return e
}

// layout puts the boxes in a form that scrolls; the multi-line boxes grow
// with their text and pass the mouse wheel to the form, as on the question
// page, so the wheel scrolls the editor wherever the pointer is.
func (e *actionEditor) layout() fyne.CanvasObject {
	var scroll *container.Scroll
	page := func() *container.Scroll { return scroll }
	form := widget.NewForm(
		widget.NewFormItem("Question", e.ref),
		widget.NewFormItem("The gap", growingBox(e.gap, page)),
		widget.NewFormItem("Action", growingBox(e.action, page)),
		widget.NewFormItem("Owner", e.owner),
		widget.NewFormItem("Target date", e.target),
		widget.NewFormItem("Status", e.status),
		widget.NewFormItem("Done on", e.done),
		widget.NewFormItem("Notes", growingBox(e.notes, page)),
	)
	scroll = container.NewVScroll(form)
	return border(nil, container.NewHBox(e.goTo, layoutSpacer(), e.remove), nil, nil, scroll)
}

func refChoices(ed *assessment.Edition) []string {
	var out []string
	for _, g := range ed.Groups {
		for _, it := range g.Items {
			out = append(out, refChoice(it))
		}
	}
	return out
}

func refChoice(it *assessment.Item) string { return it.Ref + "  " + it.Short }

func statusLabels() []string {
	var out []string
	for _, s := range assessment.ActionStatuses {
		out = append(out, s.Label())
	}
	return out
}

func (e *actionEditor) find() (assessment.Action, int) {
	for i, a := range e.d.record.Actions {
		if a.ID == e.id {
			return a, i
		}
	}
	return assessment.Action{}, -1
}

// load shows the action with the given id.
func (e *actionEditor) load(id int64) {
	e.flush()
	e.id = id
	a, i := e.find()
	if i < 0 {
		e.content.Objects = []fyne.CanvasObject{e.empty}
		e.content.Refresh()
		return
	}
	e.loading = true
	defer func() { e.loading = false }()
	if it := e.d.edition.Item(a.Ref); it != nil {
		e.ref.SetSelected(refChoice(it))
	} else {
		e.ref.ClearSelected()
	}
	e.gap.Load(a.Gap)
	e.action.Load(a.Action)
	e.owner.Load(a.Owner)
	e.target.SetDate(datePtr(a.TargetDate))
	e.status.SetSelected(a.Status.Label())
	e.done.SetDate(datePtr(a.DoneDate))
	e.notes.Load(a.Notes)
	e.content.Objects = []fyne.CanvasObject{e.form}
	e.content.Refresh()
	e.refresh()
}

func datePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func (e *actionEditor) refresh() {
	on := !e.d.readOnly()
	for _, w := range []fyne.Disableable{e.ref, e.gap, e.action, e.owner, e.target, e.status, e.done, e.notes, e.remove} {
		setEnabled(w, on)
	}
}

func (e *actionEditor) flush() {
	for _, f := range []*autosaveEntry{e.gap, e.action, e.owner, e.notes} {
		f.Flush()
	}
}

// read builds the action from the fields.
func (e *actionEditor) read(a assessment.Action) assessment.Action {
	a.Ref = refOf(e.ref.Selected)
	a.Gap, a.Action, a.Owner, a.Notes = e.gap.Text, e.action.Text, e.owner.Text, e.notes.Text
	a.TargetDate = dateOf(e.target.Date)
	for _, s := range assessment.ActionStatuses {
		if s.Label() == e.status.Selected {
			a.Status = s
		}
	}
	a.DoneDate = dateOf(e.done.Date)
	return a.Settle(e.d.now())
}

func refOf(choice string) string {
	for i, r := range choice {
		if r == ' ' {
			return choice[:i]
		}
	}
	return choice
}

func dateOf(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return assessment.Day(*t)
}

func (e *actionEditor) save() {
	old, i := e.find()
	if e.loading || i < 0 || e.d.readOnly() {
		return
	}
	a := e.read(old)
	a.Draft = a.StillDraft(old)
	if !a.DoneDate.Equal(dateOf(e.done.Date)) { // Settle filled or cleared it
		e.loading = true
		e.done.SetDate(datePtr(a.DoneDate))
		e.loading = false
	}
	e.d.record.Actions[i] = a
	e.d.changed()
	id := e.d.record.Assessment.ID
	e.d.saveChange(actionKey(a.ID), "the action for "+a.Ref, func(ctx context.Context) error {
		_, err := e.d.store.SaveAction(ctx, id, a)
		return err
	}, func() { e.d.putAction(id, a) })
}

func (e *actionEditor) openQuestion() {
	a, _ := e.find()
	if it := e.d.edition.Item(a.Ref); it != nil {
		e.d.questions.showItem(it)
	}
}

func (e *actionEditor) confirmDelete() {
	a, i := e.find()
	if i < 0 {
		return
	}
	msg := fmt.Sprintf("Delete the action for %s?\n%s", a.Ref, firstLine(a.Action))
	confirm(e.d.win, "Delete action", "Delete", "Keep", wrapLabel(msg), func(ok bool) {
		if ok {
			e.d.deleteAction(a.ID)
			e.load(0)
		}
	})
}

// putAction puts a in the record in memory, if it still holds that action.
func (d *Desk) putAction(assessmentID int64, a assessment.Action) {
	if d.record.Assessment.ID != assessmentID {
		return
	}
	for i, x := range d.record.Actions {
		if x.ID == a.ID {
			d.record.Actions[i] = a
		}
	}
}

// actionKey names an action's pending save (see saveChange), so that every
// change to one action, from its editor or "Mark done", replaces the last.
func actionKey(id int64) string { return fmt.Sprintf("action %d", id) }

// deleteAction removes an action from the plan, and forgets any change to
// it still waiting to be saved.
func (d *Desk) deleteAction(id int64) {
	d.forgetUnsaved(actionKey(id))
	for i, a := range d.record.Actions {
		if a.ID == id {
			d.record.Actions = append(d.record.Actions[:i:i], d.record.Actions[i+1:]...)
			break
		}
	}
	d.changed()
	d.write("the action plan", func(ctx context.Context) error { return d.store.DeleteAction(ctx, id) }, nil)
}
