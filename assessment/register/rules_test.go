package register

import (
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func dayOf(s string) time.Time {
	t, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestNamesMatchWhateverTheirCaseAndSpaces(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Jo Bloggs", "jo bloggs", true}, {"Jo Bloggs", "  JO   BLOGGS ", true}, {"Jo Bloggs", "Jo\u00a0Bloggs", true},
		{"Anne-Marie O'Neill", "anne-marie o'neill", true}, {"Jo Bloggs", "Joe Bloggs", false}, {"Zoë Hart", "ZOË HART", true},
	} {
		if got := NameKey(tc.a) == NameKey(tc.b); got != tc.same {
			t.Errorf("%q and %q match: %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func TestASharePercentNeverRoundsUpToTheTarget(t *testing.T) {
	for _, tc := range []struct {
		s              Share
		percent, short int
		reaches        bool
	}{
		{Share{47, 50}, 94, 1, false}, {Share{48, 50}, 96, 0, true}, {Share{95, 100}, 95, 0, true}, {Share{19, 20}, 95, 0, true},
		{Share{949, 1000}, 94, 1, false}, {Share{946, 1000}, 94, 4, false}, {Share{2, 3}, 66, 1, false}, {Share{0, 7}, 0, 7, false},
		{Share{1, 1}, 100, 0, true}, {Share{0, 0}, 0, 0, true},
	} {
		if p, r, n := tc.s.Percent(), tc.s.Reaches(95), tc.s.Short(95); p != tc.percent || r != tc.reaches || n != tc.short {
			t.Errorf("%d of %d: %d%%, reaches %v, %d short; want %d%%, %v, %d", tc.s.N, tc.s.Of, p, r, n, tc.percent, tc.reaches, tc.short)
		}
	}
}

func TestRowDatesReadTheStoredFormQuicklyAndAnythingElseAsBefore(t *testing.T) {
	r := Row{Values: Values{"a": "2027-01-31", "b": "", "c": "31/01/2027", "d": "2027-02-29", "e": "2028-02-29", "f": "2027-13-01", "g": "20x7-01-31"}}
	for key, want := range map[string]string{"a": "2027-01-31", "b": "", "c": "2027-01-31", "d": "", "e": "2028-02-29", "f": "", "g": ""} {
		if got := assessment.FormatDate(r.Date(key)); got != want {
			t.Errorf("%q read as %q, want %q", r.Values[key], got, want)
		}
	}
}
