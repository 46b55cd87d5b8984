package ui

import (
	"context"
	"io"
	"log"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

var testNow = time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)

func testBank(t testing.TB) *assessment.Bank {
	t.Helper()
	b, err := assessment.DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// testDesk opens a desk on a new database in a temporary folder.
type testDesk struct {
	*Desk
	t    testing.TB
	path string
	bank *assessment.Bank
	ui   *uiQueue
}

func newTestDesk(t *testing.T, wrap func(Store) Store) *testDesk {
	t.Helper()
	return newTestDeskWith(t, nil, wrap)
}

// newTestDeskWith lets setup fill the database before the window opens it.
func newTestDeskWith(t testing.TB, setup func(*store.Store), wrap func(Store) Store) *testDesk {
	t.Helper()
	return newTestDeskAt(t, testNow, setup, wrap)
}

// newTestDeskAt is newTestDeskWith with the clock set to now.
func newTestDeskAt(t testing.TB, testNow time.Time, setup func(*store.Store), wrap func(Store) Store) *testDesk {
	t.Helper()
	a := test.NewTempApp(t)
	bank := testBank(t)
	path := filepath.Join(t.TempDir(), "dspt.db")
	open := func(p string) (Store, error) {
		st, err := store.Open(p, store.Options{Bank: bank, Now: func() time.Time { return testNow }})
		if err != nil || wrap == nil {
			return st, err
		}
		return wrap(st), nil
	}
	if setup != nil {
		st, err := store.Open(path, store.Options{Bank: bank, Now: func() time.Time { return testNow }})
		if err != nil {
			t.Fatal(err)
		}
		setup(st)
		st.Close()
	}
	st, err := open(path)
	if err != nil {
		t.Fatal(err)
	}
	// Not NewTempWindow: the desk may close the window itself, and the test
	// driver fails on a second Close.
	win := test.NewWindow(widget.NewLabel(""))
	closed := false
	win.SetOnClosed(func() { closed = true })
	t.Cleanup(func() {
		if !closed {
			win.Close()
		}
	})
	win.Resize(fyne.NewSize(1280, 800))
	ui := &uiQueue{}
	opt := Options{DBPath: path, Bank: bank, Now: func() time.Time { return testNow }, Log: log.New(io.Discard, "", 0), Open: open, Version: "test", post: ui.post}
	d, err := newDesk(a, win, st, opt)
	if err != nil {
		t.Fatal(err)
	}
	td := &testDesk{Desk: d, t: t, path: path, bank: bank, ui: ui}
	td.settle() // the first evidence check
	t.Cleanup(func() {
		td.settle()
		d.store.Close()
	})
	return td
}

// uiQueue stands in for fyne.Do: it keeps what background work hands back
// to the UI goroutine until the test runs it, so that UI code only ever runs
// on the test's goroutine.
type uiQueue struct {
	mu     sync.Mutex
	queued []func()
}

func (q *uiQueue) post(f func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.queued = append(q.queued, f)
}

func (q *uiQueue) take() []func() {
	q.mu.Lock()
	defer q.mu.Unlock()
	fs := q.queued
	q.queued = nil
	return fs
}

// settle waits for all background work, running what it hands back, until
// nothing is left: as if the manager paused until the window was idle.
func (td *testDesk) settle() {
	for {
		td.bg.wait()
		fs := td.ui.take()
		if len(fs) == 0 {
			return
		}
		for _, f := range fs {
			f()
		}
	}
}

// goTo opens a question by reference.
func (td *testDesk) goTo(ref string) *questionDetail {
	td.t.Helper()
	it := td.edition.Item(ref)
	if it == nil {
		td.t.Fatalf("no item %s", ref)
	}
	td.questions.showItem(it)
	return td.questions.detail
}

// saved closes the desk's store after the writes finish and reads back what is on disk.
func (td *testDesk) saved() *assessment.Record {
	td.t.Helper()
	td.settle()
	td.store.Close()
	st := td.reopen()
	defer st.Close()
	return td.currentOnDisk(st)
}

// reopen opens the desk's database afresh, as the next start of the app
// would; it fails if the window still holds the file.
func (td *testDesk) reopen() *store.Store {
	td.t.Helper()
	st, err := store.Open(td.path, store.Options{Bank: td.bank, Now: func() time.Time { return testNow }})
	if err != nil {
		td.t.Fatalf("the file is not free: %v", err)
	}
	td.t.Cleanup(func() { st.Close() })
	return st
}

// currentOnDisk reads the current assessment from st.
func (td *testDesk) currentOnDisk(st *store.Store) *assessment.Record {
	td.t.Helper()
	cur, err := st.Current(context.Background())
	if err != nil {
		td.t.Fatal(err)
	}
	rec, err := st.Record(context.Background(), cur.ID)
	if err != nil {
		td.t.Fatal(err)
	}
	return rec
}

// overlayText returns all the label text in the topmost dialog, or "".
func overlayText(c fyne.Canvas) string {
	top := c.Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	walk(top, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.RichText:
			b.WriteString(w.String() + "\n")
		}
	})
	return b.String()
}

// walk visits every visible object under o: what a person would see.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if !o.Visible() {
		return
	}
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			walk(child, visit)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(c)
		for _, child := range r.Objects() {
			walk(child, visit)
		}
	}
}

func TestChoosingAGroupShowsItsQuestions(t *testing.T) {
	td := newTestDesk(t, nil)
	for i, e := range td.nav.entries {
		if e.id == "policies" {
			td.nav.list.Select(i)
		}
	}
	q := td.questions
	if q.group.ID != "policies" || q.list.Length() != 12 {
		t.Fatalf("group %s with %d rows, want policies with 12", q.group.ID, q.list.Length())
	}
	if q.detail.ref.Text != "1.1.1" || !strings.Contains(q.detail.wording.Text, "Information Commissioner") {
		t.Errorf("detail shows %q: %q", q.detail.ref.Text, q.detail.wording.Text)
	}
	if !strings.Contains(q.guide.text.String(), "What it is asking") {
		t.Errorf("guidance pane is empty: %q", q.guide.text.String())
	}
	if td.current != screenQuestion {
		t.Errorf("screen %q, want questions", td.current)
	}
}

func TestTickingUpdatesProgressAndSaves(t *testing.T) {
	td := newTestDesk(t, nil)
	before := td.status.AS.Done
	d := td.goTo("2.1.1")
	if !d.tick.Visible() || d.text.Visible() {
		t.Fatal("a tick item should show the tick box and no text box")
	}
	test.Tap(d.tick)
	if td.status.AS.Done != before+1 {
		t.Errorf("AS done %d, want %d", td.status.AS.Done, before+1)
	}
	if want := "1 of 26 for Approaching Standards"; !strings.Contains(td.top.progress.Text, want) {
		t.Errorf("top bar says %q, want it to include %q", td.top.progress.Text, want)
	}
	if a := td.saved().Answers["2.1.1"]; !a.Ticked() {
		t.Errorf("saved answer %+v is not ticked", a)
	}
}

func TestTypingIsSavedWhenChangingQuestion(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.5")
	test.Type(d.text, "Grace Okafor owns data security — “named” in her job description 👍")
	test.Type(d.comment, "See minutes")
	td.questions.step(+1)
	rec := td.saved()
	if got := rec.Answers["1.1.5"]; got.Value != "Grace Okafor owns data security — “named” in her job description 👍" || got.Comment != "See minutes" {
		t.Errorf("saved %+v", got)
	}
}

func TestTypingIsSavedAfterAPause(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.3.13")
	test.Type(d.text, "Key-pad on the front door")
	td.settle() // the autosave timer fires and its write finishes
	if td.top.saved.Text != "Saved" {
		t.Errorf("indicator says %q after the save", td.top.saved.Text)
	}
	if got := td.saved().Answers["1.3.13"].Value; got != "Key-pad on the front door" {
		t.Errorf("saved %q", got)
	}
}

func TestNotApplicableOnlyWhereAllowed(t *testing.T) {
	td := newTestDesk(t, nil)
	if d := td.goTo("2.1.1"); d.na.Visible() {
		t.Error("2.1.1 does not allow Not applicable, but the box is shown")
	}
	d := td.goTo("6.1.2")
	if !d.na.Visible() || !strings.Contains(d.naHint.Text, "comments box") {
		t.Fatalf("6.1.2 should offer N/A with the online hint, hint %q", d.naHint.Text)
	}
	test.Tap(d.na)
	test.Type(dialogEntries(t, td)[0], "no breaches") // the toolkit wants a reason
	confirmDialog(t, td, "Save")
	st, _ := td.status.Item("6.1.2")
	if st.State != assessment.ItemNotApplicable || !st.Complete {
		t.Errorf("6.1.2 state %s complete %v", st.State.Label(), st.Complete)
	}
	if !strings.Contains(d.state.Text, "not applicable") {
		t.Errorf("state line %q", d.state.Text)
	}
	if !td.saved().Answers["6.1.2"].NotApplicable {
		t.Error("N/A was not saved")
	}
}

func TestSearchFindsByWordsAndRef(t *testing.T) {
	td := newTestDesk(t, nil)
	s := td.openSearch()
	test.Type(s.query, "backups offline")
	if len(s.found) == 0 || s.found[0].Ref != "7.3.6" {
		t.Fatalf("found %v", refs(s.found))
	}
	s.query.SetText("")
	test.Type(s.query, "9.5")
	if len(s.found) != 1 || s.found[0].Ref != "9.5.2" {
		t.Fatalf("found %v for 9.5", refs(s.found))
	}
	s.query.OnSubmitted(s.query.Text)
	if td.questions.item.Ref != "9.5.2" {
		t.Errorf("showing %s after choosing 9.5.2", td.questions.item.Ref)
	}
}

func refs(items []*assessment.Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Ref)
	}
	return out
}

func TestWhatsMissingGoesToTheQuestion(t *testing.T) {
	td := newTestDesk(t, nil)
	td.show(screenMissing)
	m := td.screen(screenMissing).(*missingScreen)
	if !strings.Contains(m.title.Text, "Approaching Standards") {
		t.Errorf("title %q", m.title.Text)
	}
	first := td.status.Missing[3]
	row := slices.IndexFunc(m.lines, func(l missingLine) bool { return l.target == first.Ref && !l.register })
	m.list.Select(row) // register lines may come between the gaps
	if td.current != screenQuestion || td.questions.item.Ref != first.Ref {
		t.Errorf("screen %s item %s, want question %s", td.current, td.questions.item.Ref, first.Ref)
	}
}

func TestEvidenceCompletesADocumentItemAndFlagsMissingFiles(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.2")
	d.evidence.addPlace(assessment.EvidencePaper, "Blue folder, manager's office", "")
	td.settle()
	if st, _ := td.status.Item("1.1.2"); !st.Complete {
		t.Errorf("1.1.2 not complete after adding a paper location: %s", st.Problem)
	}
	d.evidence.addFile(filepath.Join(t.TempDir(), "gone.docx"))
	td.settle()
	var text strings.Builder
	walk(d.evidence.content, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			text.WriteString(l.Text + "\n")
		}
	})
	if !strings.Contains(text.String(), "Missing:") || !strings.Contains(text.String(), "Blue folder") {
		t.Errorf("evidence list shows:\n%s", text.String())
	}
	if n := len(td.saved().Evidence); n != 2 {
		t.Errorf("%d evidence records saved, want 2", n)
	}
}

// failingStore makes every answer save fail, as a full disk would.
type failingStore struct{ Store }

func (failingStore) SaveAnswer(context.Context, int64, assessment.Answer) error {
	return assessment.Errorf(assessment.EInternal, "The disk is full. Free some space, then change the answer again.")
}

func TestAFailingSaveShowsAnErrorDialog(t *testing.T) {
	td := newTestDesk(t, func(s Store) Store { return failingStore{s} })
	d := td.goTo("2.1.1")
	test.Tap(d.tick)
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "disk is full") {
		t.Errorf("dialog says %q", got)
	}
	if td.top.saved.Text != "Not saved" {
		t.Errorf("indicator says %q", td.top.saved.Text)
	}
	if !d.tick.Checked {
		t.Error("the tick on screen was lost")
	}
}

// wait blocks until every queued and running background job has finished.
func (b *background) wait() { b.pending.Wait() }
