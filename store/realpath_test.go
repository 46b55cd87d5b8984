package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// TestTheLockHoldsWhateverPathNamesTheFile opens a file, then tries to open
// it again (as import --replace would) through a link to the file, a link
// to its folder and a path with "..": each is refused while the first copy
// has it open, and a restore through a link is refused too.
func TestTheLockHoldsWhateverPathNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "office", "dspt.db")
	s := openAt(t, real, newClock())
	saveText(t, s, refOf(t, assessment.Text), "typed in the window")
	fileLink, dirLink := filepath.Join(dir, "link.db"), filepath.Join(dir, "shortcut")
	if err := os.Symlink(real, fileLink); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	if err := os.Symlink(filepath.Dir(real), dirLink); err != nil {
		t.Fatal(err)
	}
	names := []string{fileLink, filepath.Join(dirLink, "dspt.db"), filepath.Join(dir, "office", "..", "office", "dspt.db")}
	for _, name := range names {
		if other, err := Open(name, Options{Bank: testBank(t)}); assessment.ErrorCode(err) != assessment.EConflict {
			if other != nil {
				other.Close()
			}
			t.Errorf("opening %s while the window has %s open: %v, want the one-copy refusal", name, real, err)
		}
	}
	b, err := s.BackupNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(fileLink, b); assessment.ErrorCode(err) != assessment.EConflict {
		t.Errorf("restoring through a link while the window has the file open: %v", err)
	}
	if got := answerValue(t, s, refOf(t, assessment.Text)); got != "typed in the window" {
		t.Errorf("the window's answer is now %q", got)
	}
	s.Close()

	viaLink := openAt(t, fileLink, newClock())
	want, _ := filepath.EvalSymlinks(real)
	if viaLink.Path() != want {
		t.Errorf("opened through a link, Path() = %s, want the file's real path %s", viaLink.Path(), want)
	}
	a, _ := ListBackups(fileLink)
	r, _ := ListBackups(real)
	if len(a) == 0 || len(a) != len(r) || a[0].Path != r[0].Path {
		t.Errorf("backups through the link %+v, through the real path %+v", a, r)
	}
	if fi, err := os.Lstat(fileLink); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link itself was replaced: %v", err)
	}
}

// TestRealPathOfANewFile resolves the folder of a file not made yet.
func TestRealPathOfANewFile(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "shortcut")
	if err := os.Symlink(dir, link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	got, err := realPath(filepath.Join(link, "new.db"))
	want, _ := filepath.EvalSymlinks(dir)
	if err != nil || got != filepath.Join(want, "new.db") {
		t.Errorf("realPath = %q, %v; want %q", got, err, filepath.Join(want, "new.db"))
	}
}
