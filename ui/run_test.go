package ui

import (
	"errors"
	"io"
	"log"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// TestOpeningReadsBeforeTheWindowIsMade: openFile gets the path and the
// bank from Database, opens the file and reads the assessment without a
// window (Run does it off the UI goroutine); showOpened then builds the
// window's content from what was read.
func TestOpeningReadsBeforeTheWindowIsMade(t *testing.T) {
	a := test.NewTempApp(t)
	bank := testBank(t)
	path := filepath.Join(t.TempDir(), "dspt.db")
	ui := &uiQueue{}
	opt := Options{Database: func() (string, *assessment.Bank, error) { return path, bank, nil },
		Now: func() time.Time { return testNow }, Log: log.New(io.Discard, "", 0), post: ui.post}
	o := openFile(a, opt)
	if o.err != nil {
		t.Fatal(o.err)
	}
	td := &testDesk{Desk: o.desk, t: t, path: path, bank: bank, ui: ui}
	t.Cleanup(func() { td.settle(); td.store.Close() })
	if o.opt.DBPath != path || o.desk.bank() == nil || o.desk.record == nil || o.desk.status == nil {
		t.Fatalf("not read: path %q, record %v, status %v", o.opt.DBPath, o.desk.record != nil, o.desk.status != nil)
	}
	if o.desk.win != nil || o.desk.top != nil {
		t.Fatal("openFile touched a window")
	}
	win := test.NewTempWindow(t, widget.NewLabel("Opening your assessment…"))
	showOpened(a, win, o)
	td.settle()
	if o.desk.win != win || o.desk.current != screenQuestion || !strings.Contains(o.desk.top.org.Text, "Your organisation") {
		t.Errorf("the window shows screen %q, top bar %q", o.desk.current, o.desk.top.org.Text)
	}
}

// TestOpeningFailsPlainly: when the file cannot be opened, the window says
// so instead of showing the desk.
func TestOpeningFailsPlainly(t *testing.T) {
	a := test.NewTempApp(t)
	opt := Options{DBPath: "x.db", Log: log.New(io.Discard, "", 0),
		Open: func(string) (Store, error) { return nil, errors.New("no such file") }}
	o := openFile(a, opt)
	if o.err == nil || o.desk != nil {
		t.Fatalf("openFile gave %v, %v", o.desk, o.err)
	}
	win := test.NewTempWindow(t, widget.NewLabel(""))
	showOpened(a, win, o)
	if text := shownText(win.Content()); !strings.Contains(text, "cannot open your file") {
		t.Errorf("the window shows:\n%s", text)
	}
}
