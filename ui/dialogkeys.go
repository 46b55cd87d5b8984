package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Every small dialog answers the keyboard: Enter chooses its main button
// and Escape cancels it. Fyne's dialogs do neither, so each dialog is shown
// through withKeys, which routes the two keys to it while it is the top
// dialog: through the window when nothing in the dialog has the keyboard,
// and through the dialog's own boxes (keyEntry, dateBox) when one has.

// dialogKeys is what Enter and Escape do in one open dialog.
type dialogKeys struct{ submit, cancel func() }

// keyStacks holds, per window, the open dialogs' keys, newest last, and
// keyBase the window's own key handler to give back when the last closes.
var (
	keyStacks = map[fyne.Canvas][]*dialogKeys{}
	keyBase   = map[fyne.Canvas]func(*fyne.KeyEvent){}
)

// keyBox is a box inside a dialog that passes Enter and Escape on to it.
type keyBox interface{ setDialogKeys(submit, cancel func()) }

// withKeys makes Enter run submit (if not nil; otherwise cancel) and Escape
// run cancel while dlg is open.
func withKeys(win fyne.Window, dlg dialog.Dialog, submit, cancel func(), boxes ...keyBox) {
	if submit == nil {
		submit = cancel
	}
	c := win.Canvas()
	k := &dialogKeys{submit: submit, cancel: cancel}
	if len(keyStacks[c]) == 0 {
		keyBase[c] = c.OnTypedKey()
	}
	keyStacks[c] = append(keyStacks[c], k)
	c.SetOnTypedKey(k.typed)
	dlg.SetOnClosed(func() { dropKeys(c, k) })
	for _, b := range boxes {
		b.setDialogKeys(submit, cancel)
	}
}

// dropKeys forgets a closed dialog's keys and gives them back to the one
// below it, if any.
func dropKeys(c fyne.Canvas, k *dialogKeys) {
	stack := keyStacks[c]
	i := slices.Index(stack, k)
	if i < 0 {
		return // closed twice
	}
	stack = slices.Delete(slices.Clone(stack), i, i+1)
	keyStacks[c] = stack
	if len(stack) == 0 {
		c.SetOnTypedKey(keyBase[c])
		delete(keyStacks, c)
		delete(keyBase, c)
		return
	}
	c.SetOnTypedKey(stack[len(stack)-1].typed)
}

func (k *dialogKeys) typed(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		k.submit()
	case fyne.KeyEscape:
		k.cancel()
	}
}

// keyEntry is a one-line box for dialogs: Enter submits the dialog and
// Escape cancels it.
type keyEntry struct {
	widget.Entry
	cancel func()
}

func newKeyEntry() *keyEntry {
	e := &keyEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func (e *keyEntry) setDialogKeys(submit, cancel func()) {
	e.OnSubmitted = func(string) { submit() }
	e.cancel = cancel
}

// TypedKey cancels the dialog on Escape.
func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.cancel != nil {
		e.cancel()
		return
	}
	e.Entry.TypedKey(k)
}

// confirm asks a question with two buttons; Enter says yes, Escape no.
func confirm(win fyne.Window, title, yes, no string, content fyne.CanvasObject, answer func(bool)) *dialog.ConfirmDialog {
	dlg := dialog.NewCustomConfirm(title, yes, no, content, answer, win)
	dlg.Resize(fyne.NewSize(520, 0))
	withKeys(win, dlg, dlg.Confirm, dlg.Hide)
	dlg.Show()
	return dlg
}

// keySelect is a drop-down list for dialogs: once a choice is made it keeps
// the keyboard, so it passes Enter and Escape on to the dialog.
type keySelect struct {
	widget.Select
	submit, cancel func()
}

func newKeySelect(options []string, changed func(string)) *keySelect {
	s := &keySelect{}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

func (s *keySelect) setDialogKeys(submit, cancel func()) { s.submit, s.cancel = submit, cancel }

// TypedKey submits the dialog on Enter and cancels it on Escape.
func (s *keySelect) TypedKey(k *fyne.KeyEvent) {
	switch {
	case (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && s.submit != nil:
		s.submit()
	case k.Name == fyne.KeyEscape && s.cancel != nil:
		s.cancel()
	default:
		s.Select.TypedKey(k)
	}
}
