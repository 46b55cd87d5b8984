package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestLogFileIsMadeAtTheFirstLineAndMovesAsideWhenLarge(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "dsptdesk.log")
	var l logFile
	l.Write([]byte("before the database is known\n"))
	l.use(filepath.Join(dir, "missing", "dsptdesk.log"))
	l.Write([]byte("no folder: dropped, nothing made\n"))
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("made %v", entries)
	}
	os.WriteFile(path, bytes.Repeat([]byte("x"), maxLogSize+1), 0o600)
	l.use(path)
	l.Write([]byte("first line\n"))
	l.Write([]byte("second line\n"))
	data, _ := os.ReadFile(path)
	if string(data) != "first line\nsecond line\n" {
		t.Errorf("log holds %q", data)
	}
	if info, err := os.Stat(path + ".old"); err != nil || info.Size() != maxLogSize+1 {
		t.Errorf("the large log was not moved aside: %v", err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 && runtime.GOOS != "windows" {
		t.Errorf("log mode %v", info.Mode())
	}
}
