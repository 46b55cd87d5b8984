package store

import (
	"errors"
	"fmt"
	"os"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// errLocked is what the platform lock functions return when another
// process holds the lock.
var errLocked = errors.New("lock held by another process")

// fileLock is an exclusive OS-level lock on a file beside the database. The
// operating system releases it when the process ends, however it ends, so a
// crash never leaves the database locked.
type fileLock struct{ f *os.File }

// openElsewhere is the message for a file locked by another copy of the app.
const openElsewhere = "DSPT Desk is already open with this file, perhaps in another window or on another computer. Close it there first; nothing has been changed."

// lockPath returns the lock file of the database at dbPath.
func lockPath(dbPath string) string { return dbPath + ".lock" }

// acquireLock takes the lock for the database at dbPath without waiting, or
// returns an EConflict error if another process has it.
func acquireLock(dbPath string) (*fileLock, error) {
	f, err := os.OpenFile(lockPath(dbPath), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening the lock file: %w", err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		if errors.Is(err, errLocked) {
			return nil, withDetail(assessment.EConflict, openElsewhere, err)
		}
		return nil, fmt.Errorf("locking %s: %w", f.Name(), err)
	}
	return &fileLock{f: f}, nil
}

// release gives the lock up. The lock file itself stays: deleting it would
// let two processes each lock a different file of the same name.
func (l *fileLock) release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := unlockFile(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}
