package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// A device's "Supported until" is filled from the end-of-support table when
// its system is chosen. A date that came from the table for the system it
// had is replaced without asking; one the manager typed (an ESU date) is
// only replaced if they agree.
func TestChoosingASystemFillsSupportedUntilAndAsksOnlyOverTypedDates(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "devices",
		register.Values{"name": "Office PC", "kind": "desktop", "system": "Windows 10", "supported_until": "2025-10-14"},
		register.Values{"name": "Reception PC", "kind": "desktop", "system": "Windows 10", "supported_until": "2026-10-13"}), nil)
	v := td.openTable("devices", 0)
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	f := v.form
	if f.row.Values["name"] != "Office PC" {
		t.Fatalf("row 0 is %q", f.row.Values["name"])
	}
	td.typeIn(f, "system", "Windows 11 25H2 (Home and Pro)")
	td.settle()
	if td.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("asked before replacing the table's own date: %q", overlayText(td.win.Canvas()))
	}
	if got := f.box("supported_until").entry.Text; got != "12/10/2027" {
		t.Errorf("supported until shows %q, want the table's 12/10/2027", got)
	}
	v.table.Select(widget.TableCellID{Row: 1, Col: 0})
	f = v.form
	td.typeIn(f, "system", "Windows 11 25H2 (Home and Pro)")
	td.settle()
	if !strings.Contains(overlayText(td.win.Canvas()), `Supported until says "13/10/2026"`) {
		t.Fatalf("no question before replacing a typed date: %q", overlayText(td.win.Canvas()))
	}
	confirmDialog(t, td, "Keep mine")
	for _, r := range td.storedRows("devices") {
		if want := map[string]string{"Office PC": "2027-10-12", "Reception PC": "2026-10-13"}[r.Values["name"]]; r.Values["supported_until"] != want {
			t.Errorf("%s stored supported until %q, want %q", r.Values["name"], r.Values["supported_until"], want)
		}
	}
}
