package ui

import (
	"strings"

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
	return container.New(&growLayout{entry: e, page: page, measure: widget.NewLabel("")}, e, newWheelPass(page))
}

// growLayout sizes an entry to its wrapped text, at least its own minimum.
type growLayout struct {
	entry   *autosaveEntry
	page    func() *container.Scroll
	measure *widget.Label // lays the text out as the entry does, to measure it
	width   float32
	height  float32 // the height of the last layout
	text    string  // the text at the last layout
	// the text and width last measured, and the height they needed
	measured      string
	measuredWidth float32
	textHeight    float32
}

func (g *growLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if grown := size.Height - g.height; g.height > 0 && grown > 0 && strings.HasPrefix(g.entry.Text, g.text) {
		g.followTyping(grown)
	}
	g.width, g.height, g.text = size.Width, size.Height, g.entry.Text
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// followTyping scrolls the page on by as much as the box grew when the
// manager types at the end of the box and its foot is below the page's, so
// that the line being typed stays in view.
func (g *growLayout) followTyping(grown float32) {
	c := fyne.CurrentApp().Driver().CanvasForObject(g.entry)
	p := g.page()
	if c == nil || p == nil || c.Focused() != fyne.Focusable(g.entry) {
		return
	}
	d := fyne.CurrentApp().Driver()
	foot := d.AbsolutePositionForObject(g.entry).Y + g.height + grown
	pageFoot := d.AbsolutePositionForObject(p).Y + p.Size().Height
	if foot > pageFoot {
		p.Offset.Y += fyne.Min(grown, foot-pageFoot)
		p.Refresh()
	}
}

func (g *growLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	min := g.entry.MinSize()
	if g.width <= 0 || !g.entry.Visible() {
		return min
	}
	if g.entry.Text != g.measured || g.width != g.measuredWidth {
		g.measured, g.measuredWidth = g.entry.Text, g.width
		g.measure.Wrapping = fyne.TextWrapWord
		g.measure.SetText(g.entry.Text)
		border := theme.InputBorderSize()
		g.measure.Resize(fyne.NewSize(g.width-2*border, min.Height))
		// One spare line, so that a new line typed at the end shows at once.
		g.textHeight = g.measure.MinSize().Height + 2*border + theme.TextSize() + theme.LineSpacing()
	}
	return fyne.NewSize(min.Width, fyne.Max(min.Height, g.textHeight))
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
