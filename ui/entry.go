package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// autosaveDelay is how long typing must pause before it is saved.
const autosaveDelay = 600 * time.Millisecond

// autosaveEntry is a text entry that saves by itself: after a short pause in
// typing, and at once when it loses focus or when Flush is called (on
// changing question and on closing the window).
type autosaveEntry struct {
	widget.Entry
	bg      *background
	save    func(text string)
	stop    func() // cancels the pending autosave, if any
	pending bool
	loading bool
	fix     *cursorFix // see entrycursor.go
	cancel  func()     // Escape, when the box is in a dialog
}

func newAutosaveEntry(bg *background, multiLine bool, save func(string)) *autosaveEntry {
	e := &autosaveEntry{bg: bg, save: save}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrapWord
	if !multiLine {
		e.Wrapping = fyne.TextWrapOff
	}
	e.ExtendBaseWidget(e)
	e.OnChanged = e.changed
	return e
}

// Load shows text without saving it.
func (e *autosaveEntry) Load(text string) {
	e.cancelTimer()
	e.pending = false
	e.loading = true
	e.SetText(text)
	e.loading = false
}

func (e *autosaveEntry) changed(string) {
	if e.loading {
		return
	}
	e.pending = true
	e.cancelTimer()
	e.stop = e.bg.after(autosaveDelay, e.Flush)
}

func (e *autosaveEntry) cancelTimer() {
	if e.stop != nil {
		e.stop()
		e.stop = nil
	}
}

// Flush saves now if there is unsaved typing.
func (e *autosaveEntry) Flush() {
	if !e.pending {
		return
	}
	e.pending = false
	e.cancelTimer()
	e.save(e.Text)
}

// FocusLost saves as soon as the manager leaves the field.
func (e *autosaveEntry) FocusLost() {
	e.Entry.FocusLost()
	e.Flush()
}

// AcceptsTab is false so that Tab and Shift+Tab move to the next or previous
// control, as the manager expects, instead of typing a tab into the answer.
func (e *autosaveEntry) AcceptsTab() bool { return false }

// setDialogKeys makes Escape cancel the dialog the box is in, and Enter in a
// one-line box submit it (in a box of several lines Enter starts a new line).
func (e *autosaveEntry) setDialogKeys(submit, cancel func()) {
	e.cancel = cancel
	if !e.MultiLine {
		e.OnSubmitted = func(string) { submit() }
	}
}
