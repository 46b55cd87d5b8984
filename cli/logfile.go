package cli

import (
	"os"
	"sync"
)

// maxLogSize is the size at which the log is moved aside to dsptdesk.log.old.
const maxLogSize = 1 << 20

// logFile is the log beside the database in use (store.LogPath). It is
// opened at the first line written, so a run that logs nothing creates
// nothing, and it never creates a folder. Until the database is known, or if
// the file cannot be written, lines are dropped: the manager has already
// been told in a sentence, and the command line shows one line only.
type logFile struct {
	mu   sync.Mutex
	path string
	f    *os.File
}

// use sets the file to log to.
func (l *logFile) use(path string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.path = path
}

// Write appends p to the log file.
func (l *logFile) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil && l.path != "" {
		l.f = openLog(l.path) // tried again at each line until the folder can take it
	}
	if l.f == nil {
		return len(p), nil
	}
	return l.f.Write(p)
}

// openLog opens the log for appending (mode 0600), moving a large one aside
// first; nil if it cannot.
func openLog(path string) *os.File {
	if info, err := os.Stat(path); err == nil && info.Size() > maxLogSize {
		os.Rename(path, path+".old")
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return nil
	}
	return f
}
