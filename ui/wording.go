package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// The quiet badges beside a question whose wording is to be compared with
// the live toolkit, or that the manager found different there.
const (
	wordingToCheckText = "wording to check"
	wordingDiffersText = "live wording differs"
)

// wordingBadge is a small, quiet button beside a question that we are not
// sure matches the live toolkit. Its detail says what to compare there and
// lets the manager record that it matches, or paste the live wording. Once
// the wording matches, the badge goes.
type wordingBadge struct {
	d       *Desk
	item    *assessment.Item
	button  *widget.Button
	content *fyne.Container // the button, on a line of its own
	dialog  dialog.Dialog   // the detail while it is open
	// onSaved, if set, is called once a comparison is recorded.
	onSaved func()
}

func newWordingBadge(d *Desk) *wordingBadge {
	w := &wordingBadge{d: d}
	w.button = widget.NewButtonWithIcon(wordingToCheckText, theme.InfoIcon(), w.open)
	w.button.Importance = widget.LowImportance
	w.content = container.NewHBox(w.button)
	w.content.Hide()
	return w
}

// load shows the badge for the question, or hides it.
func (w *wordingBadge) load(it *assessment.Item) {
	w.item = it
	w.refresh()
}

func (w *wordingBadge) refresh() {
	if w.item == nil {
		return
	}
	check, checked := w.d.record.Wording[w.item.Ref]
	switch {
	case checked && check.State == assessment.WordingDiffers:
		w.button.SetText(wordingDiffersText)
		w.content.Show()
	case w.d.record.WordingToCheck(w.item):
		w.button.SetText(wordingToCheckText)
		w.content.Show()
	default:
		w.content.Hide()
	}
}

// open shows what to compare in the live toolkit, and the two answers.
func (w *wordingBadge) open() {
	it := w.item
	matches := widget.NewButtonWithIcon("It matches the live toolkit", theme.ConfirmIcon(), func() {
		w.save(assessment.WordingCheck{Ref: it.Ref, State: assessment.WordingMatches})
	})
	differs := widget.NewButtonWithIcon("It differs: paste the live wording", theme.DocumentCreateIcon(), w.askLiveWording)
	body := container.NewVBox(wrapLabel(it.WhatToCompare()))
	if c, ok := w.d.record.Wording[it.Ref]; ok && c.State == assessment.WordingDiffers {
		body = container.NewVBox(wrapLabel("You noted that the live toolkit words this question differently:"), quoted(c.LiveWording, c.LiveRef))
		differs.SetText("Change the live wording")
	}
	if w.d.readOnly() {
		body.Add(wrapLabel("This assessment is published and locked, so its wording checks cannot change."))
		matches.Disable()
		differs.Disable()
	}
	body.Add(container.NewHBox(matches, differs))
	w.dialog = dialog.NewCustom("Question "+it.Ref+": compare with the live toolkit", "Close", body, w.d.win)
	w.dialog.Resize(fyne.NewSize(620, 0))
	withKeys(w.d.win, w.dialog, nil, w.dialog.Hide)
	w.dialog.Show()
}

// quoted shows the pasted live wording, with its reference if given.
func quoted(wording, ref string) fyne.CanvasObject {
	text := wrapLabel(wording)
	text.TextStyle = fyne.TextStyle{Italic: true}
	if ref == "" {
		return text
	}
	return container.NewVBox(text, wrapLabel("Its number in the live toolkit: "+ref))
}

// askLiveWording asks for the live toolkit's wording and reference.
func (w *wordingBadge) askLiveWording() {
	it := w.item
	prev := w.d.record.Wording[it.Ref]
	// The answer boxes' entry, saving nothing by itself: a plain wrapped
	// Fyne entry moves typed spaces (see entrycursor.go) and ignores Escape.
	wording := newAutosaveEntry(w.d.bg, true, func(string) {})
	wording.SetMinRowsVisible(4)
	wording.SetPlaceHolder("Paste the question exactly as the live toolkit shows it")
	wording.SetText(prev.LiveWording)
	ref := newKeyEntry()
	ref.SetPlaceHolder("Only if it is not " + it.Ref)
	ref.SetText(prev.LiveRef)
	problem := wrapLabel("")
	problem.Importance = widget.DangerImportance
	problem.Hide()
	items := []*widget.FormItem{widget.NewFormItem("Live wording", wording), widget.NewFormItem("Live number", ref), widget.NewFormItem("", problem)}
	var form *dialog.FormDialog
	form = dialog.NewForm("Question "+it.Ref+": the live toolkit's wording", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		// A paste from the browser often brings a line break or spaces
		// around the question: keep the question, not them.
		c := assessment.WordingCheck{Ref: it.Ref, State: assessment.WordingDiffers,
			LiveWording: strings.TrimSpace(wording.Text), LiveRef: strings.TrimSpace(ref.Text)}
		if err := c.Check(w.d.edition); err != nil {
			problem.SetText(assessment.ErrorMessage(err))
			problem.Show()
			form.Show()
			return
		}
		w.save(c)
	}, w.d.win)
	form.Resize(fyne.NewSize(620, 0))
	withKeys(w.d.win, form, form.Submit, form.Hide, wording, ref)
	form.Show()
}

// save records the comparison in memory, redraws and saves it.
func (w *wordingBadge) save(c assessment.WordingCheck) {
	d := w.d
	if w.dialog != nil {
		w.dialog.Hide()
	}
	if d.readOnly() {
		return
	}
	if d.record.Wording == nil {
		d.record.Wording = map[string]assessment.WordingCheck{}
	}
	c.CheckedAt = d.now()
	d.record.Wording[c.Ref] = c
	w.refresh()
	if w.onSaved != nil {
		w.onSaved()
	}
	id := d.record.Assessment.ID
	d.saveChange("wording "+c.Ref, "the wording of question "+c.Ref, func(ctx context.Context) error {
		_, err := d.store.SaveWordingCheck(ctx, id, c)
		return err
	}, func() {
		if d.record.Assessment.ID != id {
			return
		}
		if d.record.Wording == nil {
			d.record.Wording = map[string]assessment.WordingCheck{}
		}
		d.record.Wording[c.Ref] = c
	})
}
