package register

import (
	"testing"
	"time"
)

// bookOf makes a book holding one table's rows, numbered from 1.
func bookOf(table string, vs ...Values) Book {
	rows := make([]Row, len(vs))
	for i, v := range vs {
		rows[i] = Row{ID: int64(i + 1), Table: table, Values: v}
	}
	return Book{Rows: map[string][]Row{table: rows}}
}

// day makes a date for tests.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestDistinctValuesIgnoresCaseAndSpacing(t *testing.T) {
	for _, tc := range []struct {
		name   string
		places []string
		want   int
	}{
		{"none", nil, 0},
		{"blanks are not places", []string{"", "  "}, 0},
		{"case and spaces", []string{"Care records system", "care  records system ", " CARE RECORDS SYSTEM"}, 1},
		{"different places", []string{"Office cabinet", "Care records system", "office cabinet", "Payroll bureau"}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var vs []Values
			for _, p := range tc.places {
				vs = append(vs, Values{"kept_in": p})
			}
			if got := distinctValues(bookOf("information", vs...).Of("information"), "kept_in"); got != tc.want {
				t.Errorf("got %d places, want %d", got, tc.want)
			}
		})
	}
}

func TestNamesList(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{nil, ""},
		{[]string{"A"}, "A"},
		{[]string{"A", "B"}, "A and B"},
		{[]string{"A", "B", "C"}, "A, B and C"},
		{[]string{"A", "B", "C", "D", "E", "F"}, "A, B, C, D, E and 1 more"},
		{[]string{"A", "B", "C", "D", "E", "F", "G"}, "A, B, C, D, E and 2 more"},
	} {
		if got := namesList(tc.names); got != tc.want {
			t.Errorf("%v: got %q, want %q", tc.names, got, tc.want)
		}
	}
}

func TestDateWindows(t *testing.T) {
	today := time.Date(2026, 12, 1, 15, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		name         string
		day          time.Time
		until        int
		past, within bool
		in           string
	}{
		{"not set", time.Time{}, 0, false, false, ""},
		{"yesterday", day(2026, 11, 30), -1, true, false, ""},
		{"today", day(2026, 12, 1), 0, false, true, "today"},
		{"tomorrow", day(2026, 12, 2), 1, false, true, "1 day"},
		{"the last day of the window", day(2027, 1, 30), 60, false, true, "60 days"},
		{"the day after the window", day(2027, 1, 31), 61, false, false, "61 days"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.day.IsZero() {
				if isPast(today, tc.day) || dueWithin(today, tc.day, 60) {
					t.Error("a date not set is neither past nor due")
				}
				return
			}
			if got := daysUntil(today, tc.day); got != tc.until {
				t.Errorf("daysUntil = %d, want %d", got, tc.until)
			}
			if isPast(today, tc.day) != tc.past || dueWithin(today, tc.day, 60) != tc.within {
				t.Errorf("past %v within %v, want %v %v", isPast(today, tc.day), dueWithin(today, tc.day, 60), tc.past, tc.within)
			}
			if !tc.past && inDays(today, tc.day) != tc.in {
				t.Errorf("inDays = %q, want %q", inDays(today, tc.day), tc.in)
			}
		})
	}
}
