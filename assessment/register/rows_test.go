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
