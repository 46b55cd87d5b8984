package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// historyDialog lists the changes to a question's answer, newest first.
// Choosing one shows in full the version from before it, with a button to
// put that version back.
type historyDialog struct {
	d       *Desk
	ref     string
	changes []assessment.Change
	list    *widget.List
	earlier *widget.Label
	restore *widget.Button
	chosen  int
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
	h := &historyDialog{d: d, ref: ref, changes: changes, earlier: wrapLabel(""), chosen: -1}
	h.list = widget.NewList(func() int { return len(h.changes) }, newHistoryRow, h.updateRow)
	h.list.OnSelected = h.choose
	h.restore = widget.NewButtonWithIcon("Restore this version", theme.HistoryIcon(), func() { h.restoreChange(h.changes[h.chosen]) })
	h.restore.Disable()
	intro := "Every change to this answer, newest first. Choose one to read the version from before it in full; \"Restore this version\" puts that back, and the restore is itself recorded, so it can be undone too."
	if len(changes) == 0 {
		intro = "No changes recorded yet."
	}
	version := border(nil, container.NewHBox(layoutSpacer(), h.restore), nil, nil, container.NewVScroll(h.earlier))
	split := container.NewVSplit(h.list, version)
	body := border(wrapLabel(intro), nil, nil, nil, split)
	h.dlg = dialog.NewCustom("History of "+ref, "Close", body, d.win)
	h.dlg.Resize(fyne.NewSize(760, 560))
	withKeys(d.win, h.dlg, nil, h.dlg.Hide)
	if len(changes) > 0 {
		h.list.Select(0)
	}
	return h
}

func newHistoryRow() fyne.CanvasObject {
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	return text
}

func (h *historyDialog) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	o.(*widget.Label).SetText(changeLine(h.changes[i]))
}

// choose shows in full the version from before a change.
func (h *historyDialog) choose(i widget.ListItemID) {
	h.chosen = i
	c := h.changes[i]
	old := shownValue(c, c.Old)
	h.earlier.SetText(fmt.Sprintf("%s before the change on %s:\n\n%s", c.Label(), c.At.Local().Format("2 January 2006 at 15:04"), old))
	setEnabled(h.restore, !h.d.readOnly())
}

// changeLine writes one change: when, which field, and from what to what.
func changeLine(c assessment.Change) string {
	return fmt.Sprintf("%s · %s: from %s to %s", c.At.Local().Format("2 Jan 2006 15:04"), c.Label(), shortValue(c, c.Old), shortValue(c, c.New))
}

// shownValue writes a recorded value the way the manager sees it: "Yes" or
// "No" for the yes-or-no fields, "(empty)" for nothing.
func shownValue(c assessment.Change, v string) string {
	switch {
	case c.Field == assessment.ChangeNeedsReview || c.Field == assessment.ChangeNotApplicable:
		if v == "true" {
			return "Yes"
		}
		return "No"
	case v == assessment.TickConfirmed:
		return "Confirmed (ticked)"
	case v == "":
		return "(empty)"
	}
	return v
}

// shortValue is shownValue on one line of at most 60 characters.
func shortValue(c assessment.Change, v string) string {
	s := strings.Join(strings.Fields(shownValue(c, v)), " ")
	if len([]rune(s)) > 60 {
		return string([]rune(s)[:60]) + "…"
	}
	return s
}

// restoreChange puts the value from before a change back, then shows it.
func (h *historyDialog) restoreChange(c assessment.Change) {
	d := h.d
	var restored assessment.Answer
	d.write("question "+h.ref, func(ctx context.Context) (err error) {
		restored, err = d.store.RevertChange(ctx, c.ID)
		return err
	}, func() {
		h.dlg.Hide()
		// The version chosen replaces an edit still waiting to be saved,
		// which would otherwise be written over it at the next retry.
		d.forgetUnsaved("answer " + h.ref)
		d.record.Answers[h.ref] = restored
		d.changed()
		if it := d.edition.Item(h.ref); it != nil {
			d.questions.showItem(it)
		}
	})
}
