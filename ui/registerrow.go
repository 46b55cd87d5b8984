package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// confirmDelete asks before deleting the row open in the form. A new row
// not yet added is simply closed.
func (f *rowForm) confirmDelete() {
	if f.ticket == nil {
		return
	}
	if !f.inMemory {
		f.leave(f.clear)
		return
	}
	msg := fmt.Sprintf("Delete %s from %s?\nIts history keeps what it said.", f.label(), strings.ToLower(f.v.reg.Title))
	t := f.ticket
	confirm(f.d.win, "Delete "+f.schema.One, "Delete", "Keep", wrapLabel(msg), func(ok bool) {
		if ok && f.ticket == t {
			f.delete()
		}
	})
}

// leave runs then, which closes the row open; if it is a new row with
// something typed in it that could not be added yet, it asks first.
func (f *rowForm) leave(then func()) {
	if !f.startedNew() {
		then()
		return
	}
	msg := fmt.Sprintf("The new %s you started is not saved yet. %s\n\nLeave it without saving what you typed?", f.schema.One, f.needText(f.currentValues()))
	t := f.ticket
	confirm(f.d.win, "Leave the new "+f.schema.One+"?", "Leave it", "Go back", wrapLabel(msg), func(ok bool) {
		if ok && f.ticket == t {
			then()
			return
		}
		f.v.highlight()
	})
}

// startedNew reports whether a new row not yet added has anything typed or
// chosen in it.
func (f *rowForm) startedNew() bool {
	if f.ticket == nil || f.inMemory {
		return false
	}
	return slices.ContainsFunc(f.boxes, func(b *fieldBox) bool { return strings.TrimSpace(b.text()) != "" })
}

// delete takes the row out of the register and forgets any change to it
// still waiting to be saved.
func (f *rowForm) delete() {
	d, t, aid, table := f.d, f.ticket, f.aid, f.schema.Name
	d.forgetUnsaved(t.key)
	d.dropRegisterRow(table, t)
	f.clear()
	d.changed()
	d.write("the "+f.v.reg.Title+" register", func(ctx context.Context) error {
		// Writes run in order, so a save of the new row has finished.
		if id := t.rowID(); id != 0 {
			return d.store.DeleteRegisterRow(ctx, aid, id)
		}
		return nil
	}, nil)
}

// showHistory reads the changes to the row open, then lists them.
func (f *rowForm) showHistory() {
	f.flush()
	d, aid, id, schema, label := f.d, f.aid, f.ticket.rowID(), f.schema, f.label()
	if id == 0 {
		showMessage(d.win, "No history yet", "This "+schema.One+" is still being saved; its history starts once it is.")
		return
	}
	d.bg.write(func() func() {
		changes, err := d.store.RegisterHistory(context.Background(), aid, id)
		return func() {
			if err != nil {
				d.showError("The history could not be read", err)
				return
			}
			showRowHistory(d.win, schema, label, changes)
		}
	})
}

// showRowHistory lists the changes to a row, newest first, by field label
// and with values as they are shown.
func showRowHistory(win fyne.Window, schema *register.Schema, label string, changes []assessment.Change) {
	lines := make([]string, len(changes))
	for i, c := range changes {
		lines[len(changes)-1-i] = rowChangeLine(schema, c)
	}
	intro := "Every change to this " + schema.One + " after it was first added, newest first."
	if len(lines) == 0 {
		intro = "No changes since this " + schema.One + " was added."
	}
	list := widget.NewList(func() int { return len(lines) }, newHistoryRow, func(i widget.ListItemID, o fyne.CanvasObject) {
		o.(*widget.Label).SetText(lines[i])
	})
	dlg := dialog.NewCustom("History of "+label, "Close", border(wrapLabel(intro), nil, nil, nil, list), win)
	dlg.Resize(fyne.NewSize(760, 480))
	withKeys(win, dlg, nil, dlg.Hide)
	dlg.Show()
}

// rowChangeLine writes one change: when, which field, from what to what.
func rowChangeLine(schema *register.Schema, c assessment.Change) string {
	label, show := c.Field, func(v string) string { return v }
	if fd := schema.Field(c.Field); fd != nil {
		label, show = fd.Label, fd.Show
	}
	value := func(v string) string {
		s := oneLine(show(v))
		if s == "" {
			return "(empty)"
		}
		if r := []rune(s); len(r) > 60 {
			return string(r[:60]) + "…"
		}
		return s
	}
	return fmt.Sprintf("%s · %s: from %s to %s", c.At.Local().Format("2 Jan 2006 15:04"), label, value(c.Old), value(c.New))
}

// toAction is the action plan entry the row gives, if any.
func (f *rowForm) toAction() (assessment.Action, bool) {
	if f.schema.ToAction == nil || f.ticket == nil || !f.inMemory {
		return assessment.Action{}, false
	}
	gap, action, owner, target, ok := f.schema.ToAction(f.row)
	if !ok {
		return assessment.Action{}, false
	}
	a := assessment.Action{Gap: gap, Action: action, Owner: owner, TargetDate: target, Status: assessment.NotStarted}
	if len(f.v.reg.Questions) > 0 {
		a.Ref = f.v.reg.Questions[0]
	}
	return a, true
}

// addToPlan adds the row's action to the action plan, unless the plan
// already has an action for the same gap.
func (f *rowForm) addToPlan() {
	a, ok := f.toAction()
	if !ok {
		return
	}
	d := f.d
	same := func(x assessment.Action) bool { return strings.EqualFold(oneLine(x.Gap), oneLine(a.Gap)) }
	if i := slices.IndexFunc(d.record.Actions, same); i >= 0 {
		x := d.record.Actions[i]
		showMessage(d.win, "Already in the action plan", fmt.Sprintf("The action plan already has an action for this, under %s:\n%s\n\nChange it in the action plan if it needs to say more.", x.Ref, firstLine(x.Action)))
		return
	}
	d.saveNewActions([]assessment.Action{a}, func([]assessment.Action) {
		showMessage(d.win, "Added to the action plan", fmt.Sprintf("The action is in the action plan under %s. Check its owner and target date there.", a.Ref))
	})
}
