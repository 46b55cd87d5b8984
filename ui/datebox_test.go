package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestABlankDateMeansNotSet(t *testing.T) {
	test.NewTempApp(t)
	e := newDateBox()
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(300, 100))
	test.Type(e, "31/03/2027")
	if e.Date == nil || e.Validate() != nil {
		t.Fatalf("a good date: %v, %v", e.Date, e.Validate())
	}
	e.SetText("")
	if e.Date != nil {
		t.Errorf("blank box still holds %v", e.Date)
	}
	if err := e.Validate(); err != nil {
		t.Errorf("a blank date is refused: %v", err)
	}
	e.SetText("31/13/2027")
	if err := e.Validate(); err == nil || err.Error() != "Type a date such as 31/03/2027, or leave it blank" {
		t.Errorf("a mistyped date says %v", err)
	}
}

func TestTheCalendarOpensInsideTheWindowAndEscapeClosesIt(t *testing.T) {
	test.NewTempApp(t)
	e := newDateBox()
	box := widget.NewLabel("")
	w := test.NewTempWindow(t, box)
	w.SetContent(fyne.NewContainerWithoutLayout(e))
	w.Resize(fyne.NewSize(500, 400))
	e.Resize(fyne.NewSize(200, e.MinSize().Height))
	e.Move(fyne.NewPos(10, 360)) // near the bottom: no room below
	e.openCalendar()
	c := w.Canvas()
	pop := c.Overlays().Top()
	if pop == nil {
		t.Fatal("no calendar")
	}
	cal := e.calendar.Content
	if at := cal.Position(); at.Y+cal.Size().Height > c.Size().Height+1 || at.Y < 0 {
		t.Errorf("calendar at %v size %v in a window %v", at, cal.Size(), c.Size())
	}
	if c.Focused() != cal.(fyne.Focusable) {
		t.Fatalf("the calendar does not have the keyboard: %T", c.Focused())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Escape did not close the calendar")
	}
}

func TestPopUpPlaceKeepsItInside(t *testing.T) {
	win := fyne.NewSize(1024, 700)
	size := fyne.NewSize(300, 280)
	box := fyne.NewSize(200, 36)
	for _, c := range []struct {
		at   fyne.Position
		want fyne.Position
	}{
		{fyne.NewPos(10, 100), fyne.NewPos(10, 136)},   // room below
		{fyne.NewPos(10, 600), fyne.NewPos(10, 320)},   // above
		{fyne.NewPos(900, 100), fyne.NewPos(724, 136)}, // pulled in from the right edge
		{fyne.NewPos(10, 200), fyne.NewPos(10, 236)},
	} {
		if got := popUpPlace(c.at, box, size, win); got != c.want {
			t.Errorf("at %v: %v, want %v", c.at, got, c.want)
		}
	}
}
