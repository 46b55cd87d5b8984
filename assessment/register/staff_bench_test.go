package register

import (
	"fmt"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// largeHome is a home of n staff (one in seven has left, one in ten is
// bank, one in twenty agency) with a data security course each year for
// the last five years.
func largeHome(n int) Context {
	today := assessment.Day(staffToday)
	b := newStaffBook()
	kinds := []string{"employee", "employee", "employee", "employee", "employee", "employee", "employee", "employee", "bank", "volunteer"}
	for i := range n {
		name := fmt.Sprintf("Staff Member %04d", i)
		kv := []string{"start_date", assessment.FormatDate(today.AddDate(-i%9, -i%12, -i%28)), "induction_date", assessment.FormatDate(today.AddDate(-i%9, -i%12, -i%28))}
		if i%7 == 0 {
			kv = append(kv, "leaving_date", assessment.FormatDate(today.AddDate(0, -i%24, -1)))
		}
		kind := kinds[i%len(kinds)]
		if i%20 == 0 {
			kind = "agency"
		}
		b.who(name, fmt.Sprintf("Role %d", i%15), kind, kv...)
		for y := range 5 {
			b.trained(name, "awareness", assessment.FormatDate(today.AddDate(-y, -i%13, -i%27)), "Pass")
		}
	}
	b.trained("Staff Member 0001", "lead", assessment.FormatDate(today.AddDate(0, -3, 0)))
	return b.context()
}

// BenchmarkFindingsOfALargeHome works out every register's findings for a
// home of 1,000 staff with five years of training (issue 15: under 50 ms).
func BenchmarkFindingsOfALargeHome(b *testing.B) {
	c := largeHome(1000)
	if f := Findings(c)["3.2.1"]; len(f) != 1 || f[0].Summary == "" {
		b.Fatalf("3.2.1: %+v", f)
	}
	for b.Loop() {
		Findings(c)
	}
}

// BenchmarkStaffNotesOfALargeHome works out every row's note of both staff
// tables, as the staff screen does when it redraws.
func BenchmarkStaffNotesOfALargeHome(b *testing.B) {
	c := largeHome(1000)
	for b.Loop() {
		Staff.Notes(c)
		Training.Notes(c)
	}
}
