package store

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestIsOwnFileHoweverThePathIsWritten(t *testing.T) {
	db := testDB(t)
	s := openAt(t, db, newClock())
	if _, err := s.BackupNow(ctx); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(db)
	other := t.TempDir()
	os.Mkdir(filepath.Join(dir, "sub"), 0o700)
	os.Link(db, filepath.Join(other, "hard.json"))
	backups, _ := ListBackups(db)
	sep := string(filepath.Separator)
	own := []string{db, db + "-wal", db + "-shm", db + "-journal", db + ".lock", db + ".restoring",
		filepath.Join(dir, LogName), filepath.Join(dir, LogName+".old"),
		filepath.Join(dir, "backups"), filepath.Join(dir, "backups", "anything.pdf"), backups[0].Path,
		filepath.Join(dir, "sub", "..", "dspt.db"), filepath.Join(other, "hard.json")}
	links := map[string]string{ // a link made, the paths through it
		filepath.Join(other, "link.pdf"): db,
		filepath.Join(other, "dirlink"):  dir,
		filepath.Join(other, "sublink"):  filepath.Join(dir, "sub"),
	}
	for link, target := range links {
		err := os.Symlink(target, link)
		if _, serr := os.Stat(link); err != nil || serr != nil {
			t.Logf("no working symbolic links here: %v %v", err, serr) // Windows without the privilege, Wine
			links = nil
			break
		}
	}
	if links != nil {
		own = append(own, filepath.Join(other, "link.pdf"), filepath.Join(other, "dirlink", "dspt.db-wal"),
			filepath.Join(other, "sublink")+sep+".."+sep+"dspt.db") // .. after the link, as the system reads it
	}
	if runtime.GOOS == "windows" { // Windows file names ignore capitals
		own = append(own, strings.ToUpper(db), strings.ToUpper(filepath.Join(dir, "Backups", "x.pdf")))
	}
	for _, p := range own {
		if !IsOwnFile(db, p) {
			t.Errorf("%s is not seen as the database's own", p)
		}
		err := CheckExportPath(db, p)
		if assessment.ErrorCode(err) != assessment.EInvalid || !strings.Contains(assessment.ErrorMessage(err), "own files") {
			t.Errorf("CheckExportPath(%s) = %v", p, err)
		}
	}
	for _, p := range []string{filepath.Join(dir, "pack.pdf"), filepath.Join(dir, "dspt.db.pdf"), filepath.Join(dir, "backups.pdf"),
		filepath.Join(other, "dspt.db"), filepath.Join(dir, "sub", "dspt.db")} {
		if IsOwnFile(db, p) || CheckExportPath(db, p) != nil {
			t.Errorf("%s is seen as the database's own, or refused: %v", p, CheckExportPath(db, p))
		}
	}
}

func TestExportJSONFileRefusesItsOwnFilesAndWritesNothing(t *testing.T) {
	db := testDB(t)
	s := openAt(t, db, newClock())
	before := mustRead(t, db)
	for _, p := range []string{db, db + ".lock", filepath.Join(filepath.Dir(db), "backups", "x.json")} {
		if err := s.ExportJSONFile(ctx, p); !strings.Contains(assessment.ErrorMessage(err), "own files") {
			t.Errorf("export to %s: %v", p, err)
		}
	}
	if string(mustRead(t, db)) != string(before) {
		t.Error("the database changed")
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(db), "backups")); err == nil {
		t.Error("a backups folder was made")
	}
}

func TestCheckExportPathSaysWhatIsWrong(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "dspt.db")
	file := filepath.Join(dir, "notes.txt")
	os.WriteFile(file, []byte("x"), 0o600)
	for path, want := range map[string]string{
		dir:                                    "is a folder. Give the name of a file",
		filepath.Join(dir, "nowhere", "x.pdf"): "does not exist, so nothing was written",
		filepath.Join(file, "x.pdf"):           "is a file, not a folder",
		os.DevNull:                             "is not an ordinary file",
	} {
		if got := assessment.ErrorMessage(CheckExportPath(db, path)); !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
}

func TestImportAcceptsAByteOrderMark(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	if _, err := s.ImportJSON(ctx, strings.NewReader("\ufeff"+validFile(t)), ImportOptions{}); err != nil {
		t.Fatalf("a file starting with a byte order mark: %v", err)
	}
}

func TestOpenImportFileSaysWhyItCannot(t *testing.T) {
	dir := t.TempDir()
	for path, want := range map[string]string{
		dir:                            "is a folder. Choose the file",
		filepath.Join(dir, "x.json"):   "There is no file",
		filepath.Join(dir, "a", "b.j"): "There is no file",
	} {
		f, err := OpenImportFile(path)
		if f != nil || !strings.Contains(assessment.ErrorMessage(err), want) {
			t.Errorf("%s: %v, want %q", path, err, want)
		}
	}
}

func TestOpenSaysWhenTheLockFileCannotBeMade(t *testing.T) {
	db := testDB(t)
	os.MkdirAll(db+".lock", 0o700)
	_, err := Open(db, Options{Bank: testBank(t)})
	if msg := assessment.ErrorMessage(err); !strings.Contains(msg, "could not make its lock file") {
		t.Errorf("%q", msg)
	}
}

func TestIsOwnFileWhenTheDatabaseIsALink(t *testing.T) {
	real := testDB(t)
	openAt(t, real, newClock()).Close()
	linkDir := t.TempDir()
	link := filepath.Join(linkDir, "mine.db")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here")
	}
	for _, p := range []string{real, real + "-wal", link, link + ".lock", filepath.Join(linkDir, "backups", "x.pdf"), filepath.Join(linkDir, LogName)} {
		if !IsOwnFile(link, p) {
			t.Errorf("%s is not seen as the linked database's own", p)
		}
	}
}
