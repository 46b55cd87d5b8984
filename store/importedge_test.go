package store

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// timeFields are every time (RFC 3339) field of an import file, each with
// the value validFile gives it, so a test can put an edge time in each.
var timeFields = []struct{ path, old string }{
	{"exported_at", `"exported_at": "2026-11-23T10:15:00Z"`},
	{"assessments[0].created_at", `"created_at": "2026-09-01T09:00:00Z"`},
	{"assessments[0].answers[0].updated_at", `"updated_at": "2026-09-02T09:00:00Z"`},
	{"assessments[0].answers[1].answered_at", `"comment": "ok"`},
	{"assessments[0].evidence[0].added_at", `"added_at": "2026-09-03T09:00:00Z"`},
	{"assessments[0].evidence[0].file.modified", `"modified": "2026-08-01T12:00:00Z"`},
}

// withTime puts value into the time field f of validFile.
func withTime(t *testing.T, f struct{ path, old string }, value string) string {
	file := validFile(t)
	key := f.path[strings.LastIndex(f.path, ".")+1:]
	repl := `"` + key + `": "` + value + `"`
	if key == "answered_at" {
		repl = f.old + ", " + repl
	}
	if !strings.Contains(file, f.old) {
		t.Fatalf("the test file has no %q", f.old)
	}
	return strings.Replace(file, f.old, repl, 1)
}

// TestImportRefusesTimesOutsideTheStoredYears checks every time field with
// offsets that push UTC past 9999 or before 0000: each is refused, naming
// its field, and nothing is written.
func TestImportRefusesTimesOutsideTheStoredYears(t *testing.T) {
	for _, f := range timeFields {
		for _, v := range []string{"9999-12-31T23:30:00-01:00", "0000-01-01T00:30:00+01:00", "9999-12-31T23:59:59-23:59"} {
			t.Run(f.path+"="+v, func(t *testing.T) {
				s := openAt(t, testDB(t), newClock())
				_, err := s.ImportJSON(ctx, strings.NewReader(withTime(t, f, v)), ImportOptions{})
				var ie *ImportError
				if !errors.As(err, &ie) || len(ie.Problems) != 1 || ie.Problems[0].Path != f.path {
					t.Fatalf("want one problem at %s, got %v", f.path, err)
				}
				if !strings.Contains(ie.Problems[0].Message, "DSPT Desk keeps times from the year 0000 to 9999") {
					t.Errorf("message = %q", ie.Problems[0].Message)
				}
				if list, _ := s.Assessments(ctx); len(list) != 0 {
					t.Error("a refused file was partly imported")
				}
			})
		}
	}
}

// TestImportedEdgeTimesReadBack imports the first and last times the store
// can keep, written with offsets, in every time field, and checks that the
// file then reads back.
func TestImportedEdgeTimesReadBack(t *testing.T) {
	for _, f := range timeFields {
		for _, v := range []string{"9999-12-31T23:59:59Z", "9999-12-31T22:59:59-01:00", "0000-01-01T00:00:00Z", "0000-01-01T01:00:00+01:00", "0001-01-01T00:00:00Z"} {
			t.Run(f.path+"="+v, func(t *testing.T) {
				s := openAt(t, testDB(t), newClock())
				if _, err := s.ImportJSON(ctx, strings.NewReader(withTime(t, f, v)), ImportOptions{}); err != nil {
					t.Fatal(err)
				}
				checkReadsBack(t, s)
			})
		}
	}
}

// TestImportRefusesTheZeroDate checks that 0001-01-01, which the store keeps
// as "no date", is refused rather than silently dropped.
func TestImportRefusesTheZeroDate(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	file := strings.Replace(validFile(t), `"2027-01-31"`, `"0001-01-01"`, 1)
	_, err := s.ImportJSON(ctx, strings.NewReader(file), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "assessments[0].actions[0].target_date: \"0001-01-01\" is not a date DSPT Desk can keep") {
		t.Fatalf("err = %v", err)
	}
}

// checkReadsBack reads everything in s back, as the window and the
// exports do: what an import accepted must read back.
func checkReadsBack(t testing.TB, s *Store) {
	t.Helper()
	if err := s.ExportJSON(ctx, io.Discard); err != nil {
		t.Fatalf("the imported file does not read back: %v", err)
	}
	list, err := s.Assessments(ctx)
	if err != nil {
		t.Fatalf("the imported assessments do not read back: %v", err)
	}
	for _, a := range list {
		if _, err := s.Record(ctx, a.ID); err != nil {
			t.Fatalf("the imported %s assessment does not read back: %v", a.EditionID, err)
		}
	}
}

// TestEveryImportThatChangesAFileBacksItUpFirst checks an import with no
// conflict (it only fills in the profile) still backs up a file that holds
// work, and that a file holding nothing yet is not backed up.
func TestEveryImportThatChangesAFileBacksItUpFirst(t *testing.T) {
	const onlyProfile = `{"format": "dsptdesk", "version": 1, "profile": {"name": "Oak Lodge"}, "assessments": []}`
	s := openAt(t, testDB(t), newClock())
	sum, err := s.ImportJSON(ctx, strings.NewReader(onlyProfile), ImportOptions{})
	if err != nil || sum.Backup != nil {
		t.Fatalf("a file holding nothing: %+v, %v", sum, err)
	}
	s = openAt(t, testDB(t), newClock())
	saveText(t, s, refOf(t, assessment.Text), "typed before the import")
	sum, err = s.ImportJSON(ctx, strings.NewReader(onlyProfile), ImportOptions{})
	if err != nil || sum.Backup == nil || !sum.ProfileChanged {
		t.Fatalf("no backup before an import changed a file holding work: %+v, %v", sum, err)
	}
	b, err := Open(sum.Backup.Path, Options{Bank: testBank(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if p, _ := b.Profile(ctx); p.Name != "" || answerValue(t, b, refOf(t, assessment.Text)) != "typed before the import" {
		t.Errorf("the backup does not hold the file as it was: %+v", p)
	}
}

// TestReplacingAPublishedYearNeedsToBeSaid checks that --replace alone does
// not replace a published assessment: the refusal says the year was
// published, and ReplacePublished replaces it after a backup.
func TestReplacingAPublishedYearNeedsToBeSaid(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	a, _ := s.CreateAssessment(ctx, "2025-26") // the year of the file to import
	on, _ := assessment.ParseDate("2026-06-30")
	if err := s.Publish(ctx, a.ID, on, assessment.StandardsMet); err != nil {
		t.Fatal(err)
	}
	if list, _ := ListBackups(s.Path()); len(list) != 1 || list[0].Reason != BackupPublish {
		t.Errorf("no backup before publishing: %+v", list)
	}
	for _, opt := range []ImportOptions{{}, {Replace: true}} {
		_, err := s.ImportJSON(ctx, strings.NewReader(validFile(t)), opt)
		var ie *ImportError
		if !errors.As(err, &ie) || assessment.ErrorCode(err) != assessment.EConflict {
			t.Fatalf("%+v: err = %v", opt, err)
		}
		if !strings.Contains(err.Error(), "assessments[0]: this database's 2025-26 assessment was published and is locked") ||
			!strings.Contains(err.Error(), "--replace-published") || len(ie.PublishedYears()) != 1 || ie.PublishedYears()[0] != "2025-26" {
			t.Errorf("%+v: the refusal does not say the year was published:\n%v", opt, err)
		}
		if list, _ := s.Assessments(ctx); len(list) != 1 || !list[0].Locked() {
			t.Fatalf("%+v: the published year was changed", opt)
		}
	}
	sum, err := s.ImportJSON(ctx, strings.NewReader(validFile(t)), ImportOptions{Replace: true, ReplacePublished: true})
	if err != nil || len(sum.Replaced) != 1 || sum.Backup == nil {
		t.Fatalf("%+v, %v", sum, err)
	}
	if list, _ := s.Assessments(ctx); len(list) != 1 || list[0].Locked() {
		t.Errorf("the published year was not replaced: %+v", list)
	}
}
