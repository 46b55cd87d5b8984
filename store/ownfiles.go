package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// LogName is the name of the log kept beside the database file.
const LogName = "dsptdesk.log"

// LogPath returns the log of the database at dbPath: dsptdesk.log beside it,
// so that a database on a memory stick keeps its own log.
func LogPath(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), LogName) }

// OwnFiles returns the files that belong to the database at dbPath: the
// file itself, SQLite's write-ahead log, shared-memory and journal files,
// the lock, a restore in progress, the log and the old log. Everything in
// BackupsDir(dbPath) belongs to it as well.
func OwnFiles(dbPath string) []string {
	log := LogPath(dbPath)
	return []string{dbPath, dbPath + "-wal", dbPath + "-shm", dbPath + "-journal",
		lockPath(dbPath), dbPath + ".restoring", log, log + ".old"}
}

// BackupsDir returns the folder that holds the backups of the database at dbPath.
func BackupsDir(dbPath string) string {
	dir, _ := backupsOf(dbPath)
	return dir
}

// IsOwnFile reports whether path names one of the database's own files
// (OwnFiles) or anything in its backups folder, however it is written:
// relative, through symbolic links or "..", by a hard link, or (on Windows)
// in other capitals.
func IsOwnFile(dbPath, path string) bool {
	target := resolvePath(path)
	for _, db := range dbNames(dbPath) {
		for _, own := range OwnFiles(db) {
			if samePath(target, own) || sameFile(path, own) {
				return true
			}
		}
		backups := BackupsDir(db)
		if within(target, backups) || sameFile(resolvePath(filepath.Dir(target)), backups) {
			return true
		}
	}
	return false
}

// dbNames returns the database's resolved path and, if the file itself is
// a symbolic link, the link's resolved path too: the store keeps its lock,
// log and backups beside the name it was given, SQLite its journal beside
// the file.
func dbNames(dbPath string) []string {
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		return []string{resolvePath(dbPath)}
	}
	return []string{resolvePath(abs), filepath.Join(resolvePath(filepath.Dir(abs)), filepath.Base(abs))}
}

// resolvePath returns path made absolute with every symbolic link resolved,
// as far as the path exists; ".." is applied after the link before it, as
// the operating system does.
func resolvePath(path string) string {
	if !filepath.IsAbs(path) {
		if wd, err := os.Getwd(); err == nil {
			path = wd + string(filepath.Separator) + path
		}
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	i := strings.LastIndexAny(path, `/`+string(filepath.Separator))
	if i <= len(filepath.VolumeName(path)) {
		return filepath.Clean(path)
	}
	return filepath.Join(resolvePath(path[:i]), path[i+1:])
}

// samePath compares two resolved paths as the file system does: without
// regard to capitals on Windows.
func samePath(a, b string) bool {
	if runtime.GOOS == "windows" {
		return strings.EqualFold(a, b)
	}
	return a == b
}

// sameFile reports whether a and b both exist and are the same file.
func sameFile(a, b string) bool {
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
}

// within reports whether the resolved path is the folder dir or lies inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// CheckExportPath checks, before anything is written, that an export of the
// database at dbPath may be written to path: not one of the database's own
// files (see IsOwnFile), not a folder, and in a folder that exists. Its
// errors are sentences to show the manager.
func CheckExportPath(dbPath, path string) error {
	if IsOwnFile(dbPath, path) {
		return assessment.Errorf(assessment.EInvalid, "%s is one of DSPT Desk's own files (your database, its backups, lock or log), so nothing was written there. Choose another name or folder for the export.", path)
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return assessment.Errorf(assessment.EInvalid, "%s is a folder. Give the name of a file to write, for example %s.", path, filepath.Join(path, "dspt-export"))
	case err == nil && !info.Mode().IsRegular():
		return assessment.Errorf(assessment.EInvalid, "%s is not an ordinary file, so nothing was written. Choose another name for the export.", path)
	}
	return checkFolder(filepath.Dir(path))
}

// checkFolder checks that dir exists and is a folder.
func checkFolder(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return assessment.Errorf(assessment.ENotFound, "The folder %s does not exist, so nothing was written. Check its name, or make the folder first.", dir)
	case err != nil:
		return fmt.Errorf("checking the folder %s: %w", dir, err)
	case !info.IsDir():
		return assessment.Errorf(assessment.EInvalid, "%s is a file, not a folder, so nothing was written there. Check the name of the file to write.", dir)
	}
	return nil
}
