package store

import (
	"fmt"
	"os"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// The large home: 1,000 staff with five years of training records
// (one a year each) and incidents, in last year's assessment and carried
// into this year's, as the window finds them.

// bigRegisterFile fills a database at path with the large home's registers
// and returns this year's assessment.
func bigRegisterFile(tb testing.TB, path string) (*Store, assessment.Assessment) {
	tb.Helper()
	s := openAt(tb, path, newClock())
	last, err := s.CreateAssessment(ctx, "2025-26")
	if err != nil {
		tb.Fatal(err)
	}
	staff, training := make([]register.Values, 1000), make([]register.Values, 0, 5000)
	for i := range staff {
		name := fmt.Sprintf("Person %04d", i+1)
		staff[i] = register.Values{"name": name, "role": "Care assistant", "type": "employee", "start_date": "2019-04-01", "contract_clause": "yes", "induction_date": "2019-04-02"}
		for y := range 5 {
			training = append(training, register.Values{"person": name, "course": "awareness", "completed": fmt.Sprintf("%d-%02d-%02d", 2021+y, 1+i%12, 1+i%28), "result": "Pass"})
		}
	}
	incidents := make([]register.Values, 60)
	for i := range incidents {
		incidents[i] = register.Values{"found": fmt.Sprintf("%d-%02d-10", 2021+i/12, 1+i%12), "what": "A letter was sent to the wrong family; it was returned unopened.", "type": "wrong_person", "closed": fmt.Sprintf("%d-%02d-20", 2021+i/12, 1+i%12)}
	}
	for table, rows := range map[string][]register.Values{"staff": staff, "training": training, "incidents": incidents} {
		if err := s.AddRegisterRows(ctx, last.ID, table, rows); err != nil {
			tb.Fatal(err)
		}
	}
	this, err := startNextYear(tb, s, last.ID)
	if err != nil {
		tb.Fatal(err)
	}
	return s, this
}

// BenchmarkLoadBigRegisters loads this year's and last year's registers
// of the large home, as the window does when it opens.
func BenchmarkLoadBigRegisters(b *testing.B) {
	s, _ := bigRegisterFile(b, testDB(b))
	list, _ := s.Assessments(ctx)
	n := 0
	for b.Loop() {
		n = 0
		for _, a := range list {
			book, err := s.Registers(ctx, a.ID)
			if err != nil {
				b.Fatal(err)
			}
			n += book.Count()
		}
	}
	b.ReportMetric(float64(n), "rows")
}

// TestWriteBigRegisterFile writes the large home's database to the path
// in $DSPT_BIG_REGISTERS, for timing the window's start-up with it:
//
//	DSPT_BIG_REGISTERS=/tmp/big.db go test ./store -run TestWriteBigRegisterFile
//	go run . --db /tmp/big.db --startup-timing
func TestWriteBigRegisterFile(t *testing.T) {
	path := os.Getenv("DSPT_BIG_REGISTERS")
	if path == "" {
		t.Skip("set DSPT_BIG_REGISTERS to the file to write")
	}
	s, this := bigRegisterFile(t, path)
	if b, err := s.Registers(ctx, this.ID); err != nil || len(b.Of("staff")) != 1000 || len(b.Of("training")) != 5000 {
		t.Fatalf("this year's registers: %d staff, %d training, %v", len(b.Of("staff")), len(b.Of("training")), err)
	}
}
