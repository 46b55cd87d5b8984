package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// historyDialog lists the earlier values of a question's answer, newest
// first, each with a button to put it back.
type historyDialog struct {
	d       *Desk
	ref     string
	changes []assessment.Change
	list    *widget.List
	dlg     *dialog.CustomDialog
}

// showHistory loads a question's history in the background, then shows it.
func (d *Desk) showHistory(ref string) {
	d.flushEdits()
	id := d.record.Assessment.ID
	d.bg.write(func() func() {
		changes, err := d.store.History(context.Background(), id, ref)
		return func() {
			if err != nil {
				d.showError("The history could not be read", err)
				return
			}
			newHistoryDialog(d, ref, changes).dlg.Show()
		}
	})
}

func newHistoryDialog(d *Desk, ref string, changes []assessment.Change) *historyDialog {
	h := &historyDialog{d: d, ref: ref, changes: changes}
	h.list = widget.NewList(func() int { return len(h.changes) }, newHistoryRow, h.updateRow)
	intro := "Every change to this answer, newest first. \"Restore\" puts back the value as it was before that change; the restore is itself recorded, so it can be undone too."
	if len(changes) == 0 {
		intro = "No changes recorded yet."
	}
	body := border(wrapLabel(intro), nil, nil, nil, h.list)
	h.dlg = dialog.NewCustom("History of "+ref, "Close", body, d.win)
	h.dlg.Resize(fyne.NewSize(720, 480))
	return h
}

func newHistoryRow() fyne.CanvasObject {
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	return border(nil, nil, nil, widget.NewButton("Restore", nil), text)
}

func (h *historyDialog) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	c := h.changes[i]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(changeLine(c))
	restore := row.Objects[1].(*widget.Button)
	restore.OnTapped = func() { h.restore(c) }
	setEnabled(restore, !h.d.readOnly())
}

// changeLine writes one change: when, which field, and from what to what.
func changeLine(c assessment.Change) string {
	return fmt.Sprintf("%s · %s: from %s to %s", c.At.Local().Format("2 Jan 2006 15:04"), c.Label(), shortValue(c.Old), shortValue(c.New))
}

func shortValue(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	switch {
	case s == "":
		return "(empty)"
	case len([]rune(s)) > 60:
		return string([]rune(s)[:60]) + "…"
	}
	return s
}

// restore puts the value from before a change back, then shows it.
func (h *historyDialog) restore(c assessment.Change) {
	d := h.d
	var restored assessment.Answer
	d.write("question "+h.ref, func(ctx context.Context) (err error) {
		restored, err = d.store.RevertChange(ctx, c.ID)
		return err
	}, func() {
		h.dlg.Hide()
		d.record.Answers[h.ref] = restored
		d.changed()
		if it := d.edition.Item(h.ref); it != nil {
			d.questions.showItem(it)
		}
	})
}
