package register

import "testing"

// A row without its own Label is named by its first field as it is shown.
func TestRowLabelShowsTheFirstFieldAsOnScreen(t *testing.T) {
	r := Row{Values: Values{"found": "2026-10-02", "what": "Letter to the wrong family"}}
	if got := Incidents.RowLabel(r); got != "02/10/2026" {
		t.Errorf("incident named %q", got)
	}
	if got := Staff.RowLabel(Row{Values: Values{"name": " Jo Bloggs "}}); got != "Jo Bloggs" {
		t.Errorf("person named %q", got)
	}
}
