package ui

import (
	"io"
	"log"
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
	a.Settings().SetTheme(theme.DefaultTheme())
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
		td.win.Resize(room)
		for _, view := range demoViews(td) {
			view.open()
			min := td.win.Content().MinSize()
			if min.Width > room.Width || min.Height > room.Height {
				t.Errorf("%gx%g at %g%%, %s: the window needs at least %v; the screen has room for %v", sc.w, sc.h, sc.scale*100, view.name, min, room)
			}
			body := td.body.Size()
			if need := td.screens[td.current].content().MinSize(); need.Width > body.Width {
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
	for _, id := range []string{screenMissing, screenProfile, screenActions, screenCompare, screenYears, screenExport, screenBackups, screenHelp} {
		out = append(out, demoView{id, func() { td.show(id) }})
	}
	return out
}
