package assessment

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// FileProblem returns a sentence saying what went wrong with a file and what
// to do, for an operating-system error such as a full disk, a read-only
// folder or a missing folder, or "" if err is not one of those.
func FileProblem(err error) string {
	path, ok := errorPath(err)
	if !ok {
		return ""
	}
	folder := filepath.Dir(path)
	switch {
	case DiskFull(err):
		return fmt.Sprintf("There is no room left on the disk that holds %s. Free some space (empty the Recycle Bin or delete old downloads), then try again.", folder)
	case ReadOnlyDisk(err):
		return fmt.Sprintf("%s is on a disk or memory stick that can only be read, so DSPT Desk cannot write there. Choose a place on another disk, or make the disk writable, then try again.", folder)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("DSPT Desk is not allowed to use %s: the file or its folder may be read-only or belong to another user. Choose another place, or ask whoever looks after this computer to let you change files there, then try again.", path)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("%s does not exist (or its folder does not). Check the name and the folder, then try again.", path)
	case isFolder(err):
		return fmt.Sprintf("%s is a folder, not a file. Choose a file instead.", path)
	case notFolder(err):
		return fmt.Sprintf("Part of %s is a file where a folder should be. Check the name and the folder, then try again.", path)
	}
	return ""
}

// errorPath returns the file an operating-system error is about.
func errorPath(err error) (string, bool) {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Path, true
	case errors.As(err, &le):
		return le.New, true
	}
	return "", false
}
