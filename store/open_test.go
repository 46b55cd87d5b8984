package store

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestOpenCreatesPrivateFileWithSettings(t *testing.T) {
	path := testDB(t)
	s := openAt(t, path, newClock())
	if runtime.GOOS != "windows" {
		for p, want := range map[string]os.FileMode{filepath.Dir(path): 0o700, path: 0o600} {
			info, err := os.Stat(p)
			if err != nil || info.Mode().Perm() != want {
				t.Errorf("%s: mode %v (%v), want %v", p, info.Mode().Perm(), err, want)
			}
		}
	}
	pragmas := map[string]string{"journal_mode": "wal", "synchronous": "2", "foreign_keys": "1", "busy_timeout": "5000",
		"application_id": "1146310740", "user_version": "4"}
	for name, want := range pragmas {
		var got string
		if err := s.db.QueryRow("PRAGMA " + name).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s = %q (%v), want %q", name, got, err, want)
		}
	}
}

func TestDefaultPath(t *testing.T) {
	p, err := DefaultPath()
	if err != nil {
		t.Skipf("no user config folder here: %v", err)
	}
	if filepath.Base(p) != "dspt.db" || filepath.Base(filepath.Dir(p)) != "DSPT Desk" {
		t.Errorf("DefaultPath() = %q", p)
	}
}

func TestSecondWriterIsRefused(t *testing.T) {
	path := testDB(t)
	s := openAt(t, path, newClock())
	before := mustRead(t, path)
	_, err := Open(path, Options{Bank: testBank(t)})
	wantCode(t, err, assessment.EConflict)
	if assessment.ErrorMessage(err) != openElsewhere {
		t.Errorf("message = %q", assessment.ErrorMessage(err))
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("the refused open changed the file")
	}
	if _, err := Restore(path, Backup{Path: path}); assessment.ErrorCode(err) != assessment.EConflict {
		t.Errorf("Restore while open: %v, want EConflict", err)
	}
	s.Close()
	s2, err := Open(path, Options{Bank: testBank(t)})
	if err != nil {
		t.Fatalf("reopening after Close: %v", err)
	}
	s2.Close()
}

func TestOpenAnyPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Crèche & Care ✓ 100% #1? [x]", "my data.db")
	s := openAt(t, path, newClock())
	if _, err := s.Current(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.BackupNow(ctx); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openAt(t, path, newClock())
	if list, _ := ListBackups(path); len(list) != 1 || !strings.HasPrefix(filepath.Base(list[0].Path), "my data-") {
		t.Errorf("backups = %+v", list)
	}
}

func TestOpenRefusesAFolder(t *testing.T) {
	_, err := Open(t.TempDir(), Options{})
	wantCode(t, err, assessment.EInvalid)
}

func TestNewerFileIsRefusedUntouched(t *testing.T) {
	path := testDB(t)
	s := openAt(t, path, newClock())
	if _, err := s.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before := mustRead(t, path)
	_, err := Open(path, Options{Bank: testBank(t)})
	wantCode(t, err, assessment.ETooNew)
	want := "This file was saved by a newer version of DSPT Desk (schema 99). Install the newer version to open it; the file has not been changed."
	if got := assessment.ErrorMessage(err); got != want {
		t.Errorf("message = %q", got)
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("the newer file was changed")
	}
}

func TestOtherSQLiteFileIsRefusedUntouched(t *testing.T) {
	path := testDB(t)
	os.MkdirAll(filepath.Dir(path), 0o700)
	db, err := connect(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA journal_mode = DELETE; CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('scones')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := mustRead(t, path)
	_, err = Open(path, Options{Bank: testBank(t)})
	wantCode(t, err, assessment.EDamaged)
	if msg := assessment.ErrorMessage(err); !strings.Contains(msg, "not a DSPT Desk database") || !strings.Contains(msg, path) {
		t.Errorf("message = %q", msg)
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("the other program's file was changed")
	}
}

func TestNotADatabaseIsRefusedUntouched(t *testing.T) {
	path := testDB(t)
	os.MkdirAll(filepath.Dir(path), 0o700)
	text := bytes.Repeat([]byte("Dear diary, today I filled in the toolkit.\n"), 200)
	os.WriteFile(path, text, 0o600)
	_, err := Open(path, Options{Bank: testBank(t)})
	wantCode(t, err, assessment.EDamaged)
	if !bytes.Equal(text, mustRead(t, path)) {
		t.Error("the text file was changed")
	}
}

func TestEmptyFileIsStartedAfresh(t *testing.T) {
	path := testDB(t)
	os.MkdirAll(filepath.Dir(path), 0o700)
	os.WriteFile(path, nil, 0o600)
	s := openAt(t, path, newClock())
	if _, err := s.Current(ctx); err != nil {
		t.Fatal(err)
	}
}
