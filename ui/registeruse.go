package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// target is the box a finding's text goes into: the answer of a question
// answered in words, the comment of one answered by a tick or a document;
// and how the box is named in messages.
func (c *registerCard) target() (*autosaveEntry, string) {
	if c.q.item.Answer == assessment.Text {
		return c.q.text, "answer"
	}
	return c.q.comment, "comment"
}

// use writes the finding into the answer (or comment): at once into an
// empty box, after asking into one that holds typed text.
func (c *registerCard) use(f register.Finding) {
	if c.q.item == nil || c.q.d.readOnly() {
		return
	}
	box, name := c.target()
	text := f.Text()
	switch {
	case strings.TrimSpace(box.Text) == "":
		fillBox(box, text)
	case strings.Contains(box.Text, text):
		showMessage(c.q.d.win, "Already in your "+name, "Your "+name+" for "+c.q.item.Ref+" already holds what the "+registerTitle(f.Register)+" says.")
	default:
		c.askHowToUse(box, name, text)
	}
}

// fillBox puts text in a box and saves it as typing is saved.
func fillBox(box *autosaveEntry, text string) {
	box.SetText(text)
	box.Flush()
}

// below adds text under what is in a box, after a blank line, leaving what
// was typed exactly as it was.
func below(typed, text string) string {
	switch {
	case strings.HasSuffix(typed, "\n\n"):
		return typed + text
	case strings.HasSuffix(typed, "\n"):
		return typed + "\n" + text
	}
	return typed + "\n\n" + text
}

// askHowToUse asks whether to add the finding below the typed text or to
// replace it. Enter adds it below, which loses nothing; Escape cancels.
func (c *registerCard) askHowToUse(box *autosaveEntry, name, text string) {
	ref := c.q.item.Ref
	still := func() bool { return c.q.item != nil && c.q.item.Ref == ref }
	var dlg *dialog.CustomDialog
	add := func() {
		dlg.Hide()
		if still() {
			fillBox(box, below(box.Text, text))
		}
	}
	addBtn := widget.NewButtonWithIcon("Add below what I wrote", theme.ContentAddIcon(), add)
	addBtn.Importance = widget.HighImportance
	replace := widget.NewButtonWithIcon("Replace it", theme.ContentPasteIcon(), func() {
		dlg.Hide()
		if still() {
			fillBox(box, text)
		}
	})
	replace.Importance = widget.DangerImportance
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), func() { dlg.Hide() })
	msg := fmt.Sprintf("Your %s for %s already has text in it. Add the register's words below what you wrote, or replace what you wrote with them?\n\nThe register's words:\n%s", name, ref, firstLines(text, 4))
	dlg = dialog.NewCustomWithoutButtons("Your "+name+" already has text", wrapLabel(msg), c.q.d.win)
	dlg.SetButtons([]fyne.CanvasObject{cancel, replace, addBtn})
	dlg.Resize(fyne.NewSize(560, 0))
	withKeys(c.q.d.win, dlg, add, dlg.Hide)
	dlg.Show()
}

// firstLines returns the first n lines of text, and "…" when there are more.
func firstLines(text string, n int) string {
	lines := strings.Split(text, "\n")
	if len(lines) <= n {
		return text
	}
	return strings.Join(lines[:n], "\n") + "\n…"
}

// markNA marks the question "Not applicable", as the register shows, after
// asking: where the toolkit wants a reason in the comments, the reason form
// opens with the register's figure as the reason, to save or change.
func (c *registerCard) markNA(f register.Finding) {
	q := c.q
	if q.item == nil || q.d.readOnly() {
		return
	}
	q.comment.Flush()
	if q.wantsNAReason() {
		q.setNA(true)
		q.askNotApplicableReasonWith(f.Summary)
		return
	}
	ref := q.item.Ref
	msg := fmt.Sprintf("Mark %s as not applicable to you? The %s says: %s", ref, registerTitle(f.Register), f.Summary)
	confirm(q.d.win, "Mark as not applicable", "Mark as not applicable", "Cancel", wrapLabel(msg), func(ok bool) {
		if ok && q.item != nil && q.item.Ref == ref {
			q.setNA(true)
			q.update(func(a *assessment.Answer) { a.NotApplicable = true })
		}
	})
}

// addAction adds the finding's action to the plan, once, and offers to
// open it there.
func (c *registerCard) addAction(f register.Finding) {
	d := c.q.d
	a := findingAction(f)
	if d.readOnly() || d.hasAction(a) {
		return
	}
	d.saveNewActions([]assessment.Action{a}, func(saved []assessment.Action) {
		msg := wrapLabel(fmt.Sprintf("Added to the action plan for %s: %s", a.Ref, firstLine(a.Action)))
		confirm(d.win, "Added to the action plan", "Open the action plan", "Close", msg, func(open bool) {
			if open && len(saved) == 1 {
				d.show(screenActions)
				d.screen(screenActions).(*actionsScreen).selectAction(saved[0].ID)
			}
		})
	})
}
