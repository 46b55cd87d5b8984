// Package atomicfile writes a file whole or not at all: into a hidden
// temporary file beside it, renamed into place once complete. A process
// killed half way leaves only the temporary file, which CleanLeftovers
// removes on a later run.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// tempPattern names the temporary files (os.CreateTemp puts digits for the *).
const tempPattern = ".dsptdesk-*.tmp"

// leftover matches the temporary files of this and earlier versions:
// .dsptdesk-123.tmp, and 0.1.0's .dsptdesk-123.json and .pack.pdf.123.tmp.
var leftover = regexp.MustCompile(`^(\.dsptdesk-\d+\.(tmp|json)|\..+\.pdf\.\d+\.tmp)$`)

// LeftoverAge is how old a temporary file must be before CleanLeftovers
// removes it, so that an export still running in another window is left alone.
const LeftoverAge = 15 * time.Minute

// Write writes path through write, with the file mode perm. The old file,
// if any, stays untouched unless the new one is complete and on disk.
// Leftovers of killed writes in the same folder are removed first.
func Write(path string, perm fs.FileMode, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	CleanLeftovers(dir, time.Now())
	f, err := os.CreateTemp(dir, tempPattern)
	if err != nil {
		return fmt.Errorf("creating a file beside %s: %w", path, about(err, path))
	}
	if err := fill(f, perm, write); err != nil {
		os.Remove(f.Name())
		return about(err, path)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil { // make the rename durable where the platform can
		d.Sync()
		d.Close()
	}
	return nil
}

// about makes a file error name path, the file being written, rather than
// the temporary file the manager never sees.
func about(err error, path string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		pe.Path = path
	}
	return err
}

// fill writes, sets the mode, syncs and closes f.
func fill(f *os.File, perm fs.FileMode, write func(io.Writer) error) error {
	bw := bufio.NewWriter(f)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("closing %s: %w", f.Name(), cerr)
	}
	return err
}

// CleanLeftovers removes from dir the temporary files that a killed write
// left behind: ordinary files named like ours and older than LeftoverAge.
// It returns the names it removed; anything it cannot read is left alone.
func CleanLeftovers(dir string, now time.Time) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		if !leftover.MatchString(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < LeftoverAge {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			removed = append(removed, e.Name())
		}
	}
	return removed
}
