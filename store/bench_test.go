package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Run with: go test ./store/ -run '^$' -bench . -benchtime 200x
// BenchmarkFloorInsert is the floor: a bare one-row INSERT committed with
// the same settings. A save should cost no more than twice it.

func BenchmarkFloorInsert(b *testing.B) {
	path := filepath.Join(b.TempDir(), "floor.db")
	db, err := connect(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"); err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		tx, err := db.BeginTx(context.Background(), nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tx.Exec("INSERT INTO t (v) VALUES (?)", "an answer"); err != nil {
			b.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSaveAnswer(b *testing.B) {
	s := openAt(b, testDB(b), newClock())
	a, _ := s.Current(ctx)
	ref := refOf(b, assessment.Text)
	values := [2]string{"We review access every month.", "We review access every quarter."}
	for i := 0; b.Loop(); i++ {
		if err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: values[i%2]}); err != nil {
			b.Fatal(err)
		}
	}
}

// fullDB makes a database whose assessment has 45 answers, 200 pieces of
// evidence and 50 actions.
func fullDB(b *testing.B) (string, int64) {
	path := testDB(b)
	s, err := Open(path, Options{Bank: testBank(b), Now: newClock().Now})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.db.Exec("PRAGMA synchronous = OFF"); err != nil { // quicker to fill
		b.Fatal(err)
	}
	a := fillSample(b, s, 45, 200, 50)
	return path, a.ID
}

func BenchmarkLoadRecord(b *testing.B) {
	path, id := fullDB(b)
	s := openAt(b, path, newClock())
	var r *assessment.Record
	for b.Loop() {
		var err error
		if r, err = s.Record(ctx, id); err != nil {
			b.Fatal(err)
		}
	}
	if len(r.Answers) != 45 || len(r.Evidence) != 200 || len(r.Actions) != 50 {
		b.Fatalf("loaded %d answers, %d evidence, %d actions", len(r.Answers), len(r.Evidence), len(r.Actions))
	}
}

func BenchmarkOpenWithIntegrityCheck(b *testing.B) {
	path, _ := fullDB(b)
	c := newClock()
	openAt(b, path, c).Close() // the day's backup, so the loop measures a plain open
	for b.Loop() {
		s, err := Open(path, Options{Bank: testBank(b), Now: c.Now})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
