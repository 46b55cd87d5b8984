package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/internal/editiontest"
)

// editionFile returns the built-in 2025-26 file as edition id at revision rev.
func editionFile(t *testing.T, id string, rev int) []byte {
	t.Helper()
	return editiontest.File(id, rev)
}

func storedEditions(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM editions").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestAddedEditionIsStoredWithItsOrigin(t *testing.T) {
	path := testDB(t)
	s := openAt(t, path, newClock())
	ed, err := s.AddEdition(ctx, "/media/usb/2027-28.toml", editionFile(t, "2027-28", 1))
	if err != nil {
		t.Fatal(err)
	}
	want := "added from 2027-28.toml on 23 November 2026, revision 1"
	if got := ed.Source(); got != want {
		t.Errorf("source = %q, want %q", got, want)
	}
	if s.Bank().Latest().ID != "2027-28" || testBank(t).Edition("2027-28") != nil {
		t.Errorf("bank in use = %v; built-in bank = %v", s.Bank().IDs(), testBank(t).IDs())
	}
	s.Close()
	s = openAt(t, path, newClock())
	if got := s.Bank().Edition("2027-28"); got == nil || got.Source() != want {
		t.Fatalf("after reopening, 2027-28 = %+v", got)
	}
}

func TestBadEditionFileIsRefusedByItemAndFieldAndNothingStored(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	src := string(editionFile(t, "2027-28", 1))
	src = strings.Replace(src, `level = "AS"`, `level = "XX"`, 1)
	src = strings.Replace(src, `answer = "tick"`, `answer = "yesno"`, 1)
	_, err := s.AddEdition(ctx, "2027-28.toml", []byte(src))
	wantCode(t, err, assessment.EInvalid)
	var ee *assessment.EditionError
	if !errors.As(err, &ee) {
		t.Fatalf("error %v is not an EditionError", err)
	}
	fields := map[string]bool{}
	for _, p := range ee.Problems {
		if !strings.HasPrefix(p.Where, "item ") {
			continue
		}
		fields[p.Field] = true
	}
	if !fields["level"] || !fields["answer"] {
		t.Errorf("problems %v do not name the items' level and answer fields", ee.Problems)
	}
	if msg := assessment.ErrorMessage(err); !strings.Contains(msg, "nothing has been added") || !strings.Contains(msg, "field level") {
		t.Errorf("message = %q", msg)
	}
	if n := storedEditions(t, s); n != 0 || s.Bank().Edition("2027-28") != nil {
		t.Errorf("a refused file left %d rows; bank %v", n, s.Bank().IDs())
	}
}

func TestSameEditionNeedsAHigherRevision(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	for _, rev := range []int{0, 1} {
		_, err := s.AddEdition(ctx, "2025-26.toml", editionFile(t, "2025-26", rev))
		if rev == 0 {
			wantCode(t, err, assessment.EInvalid) // revision 0 breaks a rule
			continue
		}
		wantCode(t, err, assessment.EConflict)
		if !strings.Contains(err.Error(), "revision 1 (built in") {
			t.Errorf("message does not say which revision is in use: %v", err)
		}
	}
	if _, err := s.AddEdition(ctx, "2025-26 revised.toml", editionFile(t, "2025-26", 2)); err != nil {
		t.Fatal(err)
	}
	if ed := s.Bank().Edition("2025-26"); ed.Revision != 2 || ed.Origin == nil {
		t.Fatalf("in use: %s", ed.Source())
	}
	for _, rev := range []int{1, 2} {
		_, err := s.AddEdition(ctx, "again.toml", editionFile(t, "2025-26", rev))
		wantCode(t, err, assessment.EConflict)
	}
	if _, err := s.AddEdition(ctx, "2025-26 r3.toml", editionFile(t, "2025-26", 3)); err != nil {
		t.Fatal(err)
	}
	if n := storedEditions(t, s); n != 1 || s.Bank().Edition("2025-26").Revision != 3 {
		t.Errorf("%d rows; in use %s", n, s.Bank().Edition("2025-26").Source())
	}
}

func TestRevisionThatDropsARecordedQuestionIsRefused(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	ref := refOf(t, assessment.Text)
	saveText(t, s, ref, "kept")
	src := editionFile(t, s.Bank().Latest().ID, 2)
	src = bytes.Replace(src, []byte(fmt.Sprintf("ref = %q", ref)), []byte(fmt.Sprintf("ref = %q", ref[:2]+"9.9")), 1)
	_, err := s.AddEdition(ctx, "r2.toml", src)
	if err == nil || !strings.Contains(assessment.ErrorMessage(err), ref) {
		t.Fatalf("error = %v, want one naming %s", err, ref)
	}
}

// addedYear makes a database holding an added 2027-28 edition, an
// assessment for it with an answer and a wording check.
func addedYear(t *testing.T, s *Store) (assessment.Assessment, string) {
	t.Helper()
	if _, err := s.AddEdition(ctx, "2027-28.toml", editionFile(t, "2027-28", 1)); err != nil {
		t.Fatal(err)
	}
	a, err := s.CreateAssessmentWith(ctx, "2027-28", &assessment.Record{})
	if err != nil {
		t.Fatal(err)
	}
	ref := refOf(t, assessment.Text)
	if err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: "answered in 2027-28"}); err != nil {
		t.Fatal(err)
	}
	w := assessment.WordingCheck{Ref: ref, State: assessment.WordingDiffers, LiveWording: "The live wording.", LiveRef: "1.1.9"}
	if _, err := s.SaveWordingCheck(ctx, a.ID, w); err != nil {
		t.Fatal(err)
	}
	return a, ref
}

func TestAddedEditionRoundTripsThroughJSON(t *testing.T) {
	src := openAt(t, testDB(t), newClock())
	_, ref := addedYear(t, src)
	var first bytes.Buffer
	if err := src.ExportJSON(ctx, &first); err != nil {
		t.Fatal(err)
	}
	dst := openAt(t, testDB(t), newClock())
	sum, err := dst.ImportJSON(ctx, bytes.NewReader(first.Bytes()), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.AddedEditions) != 1 || dst.Bank().Edition("2027-28") == nil {
		t.Fatalf("summary %+v; bank %v", sum, dst.Bank().IDs())
	}
	var second bytes.Buffer
	dst.ExportJSON(ctx, &second)
	if first.String() != second.String() {
		t.Errorf("export → import → export differs:\n%s", firstDiff(first.String(), second.String()))
	}
	cur, _ := dst.Current(ctx)
	r, _ := dst.Record(ctx, cur.ID)
	if cur.EditionID != "2027-28" || r.Answers[ref].Value != "answered in 2027-28" || r.Wording[ref].LiveRef != "1.1.9" {
		t.Errorf("imported %s: answer %+v, wording %+v", cur.EditionID, r.Answers[ref], r.Wording[ref])
	}
	// Importing the same file again over it changes no edition.
	if sum, err := dst.ImportJSON(ctx, bytes.NewReader(first.Bytes()), ImportOptions{Replace: true}); err != nil || len(sum.AddedEditions) != 0 {
		t.Errorf("second import: %+v, %v", sum, err)
	}
}

func TestAddedEditionTravelsInBackups(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	_, ref := addedYear(t, s)
	b, err := s.BackupNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The backup copied to a new computer opens with the edition and its checks.
	moved := testDB(t)
	os.MkdirAll(filepath.Dir(moved), 0o700)
	if err := os.WriteFile(moved, mustRead(t, b.Path), 0o600); err != nil {
		t.Fatal(err)
	}
	other := openAt(t, moved, newClock())
	cur, err := other.Current(ctx)
	if err != nil || cur.EditionID != "2027-28" || other.Bank().Edition("2027-28") == nil {
		t.Fatalf("moved file: %+v, %v, bank %v", cur, err, other.Bank().IDs())
	}
	r, _ := other.Record(ctx, cur.ID)
	if r.Wording[ref].State != assessment.WordingDiffers {
		t.Errorf("wording check lost: %+v", r.Wording)
	}
}

func TestImportRefusesABadEditionAndWritesNothing(t *testing.T) {
	src := openAt(t, testDB(t), newClock())
	addedYear(t, src)
	var out bytes.Buffer
	src.ExportJSON(ctx, &out)
	bad := strings.Replace(out.String(), `level = \"AS\"`, `level = \"XX\"`, 1)
	if bad == out.String() {
		t.Fatal("the test did not break the edition")
	}
	dst := openAt(t, testDB(t), newClock())
	_, err := dst.ImportJSON(ctx, strings.NewReader(bad), ImportOptions{})
	var ie *ImportError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "editions[0].content") || !strings.Contains(err.Error(), "field level") {
		t.Fatalf("error = %v", err)
	}
	if n := storedEditions(t, dst); n != 0 {
		t.Errorf("%d editions stored after a refused import", n)
	}
}

func TestWordingChecksPersistAndAreChecked(t *testing.T) {
	path := testDB(t)
	s := openAt(t, path, newClock())
	a, _ := s.Current(ctx)
	ref := refOf(t, assessment.Tick)
	if _, err := s.SaveWordingCheck(ctx, a.ID, assessment.WordingCheck{Ref: ref, State: assessment.WordingDiffers}); assessment.ErrorCode(err) != assessment.EInvalid {
		t.Errorf("differs without the live wording: %v", err)
	}
	if _, err := s.SaveWordingCheck(ctx, a.ID, assessment.WordingCheck{Ref: "9.9.9", State: assessment.WordingMatches}); assessment.ErrorCode(err) != assessment.EInvalid {
		t.Errorf("unknown question: %v", err)
	}
	if _, err := s.SaveWordingCheck(ctx, a.ID, assessment.WordingCheck{Ref: ref, State: assessment.WordingMatches}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openAt(t, path, newClock())
	r, _ := s.Record(ctx, a.ID)
	if w := r.Wording[ref]; w.State != assessment.WordingMatches || w.CheckedAt.IsZero() {
		t.Fatalf("after reopening: %+v", r.Wording)
	}
	on, _ := assessment.ParseDate("2026-06-01")
	if err := s.Publish(ctx, a.ID, on, assessment.ApproachingStandards); err != nil {
		t.Fatal(err)
	}
	_, err := s.SaveWordingCheck(ctx, a.ID, assessment.WordingCheck{Ref: ref, State: assessment.WordingDiffers, LiveWording: "x"})
	wantCode(t, err, assessment.ELocked)
}

func TestVersionOneFilesStillImport(t *testing.T) {
	src := openAt(t, testDB(t), newClock())
	fillSample(t, src, 5, 2, 1)
	var out bytes.Buffer
	src.ExportJSON(ctx, &out)
	old := strings.Replace(out.String(), fmt.Sprintf(`"version": %d`, FormatVersion), `"version": 1`, 1)
	old = regexp.MustCompile(`"editions": \[\],|,\s*"wording": \[\]|,\s*"entered_online": \[\]`).ReplaceAllString(old, "")
	if strings.Contains(old, `"wording"`) || strings.Contains(old, `"editions"`) || strings.Contains(old, `"entered_online"`) {
		t.Fatalf("the test did not make a version 1 file:\n%s", old)
	}
	dst := openAt(t, testDB(t), newClock())
	if sum, err := dst.ImportJSON(ctx, strings.NewReader(old), ImportOptions{}); err != nil || sum.Answers != 5 {
		t.Errorf("a version 1 file: %+v, %v", sum, err)
	}
}
