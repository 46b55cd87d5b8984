package store

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// answerValue reads the answer to ref in the current assessment.
func answerValue(t *testing.T, s *Store, ref string) string {
	t.Helper()
	a, err := s.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Record(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	return r.Answers[ref].Value
}

func saveText(t *testing.T, s *Store, ref, value string) {
	t.Helper()
	a, _ := s.Current(ctx)
	if err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: value}); err != nil {
		t.Fatal(err)
	}
}

func TestFirstOpenOfTheDayBacksUp(t *testing.T) {
	path := testDB(t)
	c := newClock()
	openAt(t, path, c).Close() // creates the file: nothing to back up yet
	if list, _ := ListBackups(path); len(list) != 0 {
		t.Fatalf("a new file was backed up: %+v", list)
	}
	openAt(t, path, c).Close()
	c.Add(time.Hour)
	openAt(t, path, c).Close()
	if list, _ := ListBackups(path); len(list) != 1 {
		t.Fatalf("%d backups after two opens in a day, want 1", len(list))
	}
	c.Add(24 * time.Hour)
	s := openAt(t, path, c)
	list, _ := ListBackups(path)
	if len(list) != 2 || !sameDay(list[0].Time, c.Now()) || s.BackupError() != nil {
		t.Fatalf("after the next day's open: %+v (%v)", list, s.BackupError())
	}
	if want := "dspt-" + c.Now().Format("20060102-150405") + ".db"; filepath.Base(list[0].Path) != want {
		t.Errorf("backup name %s, want %s", filepath.Base(list[0].Path), want)
	}
	if runtime.GOOS != "windows" {
		info, _ := os.Stat(list[0].Path)
		dir, _ := os.Stat(filepath.Dir(list[0].Path))
		if info.Mode().Perm() != 0o600 || dir.Mode().Perm() != 0o700 {
			t.Errorf("backup mode %v, folder %v", info.Mode().Perm(), dir.Mode().Perm())
		}
	}
}

func TestBackupNowKeepsTheNewest10(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	c := newClock()
	s.now = c.Now
	var made []Backup
	for i := 0; i < 20; i++ {
		b, err := s.BackupNow(ctx)
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, b)
		if i%3 != 0 {
			c.Add(time.Minute) // and sometimes two in the same second
		}
	}
	list, err := ListBackups(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != KeptChanges {
		t.Fatalf("%d backups kept, want %d", len(list), KeptChanges)
	}
	for i, b := range list {
		if want := made[len(made)-1-i]; b.Path != want.Path || !b.Time.Equal(want.Time) || b.Size == 0 || b.Reason != BackupByHand {
			t.Errorf("list[%d] = %+v, want %+v", i, b, want)
		}
	}
	c.Add(-365 * 24 * time.Hour) // the clock was put back: the new backup is still kept
	b, err := s.BackupNow(ctx)
	if _, serr := os.Stat(b.Path); err != nil || serr != nil {
		t.Errorf("a backup made with the clock put back was deleted: %v, %v", err, serr)
	}
}

// TestABusyDayKeepsEarlierDays opens the file on 20 days, then replaces it
// by import fourteen times in one day: the daily copies of the last 14 days
// stay, and so do the newest 10 copies made before an import.
func TestABusyDayKeepsEarlierDays(t *testing.T) {
	path := testDB(t)
	c := newClock()
	openAt(t, path, c).Close()
	for range 20 {
		c.Add(24 * time.Hour)
		openAt(t, path, c).Close()
	}
	s := openAt(t, path, c)
	saveText(t, s, refOf(t, assessment.Text), "typed")
	for i := range 14 {
		c.Add(time.Minute)
		sum, err := s.ImportJSON(ctx, strings.NewReader(validFile(t)), ImportOptions{Replace: true})
		if err != nil || sum.Backup == nil || sum.Backup.Reason != BackupImport {
			t.Fatalf("import %d: %+v, %v", i, sum, err)
		}
	}
	list, _ := ListBackups(path)
	var daily, before []Backup
	for _, b := range list {
		if b.Reason == BackupDaily {
			daily = append(daily, b)
		} else {
			before = append(before, b)
		}
	}
	if len(daily) != KeptDaily || len(before) != KeptChanges {
		t.Fatalf("%d daily copies and %d made before imports, want %d and %d", len(daily), len(before), KeptDaily, KeptChanges)
	}
	yesterday := c.Now().AddDate(0, 0, -1)
	if !sameDay(daily[1].Time, yesterday) || !sameDay(daily[13].Time, c.Now().AddDate(0, 0, -13)) {
		t.Errorf("the daily copies kept run from %v to %v", daily[0].Time, daily[13].Time)
	}
	if !strings.HasSuffix(before[0].Path, "-import.db") || before[0].Reason.Describe() != "before an import" {
		t.Errorf("newest backup %s (%s)", before[0].Path, before[0].Reason.Describe())
	}
}

// TestAPreChangeBackupDoesNotStandInForTheDailyOne checks that a backup made
// before an import does not stop the day's daily copy.
func TestAPreChangeBackupDoesNotStandInForTheDailyOne(t *testing.T) {
	path := testDB(t)
	c := newClock()
	s := openAt(t, path, c)
	saveText(t, s, refOf(t, assessment.Text), "typed")
	c.Add(24 * time.Hour)
	if _, err := s.ImportJSON(ctx, strings.NewReader(validFile(t)), ImportOptions{Replace: true}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	openAt(t, path, c).Close()
	list, _ := ListBackups(path)
	if len(list) != 2 || list[0].Reason != BackupDaily || list[1].Reason != BackupImport {
		t.Fatalf("backups = %+v", list)
	}
}

func TestRestore(t *testing.T) {
	path := testDB(t)
	ref := refOf(t, assessment.Text)
	s := openAt(t, path, newClock())
	saveText(t, s, ref, "what the backup holds")
	b, err := s.BackupNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	saveText(t, s, ref, "written after the backup")
	s.Close()

	aside, err := Restore(path, b)
	if err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path, newClock())
	if got := answerValue(t, s, ref); got != "what the backup holds" {
		t.Errorf("after restoring: %q", got)
	}
	if aside.Path == "" || aside.Path == b.Path {
		t.Fatalf("restoring did not back up the current file first: %+v", aside)
	}
	s.Close()
	if _, err := Restore(path, aside); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path, newClock())
	if got := answerValue(t, s, ref); got != "written after the backup" {
		t.Errorf("the file backed up before restoring holds %q", got)
	}
}

// damage writes the variant of the database file: cut short, or with
// bytes flipped in the middle of its pages.
func damage(t *testing.T, good []byte, how string) []byte {
	bad := bytes.Clone(good)
	switch how {
	case "truncated":
		return bad[:len(bad)/2+100]
	case "flipped":
		for page := 4096; page+64 < len(bad); page += 4096 {
			for i := page; i < page+24; i++ {
				bad[i] ^= 0xA5
			}
		}
	}
	return bad
}

func TestDamagedFileIsRefusedUntouchedAndCanBeRestored(t *testing.T) {
	for _, how := range []string{"truncated", "flipped"} {
		t.Run(how, func(t *testing.T) {
			path := testDB(t)
			ref := refOf(t, assessment.Text)
			s := openAt(t, path, newClock())
			saveText(t, s, ref, strings.Repeat("a good long answer ", 2000))
			b, _ := s.BackupNow(ctx)
			s.Close()
			bad := damage(t, mustRead(t, path), how)
			if err := os.WriteFile(path, bad, 0o600); err != nil {
				t.Fatal(err)
			}

			_, err := Open(path, Options{Bank: testBank(t)})
			wantCode(t, err, assessment.EDamaged)
			msg := assessment.ErrorMessage(err)
			if !strings.Contains(msg, path) || !strings.Contains(msg, "there are 1 in "+filepath.Join(filepath.Dir(path), "backups")+", the newest from") {
				t.Errorf("message = %q", msg)
			}
			if !bytes.Equal(bad, mustRead(t, path)) {
				t.Fatal("the damaged file was changed")
			}

			aside, err := Restore(path, b)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(bad, mustRead(t, aside.Path)) {
				t.Error("the damaged file was not copied aside byte for byte")
			}
			s = openAt(t, path, newClock())
			if got := answerValue(t, s, ref); !strings.HasPrefix(got, "a good long answer") {
				t.Errorf("after restoring: %.40q", got)
			}
		})
	}
}

func TestDamagedBackupIsNotRestored(t *testing.T) {
	path := testDB(t)
	ref := refOf(t, assessment.Text)
	s := openAt(t, path, newClock())
	saveText(t, s, ref, "keep me")
	b, _ := s.BackupNow(ctx)
	s.Close()
	os.WriteFile(b.Path, damage(t, mustRead(t, b.Path), "flipped"), 0o600)
	before := mustRead(t, path)
	_, err := Restore(path, b)
	wantCode(t, err, assessment.EDamaged)
	if !strings.Contains(assessment.ErrorMessage(err), "Choose another backup") {
		t.Errorf("message = %q", assessment.ErrorMessage(err))
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("a refused restore changed the database")
	}
}

func TestListBackupsWithoutAFolder(t *testing.T) {
	list, err := ListBackups(filepath.Join(t.TempDir(), "dspt.db"))
	if err != nil || len(list) != 0 {
		t.Errorf("ListBackups = %v, %v", list, err)
	}
}
