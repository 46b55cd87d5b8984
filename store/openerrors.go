package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// explainOpen turns a failure to open the database at path that the manager
// can put right (a full disk, a file they may not read, a folder they may
// not write in, a lock file that cannot be made) into a sentence saying so
// and what to do. The detail stays in the error for the log; errors that
// already carry a sentence are returned as they are.
func explainOpen(path string, err error) error {
	var de *assessment.Error
	if err == nil || errors.As(err, &de) {
		return err
	}
	dir := filepath.Dir(path)
	switch {
	case openDiskFull(err):
		return withDetail(assessment.EInternal, fmt.Sprintf("The disk that holds %s is full, so DSPT Desk cannot open your file. Free some space (empty the Recycle Bin or delete old downloads), then try again; nothing has been changed.", dir), err)
	case !readable(path):
		return withDetail(assessment.EInvalid, fmt.Sprintf("DSPT Desk is not allowed to read %s: it may belong to another user. Ask whoever looks after this computer to give you access to it, or open a copy you own; nothing has been changed.", path), err)
	case openNoWrite(err):
		return withDetail(assessment.EInvalid, fmt.Sprintf("DSPT Desk cannot write in %s, the folder that holds your file: it is read-only, or belongs to another user. DSPT Desk needs to write there to save your work, and to keep its lock file, log and backups beside the file. Copy the file to a folder you can change, such as Documents, and open it there; nothing has been changed.", dir), err)
	case sqliteCode(err) == sqlite3.SQLITE_IOERR:
		return withDetail(assessment.EInternal, fmt.Sprintf("DSPT Desk could not read or write the disk that holds %s. Check that the disk or memory stick is still connected and not full, then try again; nothing has been changed.", dir), err)
	case lockProblem(path, err):
		return withDetail(assessment.EInvalid, fmt.Sprintf("DSPT Desk could not make its lock file %s, which stops two copies of DSPT Desk changing your file at once, so it has not opened the file. Check that nothing else has that name (a folder, perhaps), then try again; nothing has been changed.", lockPath(path)), err)
	}
	return err
}

// openDiskFull reports a full disk, from the operating system or SQLite
// (which says "disk I/O error" when it cannot grow its shared-memory file).
func openDiskFull(err error) bool {
	var se *sqlite.Error
	shmFull := errors.As(err, &se) && se.Code() == sqlite3.SQLITE_IOERR_SHMSIZE
	return assessment.DiskFull(err) || sqliteCode(err) == sqlite3.SQLITE_FULL || shmFull
}

// openNoWrite reports a file or folder that may not be written.
func openNoWrite(err error) bool {
	switch sqliteCode(err) {
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
		return true
	}
	return errors.Is(err, fs.ErrPermission) || assessment.ReadOnlyDisk(err)
}

// lockProblem reports an error about the lock file.
func lockProblem(path string, err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && pe.Path == lockPath(path)
}

// readable reports whether the file at path can be opened for reading, or
// does not exist yet.
func readable(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return !errors.Is(err, fs.ErrPermission)
	}
	f.Close()
	return true
}

// sqliteCode returns the primary SQLite result code in err's chain, or 0.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}
