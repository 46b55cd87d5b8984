package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// copyText shows an answer as wrapped, read-only text that can take the
// keyboard focus: Ctrl+C copies the stored text (never what the label
// shows), Down and Up move to the next or previous question.
type copyText struct {
	widget.BaseWidget
	label   *widget.Label
	bg      *canvas.Rectangle
	copy    func()    // copies the stored text
	move    func(int) // moves to the next (+1) or previous (-1) question
	focused bool
}

func newCopyText(copyIt func(), move func(int)) *copyText {
	c := &copyText{label: wrapLabel(""), bg: canvas.NewRectangle(color.Transparent), copy: copyIt, move: move}
	c.bg.StrokeWidth = 2
	c.bg.CornerRadius = theme.InputRadiusSize()
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer draws the text over a frame that shows the focus.
func (c *copyText) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, c.label))
}

// SetText changes the text shown.
func (c *copyText) SetText(text string) { c.label.SetText(text) }

// Tapped takes the focus, so that Ctrl+C and Down work on this answer.
func (c *copyText) Tapped(*fyne.PointEvent) {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		cv.Focus(c)
	}
}

// FocusGained shows the focus frame.
func (c *copyText) FocusGained() { c.focused = true; c.showFocus() }

// FocusLost hides the focus frame.
func (c *copyText) FocusLost() { c.focused = false; c.showFocus() }

// TypedRune ignores typing: the answer is changed on its question's page.
func (c *copyText) TypedRune(rune) {}

// TypedKey moves between questions with Down and Up.
func (c *copyText) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyDown:
		c.move(+1)
	case fyne.KeyUp:
		c.move(-1)
	}
}

// TypedShortcut copies the answer on Ctrl+C.
func (c *copyText) TypedShortcut(s fyne.Shortcut) {
	if _, ok := s.(*fyne.ShortcutCopy); ok {
		c.copy()
	}
}

func (c *copyText) showFocus() {
	c.bg.StrokeColor = color.Transparent
	if c.focused {
		c.bg.StrokeColor = theme.Color(theme.ColorNameFocus)
	}
	c.bg.Refresh()
}
