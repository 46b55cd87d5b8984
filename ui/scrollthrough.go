package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A multi-line entry scrolls its own text, so the mouse wheel over an answer
// box stopped scrolling the question's page. growingBox fixes both halves:
// the box grows with its text, so it never needs to scroll itself, and a
// transparent layer over it hands wheel events to the page. Clicks, typing
// and selection still reach the entry, as the layer only takes the wheel.

// growingBox holds e so that it is always tall enough for all its text,
// and passes the mouse wheel over it to page.
func growingBox(e *autosaveEntry, page func() *container.Scroll) *fyne.Container {
	return container.New(&growLayout{entry: e, measure: widget.NewLabel("")}, e, newWheelPass(page))
}

// growLayout sizes an entry to its wrapped text, at least its own minimum.
type growLayout struct {
	entry   *autosaveEntry
	measure *widget.Label // lays the text out as the entry does, to measure it
	width   float32
}

func (g *growLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	g.width = size.Width
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (g *growLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	min := g.entry.MinSize()
	if g.width <= 0 || !g.entry.Visible() {
		return min
	}
	g.measure.Wrapping = fyne.TextWrapWord
	g.measure.SetText(g.entry.Text)
	border := theme.InputBorderSize()
	g.measure.Resize(fyne.NewSize(g.width-2*border, min.Height))
	// One spare line, so that a new line typed at the end shows at once.
	text := g.measure.MinSize().Height + 2*border + theme.TextSize() + theme.LineSpacing()
	return fyne.NewSize(min.Width, fyne.Max(min.Height, text))
}

// wheelPass is an invisible layer that passes mouse-wheel events to a
// scroll beneath it.
type wheelPass struct {
	widget.BaseWidget
	page func() *container.Scroll
}

func newWheelPass(page func() *container.Scroll) *wheelPass {
	w := &wheelPass{page: page}
	w.ExtendBaseWidget(w)
	return w
}

// Scrolled scrolls the page.
func (w *wheelPass) Scrolled(ev *fyne.ScrollEvent) {
	if p := w.page(); p != nil {
		p.Scrolled(ev)
	}
}

// MinSize is nothing: the layer takes the size of what it covers.
func (w *wheelPass) MinSize() fyne.Size { return fyne.Size{} }

func (w *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}
