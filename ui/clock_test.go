package ui

import (
	"strings"
	"testing"
	"time"
)

// TestFiguresMoveOnWhileTheWindowStaysOpen: a window left open over days
// shows the days left to publish (and a breach's hours) as they are now,
// without anything being typed; once closed, it stops.
func TestFiguresMoveOnWhileTheWindowStaysOpen(t *testing.T) {
	old := clockEvery
	clockEvery = 5 * time.Millisecond
	t.Cleanup(func() { clockEvery = old })
	td := newTestDesk(t, nil)
	before := td.top.edition.Text
	later := testNow.AddDate(0, 0, 3)
	td.opt.Now = func() time.Time { return later }
	var ticks []func()
	for deadline := time.Now().Add(5 * time.Second); len(ticks) == 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
		ticks = td.ui.take()
	}
	td.stopTime() // a clock this fast would keep the queue busy for ever
	if td.clockStop != nil {
		t.Error("the clock still runs after it was stopped")
	}
	for _, f := range ticks {
		f()
	}
	td.settle()
	if after := td.top.edition.Text; after == before || !strings.Contains(after, "days left") {
		t.Fatalf("the top bar still says %q (was %q)", after, before)
	}
}
