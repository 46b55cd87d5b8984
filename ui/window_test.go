package ui

import (
	"image/color"
	"io"
	"log"
	"math"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/store"
	"github.com/dsptdesk/dsptdesk/store/demo"
)

// newDemoDesk opens the Rosewood House sample, as --demo does, in the
// default theme, so that sizes measured are those of the real window.
func newDemoDesk(t *testing.T) *testDesk {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newDeskTheme())
	bank := testBank(t)
	s, err := demo.Create(bank, testNow)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Remove() })
	st, err := store.Open(s.DBPath, store.Options{Bank: bank, Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	win := test.NewWindow(widget.NewLabel(""))
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(1280, 800))
	ui := &uiQueue{}
	opt := Options{DBPath: s.DBPath, Bank: bank, Demo: true, Now: func() time.Time { return testNow }, Log: log.New(io.Discard, "", 0), Version: "test", post: ui.post}
	d, err := newDesk(a, win, st, opt)
	if err != nil {
		t.Fatal(err)
	}
	td := &testDesk{Desk: d, t: t, path: s.DBPath, bank: bank, ui: ui}
	td.settle()
	t.Cleanup(func() { td.settle(); st.Close() })
	return td
}

// resize makes the window the given size and lays it out until wrapped
// labels have settled at their new widths, as the real window does over its
// first frames.
func (td *testDesk) resize(size fyne.Size) {
	td.win.Resize(size)
	td.relayout()
}

func (td *testDesk) relayout() {
	for range 3 {
		td.win.Content().Refresh()
	}
}

// officeScreens are the displays the window must fit: the common office
// laptop and the smallest screen, at the usual Windows scalings.
var officeScreens = []struct {
	w, h  float32 // pixels
	scale float32
}{
	{1280, 800, 1}, {1280, 800, 1.25}, {1280, 800, 1.5},
	{1366, 768, 1}, {1366, 768, 1.25}, {1366, 768, 1.5},
	{1024, 700, 1},
}

// Room the system takes from the screen, in pixels (title bar and taskbar),
// and the window's menu bar, in window units.
const (
	systemChrome = 80
	menuBar      = 40
)

// TestWindowFitsOfficeScreens checks, on every screen of the demo and the
// widest questions, that the window's minimum size fits each office screen
// at each scaling, and that no screen needs sideways scrolling there.
func TestWindowFitsOfficeScreens(t *testing.T) {
	td := newDemoDesk(t)
	for _, sc := range officeScreens {
		room := fyne.NewSize(sc.w/sc.scale, (sc.h-systemChrome)/sc.scale-menuBar)
		td.resize(room)
		for _, view := range demoViews(td) {
			view.open()
			td.relayout()
			min := td.win.Content().MinSize()
			if min.Width > room.Width || min.Height > room.Height {
				t.Errorf("%gx%g at %g%%, %s: the window needs at least %v; the screen has room for %v", sc.w, sc.h, sc.scale*100, view.name, min, room)
			}
			body := td.body.Size()
			if need := td.screen(td.current).content().MinSize(); need.Width > body.Width {
				t.Errorf("%gx%g at %g%%, %s: the screen is %v wide, more than the %v it has", sc.w, sc.h, sc.scale*100, view.name, need.Width, body.Width)
			}
		}
	}
}

// demoView is one thing the manager can have on show.
type demoView struct {
	name string
	open func()
}

// demoViews lists every screen, and the questions with the most on them.
func demoViews(td *testDesk) []demoView {
	var out []demoView
	for _, ref := range []string{"1.1.1", "1.1.2", "1.1.3", "7.1.1", "3.2.1"} {
		out = append(out, demoView{"question " + ref, func() { td.goTo(ref) }})
	}
	for _, id := range []string{screenMissing, screenRegisters, screenProfile, screenActions, screenCompare, screenYears, screenExport, screenBackups, screenHelp} {
		out = append(out, demoView{id, func() { td.show(id) }})
	}
	return out
}

// TestWheelOverAnswerBoxScrollsPage turns the mouse wheel with the pointer
// over the answer box and over the comment box: the question's page scrolls.
func TestWheelOverAnswerBoxScrollsPage(t *testing.T) {
	td := newDemoDesk(t)
	td.resize(fyne.NewSize(1024, 500))
	q := td.goTo("1.1.5")
	long := strings.Repeat("Our staff read the policy and sign to say they have understood it. ", 30)
	q.text.SetText(long)
	td.relayout()
	for name, box := range map[string]fyne.CanvasObject{"answer": q.text, "comment": q.comment} {
		q.scroll.ScrollToTop()
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(box).AddXY(20, 20)
		if pos.Y > td.win.Canvas().Size().Height {
			q.scroll.Offset.Y = box.Position().Y
			q.scroll.Refresh()
			pos = fyne.CurrentApp().Driver().AbsolutePositionForObject(box).AddXY(20, 20)
		}
		before := q.scroll.Offset.Y
		test.Scroll(td.win.Canvas(), pos, 0, -60)
		if q.scroll.Offset.Y <= before {
			t.Errorf("wheel over the %s box: the page stayed at %v", name, q.scroll.Offset.Y)
		}
	}
	if h := q.text.Size().Height; h < q.text.MinSize().Height*2 {
		t.Errorf("the answer box is %v tall for a long answer; it should grow with its text", h)
	}
}

// TestDividersRemembered moves the dividers, closes, and opens the window
// again on the same settings: they are where the manager left them.
func TestDividersRemembered(t *testing.T) {
	td := newDemoDesk(t)
	td.show(screenActions) // its divider exists once the screen is built
	moved := map[string]float64{"questions.list": 0.45, "questions.guidance": 0.7, "actions.editor": 0.4}
	for name, v := range moved {
		td.splits[name].SetOffset(v)
	}
	td.savePlace()
	win := test.NewWindow(widget.NewLabel(""))
	t.Cleanup(win.Close)
	again, err := newDesk(td.app, win, td.store, td.opt)
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range moved {
		if got := again.splits[name].Offset; got != v {
			t.Errorf("divider %s reopened at %v, left at %v", name, got, v)
		}
	}
}

// TestTextContrast checks, in the light and the dark theme, every colour the
// window writes text in against every background that text sits on: WCAG AA
// asks for a contrast ratio of at least 4.5:1.
func TestTextContrast(t *testing.T) {
	th := newDeskTheme()
	plain := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameDisabled, theme.ColorNamePlaceHolder,
		theme.ColorNameWarning, theme.ColorNameError, theme.ColorNameSuccess, theme.ColorNameHyperlink}
	grounds := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameMenuBackground,
		theme.ColorNameOverlayBackground, theme.ColorNameHeaderBackground}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		check := func(what string, fg, bg color.Color) {
			if r := contrast(fg, bg); r < 4.5 {
				t.Errorf("%s theme: %s has contrast %.2f:1, below 4.5:1", variantName(v), what, r)
			}
		}
		for _, fg := range plain {
			for _, bg := range grounds {
				check(string(fg)+" text on "+string(bg), th.Color(fg, v), over(th.Color(bg, v), th.Color(theme.ColorNameBackground, v)))
			}
		}
		// Selected rows in a list: text on the selection tint.
		sel := over(th.Color(theme.ColorNameSelection, v), th.Color(theme.ColorNameBackground, v))
		check("foreground text on a selected row", th.Color(theme.ColorNameForeground, v), sel)
		// Buttons: text on the plain button, and on coloured ones.
		check("button text", th.Color(theme.ColorNameForeground, v), over(th.Color(theme.ColorNameButton, v), th.Color(theme.ColorNameBackground, v)))
		for on, bg := range map[fyne.ThemeColorName]fyne.ThemeColorName{
			theme.ColorNameForegroundOnPrimary: theme.ColorNamePrimary, theme.ColorNameForegroundOnWarning: theme.ColorNameWarning,
			theme.ColorNameForegroundOnError: theme.ColorNameError, theme.ColorNameForegroundOnSuccess: theme.ColorNameSuccess,
		} {
			check(string(on)+" on "+string(bg), th.Color(on, v), th.Color(bg, v))
		}
		// The level badges: white on their own colours.
		for _, b := range []string{"AS", "SM", newBadgeText, "?"} {
			check("the "+b+" badge", color.White, badgeColour(b))
		}
	}
}

func variantName(v fyne.ThemeVariant) string {
	if v == theme.VariantDark {
		return "dark"
	}
	return "light"
}

// over blends a possibly see-through colour c onto an opaque background.
func over(c, bg color.Color) color.Color {
	r, g, b, a := c.RGBA()
	br, bgg, bb, _ := bg.RGBA()
	mix := func(x, y uint32) uint8 { return uint8((x + y*(0xffff-a)/0xffff) >> 8) }
	return color.NRGBA{R: mix(r, br), G: mix(g, bgg), B: mix(b, bb), A: 0xff}
}

// contrast is the WCAG contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the WCAG relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// TestWindowShrinksToScreen restores a window size saved on a bigger screen
// (or at a smaller scaling): the window is made to fit the work area; a
// window that already fits is left alone.
func TestWindowShrinksToScreen(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel("DSPT Desk"))
	win.Resize(fyne.NewSize(1920, 1200))
	fitScreen(win, func() (int, int, bool) { return 1280, 760, true })
	if got, want := win.Canvas().Size(), fyne.NewSize(1280, 760-titleBar); got != want {
		t.Errorf("the window is %v on a 1280x760 work area; want %v", got, want)
	}
	win.Resize(fyne.NewSize(900, 600))
	fitScreen(win, func() (int, int, bool) { return 1280, 760, true })
	if got := win.Canvas().Size(); got != fyne.NewSize(900, 600) {
		t.Errorf("a window that fits was changed to %v", got)
	}
	fitScreen(win, func() (int, int, bool) { return 0, 0, false })
	if got := win.Canvas().Size(); got != fyne.NewSize(900, 600) {
		t.Errorf("with no screen size known the window was changed to %v", got)
	}
}

// TestTypingAtEndKeepsLineInView types on at the end of a long answer whose
// box reaches the foot of the page: the page follows, so what is typed is seen.
func TestTypingAtEndKeepsLineInView(t *testing.T) {
	td := newDemoDesk(t)
	td.resize(fyne.NewSize(1024, 500))
	q := td.goTo("1.1.5")
	q.text.SetText(strings.Repeat("Our staff read the policy and sign to say they have understood it. ", 10))
	td.relayout()
	drv := fyne.CurrentApp().Driver()
	foot := func() float32 { return drv.AbsolutePositionForObject(q.text).Y + q.text.Size().Height }
	pageFoot := drv.AbsolutePositionForObject(q.scroll).Y + q.scroll.Size().Height
	q.scroll.Offset.Y += foot() - pageFoot
	q.scroll.Refresh()
	td.win.Canvas().Focus(q.text)
	before := q.scroll.Offset.Y
	q.text.SetText(q.text.Text + strings.Repeat("Each new starter does the same in their first week. ", 6))
	td.relayout()
	if q.scroll.Offset.Y <= before {
		t.Fatalf("the page stayed at %v while the box grew below its foot", q.scroll.Offset.Y)
	}
	if over := foot() - pageFoot; over > 1 {
		t.Errorf("the foot of the answer box is %v below the page", over)
	}
}
