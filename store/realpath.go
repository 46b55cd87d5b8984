package store

import (
	"fmt"
	"path/filepath"
)

// realPath returns the one name of the file at path: absolute, with every
// symbolic link (and on Windows, junction, short name and letter case)
// resolved. The lock, the backups folder and every comparison of database
// paths use it, so that no other name of the same file slips past the
// one-copy lock. A file that does not exist yet has its folder resolved.
func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("finding the database file %q: %w", path, err)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return finalPath(real), nil
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		return filepath.Join(finalPath(real), base), nil
	}
	return abs, nil
}
