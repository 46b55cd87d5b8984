package demo

import (
	"context"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// defaultBank is the built-in question bank.
func defaultBank(t *testing.T) *assessment.Bank {
	t.Helper()
	bank, err := assessment.DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	return bank
}

// openSample makes the sample as it is on today and opens it with the
// store's clock at today; both are closed and removed when the test ends.
func openSample(t *testing.T, bank *assessment.Bank, today time.Time) *store.Store {
	t.Helper()
	s, err := Create(bank, today)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Remove() })
	st, err := store.Open(s.DBPath, store.Options{Bank: bank, Now: func() time.Time { return today }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// sampleYear opens the sample as it is on today and gives this year's
// assessment's id and registers.
func sampleYear(t *testing.T, today time.Time) (*store.Store, int64, register.Book) {
	t.Helper()
	st := openSample(t, defaultBank(t), today)
	cur, err := st.Current(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	book, err := st.Registers(context.Background(), cur.ID)
	if err != nil {
		t.Fatal(err)
	}
	return st, cur.ID, book
}

// findingsByRef is what the named register finds in book on today, by
// question.
func findingsByRef(name string, book register.Book, today time.Time) map[string]register.Finding {
	out := map[string]register.Finding{}
	for _, f := range register.FindingsOf(register.Named(name), register.Context{Today: today, Book: book}) {
		out[f.Ref] = f
	}
	return out
}
