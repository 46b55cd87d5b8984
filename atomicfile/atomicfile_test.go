package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

func TestWriteReplacesOnlyWhenComplete(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pack.pdf")
	os.WriteFile(path, []byte("old"), 0o644)
	err := Write(path, 0o644, func(w io.Writer) error {
		io.WriteString(w, "half")
		return errors.New("killed half way")
	})
	if data, _ := os.ReadFile(path); err == nil || string(data) != "old" {
		t.Fatalf("a failed write: err %v, file %q", err, data)
	}
	if err := Write(path, 0o600, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if data, _ := os.ReadFile(path); string(data) != "new" || info.Mode().Perm() != 0o600 {
		t.Errorf("file %q mode %v", data, info.Mode())
	}
	if names := list(t, dir); len(names) != 1 {
		t.Errorf("temporary files left: %v", names)
	}
}

func TestCleanLeftoversRemovesOnlyOldTemporaryFilesOfOurs(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	old := now.Add(-LeftoverAge - time.Minute)
	files := map[string]time.Time{
		".dsptdesk-123.tmp":         old, // ours, killed
		".dsptdesk-456.json":        old, // 0.1.0's JSON export
		".DSPT-Rosewood.pdf.77.tmp": old, // 0.1.0's PDF export
		".dsptdesk-789.tmp":         now, // another export still running
		"dsptdesk-1.tmp":            old, // not hidden: not ours
		".other.77.tmp":             old, // not ours
		"pack.pdf":                  old,
	}
	for name, mt := range files {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("x"), 0o600)
		os.Chtimes(p, mt, mt)
	}
	os.Mkdir(filepath.Join(dir, ".dsptdesk-999.tmp"), 0o700) // a folder: left alone
	os.Chtimes(filepath.Join(dir, ".dsptdesk-999.tmp"), old, old)
	removed := CleanLeftovers(dir, now)
	sort.Strings(removed)
	want := []string{".DSPT-Rosewood.pdf.77.tmp", ".dsptdesk-123.tmp", ".dsptdesk-456.json"}
	if len(removed) != len(want) {
		t.Fatalf("removed %v, want %v", removed, want)
	}
	for i := range want {
		if removed[i] != want[i] {
			t.Errorf("removed %v, want %v", removed, want)
		}
	}
	if names := list(t, dir); len(names) != 5 {
		t.Errorf("left %v", names)
	}
}

func list(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
