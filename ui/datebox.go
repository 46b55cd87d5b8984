package ui

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dateBox is Fyne's date entry as a manager expects it: a blank box means
// "not set" (Fyne's own check shows `parsing time ""...`), a mistyped date
// is answered with an example, and the calendar opens where it can be seen
// (above the box when there is no room below) and closes with Escape.
type dateBox struct {
	widget.DateEntry
	calendar *widget.PopUp
	cancel   func() // Escape, when the box is in a dialog
}

func newDateBox() *dateBox {
	e := &dateBox{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	open := widget.NewButtonWithIcon("", theme.CalendarIcon(), e.openCalendar)
	open.Importance = widget.LowImportance
	e.ActionItem = open // before CreateRenderer, so Fyne's own drop-down is not made
	return e
}

// CreateRenderer lets Fyne set up the entry, then replaces its date check.
func (e *dateBox) CreateRenderer() fyne.WidgetRenderer {
	r := e.DateEntry.CreateRenderer()
	fyneCheck := e.Validator
	e.Validator = func(text string) error {
		if strings.TrimSpace(text) == "" || fyneCheck == nil || fyneCheck(text) == nil {
			return nil
		}
		return errors.New("Type a date such as " + exampleDate() + ", or leave it blank")
	}
	return r
}

// exampleDate is a date written the way the date boxes expect it.
func exampleDate() string {
	e := widget.NewDateEntry()
	sample := time.Date(2027, 3, 31, 0, 0, 0, 0, time.Local)
	e.SetDate(&sample)
	return e.Text
}

// openCalendar shows a month to pick from, inside the window.
func (e *dateBox) openCalendar() {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return
	}
	start := time.Now()
	if e.Date != nil {
		start = *e.Date
	}
	cal := newEscapable(widget.NewCalendar(start, e.picked), e.closeCalendar)
	e.calendar = widget.NewPopUp(cal, c)
	size := e.calendar.MinSize().Max(fyne.NewSize(e.Size().Width, 0))
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	e.calendar.ShowAtPosition(popUpPlace(at, e.Size(), size, c.Size()))
	e.calendar.Resize(size)
	c.Focus(cal)
}

func (e *dateBox) picked(t time.Time) {
	e.closeCalendar()
	e.SetDate(&t)
}

func (e *dateBox) closeCalendar() {
	if e.calendar != nil {
		e.calendar.Hide()
		e.calendar = nil
	}
}

// popUpPlace puts a pop-up of size below the box at (at, box), or above it
// when it does not fit below, and keeps it inside the window.
func popUpPlace(at fyne.Position, box, size, window fyne.Size) fyne.Position {
	pos := fyne.NewPos(at.X, at.Y+box.Height)
	if pos.Y+size.Height > window.Height {
		pos.Y = at.Y - size.Height
	}
	pos.Y = max(0, min(pos.Y, window.Height-size.Height))
	pos.X = max(0, min(pos.X, window.Width-size.Width))
	return pos
}

// escapable holds a pop-up's content and takes the keyboard focus while it
// is open, so that Escape closes the pop-up.
type escapable struct {
	widget.BaseWidget
	content fyne.CanvasObject
	escape  func()
}

func newEscapable(content fyne.CanvasObject, escape func()) *escapable {
	e := &escapable{content: content, escape: escape}
	e.ExtendBaseWidget(e)
	return e
}

// CreateRenderer shows the content.
func (e *escapable) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(e.content) }

// FocusGained does nothing: the content draws itself.
func (e *escapable) FocusGained() {}

// FocusLost does nothing.
func (e *escapable) FocusLost() {}

// TypedRune ignores typing.
func (e *escapable) TypedRune(rune) {}

// TypedKey closes the pop-up on Escape.
func (e *escapable) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		e.escape()
	}
}

func (e *dateBox) setDialogKeys(submit, cancel func()) {
	e.OnSubmitted = func(string) { submit() }
	e.cancel = cancel
}

// TypedKey cancels the dialog the box is in on Escape.
func (e *dateBox) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.cancel != nil {
		e.cancel()
		return
	}
	e.DateEntry.TypedKey(k)
}
