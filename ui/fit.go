package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// The window's minimum size is the sum of its parts' minimum sizes, so every
// part must be able to shrink: labels wrap or end in "…", rows of buttons
// flow onto the next line, and a screen that still does not fit scrolls.
// These helpers are the pieces that make that so.

// atLeastLayout keeps a pane from shrinking below a sensible size, whatever
// its content would allow (a split's divider cannot then squeeze it away).
type atLeastLayout struct{ min fyne.Size }

// atLeast holds o in a pane that is never smaller than min.
func atLeast(min fyne.Size, o fyne.CanvasObject) *fyne.Container {
	return container.New(atLeastLayout{min}, o)
}

func (l atLeastLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l atLeastLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := l.min
	for _, o := range objs {
		if o.Visible() {
			m = m.Max(o.MinSize())
		}
	}
	return m
}

// fitScroll lets a whole screen scroll when the window is smaller than the
// screen needs, instead of forcing the window to grow past the display.
// When the window is big enough the screen fills it exactly.
func fitScroll(o fyne.CanvasObject) *container.Scroll {
	return container.NewScroll(o)
}

// flowLayout places objects left to right at their minimum size and starts
// a new line when the next one does not fit, like words in a paragraph. Its
// minimum width is the widest object; its minimum height is what the last
// width laid out needed.
type flowLayout struct {
	width float32 // the width of the last layout
}

// newFlow makes a row of objects that wraps onto more lines when narrow.
func newFlow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(&flowLayout{}, objs...)
}

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.place(objs, size.Width, true)
}

func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	for _, o := range objs {
		if o.Visible() {
			w = fyne.Max(w, o.MinSize().Width)
		}
	}
	if f.width <= 0 {
		return fyne.NewSize(w, f.place(objs, 1e6, false))
	}
	return fyne.NewSize(w, f.place(objs, fyne.Max(f.width, w), false))
}

// place works out, and when move is true sets, each object's place in
// lines of the given width. It returns the height used.
func (f *flowLayout) place(objs []fyne.CanvasObject, width float32, move bool) float32 {
	gap := theme.Padding()
	x, y, lineH := float32(0), float32(0), float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > width {
			x, y, lineH = 0, y+lineH+gap, 0
		}
		if move {
			o.Move(fyne.NewPos(x, y))
			o.Resize(m)
		}
		x += m.Width + gap
		lineH = fyne.Max(lineH, m.Height)
	}
	return y + lineH
}

// The narrowest the panes may be made: wide enough for a group's name, a
// question's buttons, and a readable column of guidance.
const (
	navMinWidth      = 230
	questionMinWidth = 340
	guideMinWidth    = 200
)

// page is the screen with the id, inside the scroll that lets it fit any
// window; the same scroll each time, so it keeps its place.
func (d *Desk) page(id string) fyne.CanvasObject {
	if d.pages == nil {
		d.pages = map[string]*container.Scroll{}
	}
	p := d.pages[id]
	if p == nil {
		p = fitScroll(d.screen(id).content())
		d.pages[id] = p
	}
	return p
}

// titleBar is the room, in pixels, that the system's title bar and frame
// take around the window.
const titleBar = 40

// fitScreen shrinks the window, if it is larger, to the part of the screen
// it may use at the window's scaling (a size saved on a bigger screen, or
// at a smaller scaling, would otherwise hang off the edge), and centres it.
func fitScreen(win fyne.Window, workArea func() (int, int, bool)) {
	w, h, ok := workArea()
	scale := win.Canvas().Scale()
	if !ok || scale <= 0 {
		return
	}
	room := fyne.NewSize(float32(w)/scale, float32(h-titleBar)/scale)
	size := win.Canvas().Size()
	if fitted := size.Min(room); fitted != size {
		win.Resize(fitted)
		win.CenterOnScreen()
	}
}
