package store

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

var (
	bankOnce sync.Once
	bank     *assessment.Bank
	bankErr  error
)

// testBank returns the built-in question bank.
func testBank(tb testing.TB) *assessment.Bank {
	tb.Helper()
	bankOnce.Do(func() { bank, bankErr = assessment.DefaultBank() })
	if bankErr != nil {
		tb.Fatalf("loading the question bank: %v", bankErr)
	}
	return bank
}

// clock is a settable time for tests.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 11, 23, 10, 15, 0, 0, time.Local)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// testDB returns a path for a new database in a fresh folder.
func testDB(t testing.TB) string { return filepath.Join(t.TempDir(), "DSPT Desk", "dspt.db") }

// openAt opens the database at path with the test bank and clock, and
// closes it when the test ends.
func openAt(t testing.TB, path string, c *clock) *Store {
	t.Helper()
	s, err := Open(path, Options{Bank: testBank(t), Now: c.Now})
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openNew opens a new database and its current assessment.
func openNew(t testing.TB) (*Store, assessment.Assessment) {
	t.Helper()
	s := openAt(t, testDB(t), newClock())
	a, err := s.Current(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s, a
}

// refOf returns the first item of the answer type in the current edition.
func refOf(t testing.TB, typ assessment.AnswerType) string {
	return refWhere(t, typ, func(*assessment.Item) bool { return true })
}

// naRefOf returns the first item of an answer type that may be marked not
// applicable, or (allowed false) that may not.
func naRefOf(t testing.TB, typ assessment.AnswerType, allowed bool) string {
	return refWhere(t, typ, func(it *assessment.Item) bool { return it.NotApplicable.Allowed() == allowed })
}

func refWhere(t testing.TB, typ assessment.AnswerType, ok func(*assessment.Item) bool) string {
	for _, it := range testBank(t).Latest().Items {
		if it.Answer == typ && ok(it) {
			return it.Ref
		}
	}
	t.Fatalf("no such %s item", typ)
	return ""
}

// wantCode fails unless err carries the code.
func wantCode(t testing.TB, err error, code string) {
	t.Helper()
	if got := assessment.ErrorCode(err); got != code {
		t.Fatalf("error code = %q, want %q (error: %v)", got, code, err)
	}
}

// mustRead reads a file or fails.
func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var ctx = context.Background()
