package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// appendixCheck finds the dialog's "Include the ... appendix" check for
// the register's title, or nil.
func appendixCheck(td *testDesk, title string) *widget.Check {
	var found *widget.Check
	walk(td.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && c.Text == "Include the "+title+" appendix" {
			found = c
		}
	})
	return found
}

// TestPackOffersEachRegistersAppendixAndRemembers checks the export asks
// about each register's appendix, ticked by default, passes the registers
// and the choice to the pack, and remembers it.
func TestPackOffersEachRegistersAppendixAndRemembers(t *testing.T) {
	td := newTestDeskWith(t, func(st *store.Store) {
		a, err := st.Current(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if err := st.AddRegisterRows(context.Background(), a.ID, "staff", []register.Values{{"name": "Jo Bloggs", "type": "employee"}}); err != nil {
			t.Fatal(err)
		}
	}, nil)
	in := td.packInput()
	if len(in.Registers.Of("staff")) != 1 || in.LeaveOut["staff"] {
		t.Fatalf("the pack does not get the registers: %+v, leave out %v", in.Registers.Rows, in.LeaveOut)
	}
	td.exportPDF()
	td.settle()
	for _, reg := range register.All() {
		if c := appendixCheck(td, reg.Title); c == nil || !c.Checked {
			t.Fatalf("the export should offer the %s appendix, ticked: %v", reg.Title, c)
		}
	}
	appendixCheck(td, "Staff and training").SetChecked(false)
	confirmDialog(t, td, "Choose where to save")
	if in := td.packInput(); !in.LeaveOut["staff"] || in.LeaveOut["incidents"] {
		t.Errorf("the choice is not passed to the pack: %v", in.LeaveOut)
	}
	waitForDialog(td) // the file dialog
	td.askPackOptions("Print", "Print", func() {})
	if c := appendixCheck(td, "Staff and training"); c == nil || c.Checked {
		t.Error("the next export forgot the choice to leave the staff appendix out")
	}
}

// TestPackWithoutRegistersDoesNotAskAboutAppendices: a manager who keeps
// no registers is not asked about their appendices.
func TestPackWithoutRegistersDoesNotAskAboutAppendices(t *testing.T) {
	td := newTestDesk(t, nil)
	td.askPackOptions("Print", "Print", func() {})
	if strings.Contains(overlayText(td.win.Canvas()), "appendix") || appendixCheck(td, "Staff and training") != nil {
		t.Error("the pack options ask about appendices with no register rows")
	}
}

// TestStartingNextYearSaysWhichRegistersCarried: the carry report names
// the register rows that came into the new year, and the window shows them.
func TestStartingNextYearSaysWhichRegistersCarried(t *testing.T) {
	td := newTestDeskWith(t, func(st *store.Store) {
		lastYearOnlyWith(t, st, func(id int64) {
			ctx := context.Background()
			if err := st.AddRegisterRows(ctx, id, "staff", []register.Values{{"name": "Jo Bloggs", "type": "employee"}, {"name": "Ann Lee", "type": "bank"}}); err != nil {
				t.Fatal(err)
			}
			if err := st.AddRegisterRows(ctx, id, "incidents", []register.Values{{"found": "2025-01-05", "what": "Lost letter", "type": "lost_paper"}}); err != nil {
				t.Fatal(err)
			}
		})
	}, nil)
	td.show(screenYears)
	test.Tap(td.screen(screenYears).(*yearsScreen).next)
	confirmDialog(t, td, "Start")
	report := overlayText(td.win.Canvas())
	for _, want := range []string{"Registers carried: staff (2 people)", "Breaches and near misses and spot checks stay with 2024-25"} {
		if !strings.Contains(report, want) {
			t.Errorf("the carry report lacks %q: %s", want, report)
		}
	}
	if len(td.registers.Of("staff")) != 2 || len(td.registers.Of("incidents")) != 0 || len(td.previous.registers.Of("incidents")) != 1 {
		t.Errorf("the new year shows %d staff and %d incidents, last year %d incidents", len(td.registers.Of("staff")), len(td.registers.Of("incidents")), len(td.previous.registers.Of("incidents")))
	}
}
