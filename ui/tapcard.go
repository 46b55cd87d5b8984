package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tapCard is a framed card that does something when clicked anywhere but
// on its own buttons. The pointer shows it can be clicked, and the card
// lights up under it. It is not reached by Tab: give it a button that does
// the same.
type tapCard struct {
	widget.BaseWidget
	frame   *canvas.Rectangle
	content fyne.CanvasObject
	onTap   func()
	hovered bool
}

func newTapCard(content fyne.CanvasObject, onTap func()) *tapCard {
	c := &tapCard{frame: canvas.NewRectangle(nil), content: content, onTap: onTap}
	c.ExtendBaseWidget(c)
	return c
}

func (c *tapCard) CreateRenderer() fyne.WidgetRenderer {
	c.paint()
	return widget.NewSimpleRenderer(container.NewStack(c.frame, container.NewPadded(c.content)))
}

// paint colours the frame for the theme, lit when the pointer is over it.
func (c *tapCard) paint() {
	c.frame.StrokeColor = theme.Color(theme.ColorNameSeparator)
	c.frame.StrokeWidth = 1
	c.frame.CornerRadius = theme.InputRadiusSize()
	c.frame.FillColor = theme.Color(theme.ColorNameBackground)
	if c.hovered {
		c.frame.FillColor = theme.Color(theme.ColorNameHover)
	}
}

// Refresh paints the frame again, for a change of theme or of hover.
func (c *tapCard) Refresh() {
	c.paint()
	c.frame.Refresh()
	c.BaseWidget.Refresh()
}

// Tapped runs the card's action.
func (c *tapCard) Tapped(*fyne.PointEvent) { c.onTap() }

// Cursor is the hand that says the card can be clicked.
func (c *tapCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn lights the card up.
func (c *tapCard) MouseIn(*desktop.MouseEvent) { c.hover(true) }

// MouseMoved does nothing: the card stays lit.
func (c *tapCard) MouseMoved(*desktop.MouseEvent) {}

// MouseOut puts the card back.
func (c *tapCard) MouseOut() { c.hover(false) }

func (c *tapCard) hover(on bool) {
	c.hovered = on
	c.Refresh()
}
