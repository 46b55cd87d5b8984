package register

import "testing"

// A row of a table without its own Label is named by its first field as it
// is shown.
func TestRowLabelShowsTheFirstFieldAsOnScreen(t *testing.T) {
	log := &Schema{Name: "log", Fields: []Field{{Key: "on", Label: "Date", Kind: Date}, {Key: "what", Label: "What", Kind: Text}}}
	if got := log.RowLabel(Row{Values: Values{"on": "2026-10-02", "what": "Letter"}}); got != "02/10/2026" {
		t.Errorf("a dated row is named %q", got)
	}
	names := &Schema{Name: "names", Fields: []Field{{Key: "name", Label: "Name", Kind: Text}}}
	if got := names.RowLabel(Row{Values: Values{"name": " Jo Bloggs "}}); got != "Jo Bloggs" {
		t.Errorf("a person is named %q", got)
	}
}
