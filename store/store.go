// Package store keeps DSPT Desk's data in one SQLite file: the organisation
// profile, each year's assessment with its answers, the history of every
// change to an answer, evidence locations and the action plan. It is the only
// package that speaks SQL; it returns domain types and *assessment.Error
// values whose messages can be shown to the manager as they are.
//
// The file is an ordinary SQLite database (see docs/json-format.md for the
// portable export): any sqlite3 client can read it. Its schema version is
// PRAGMA user_version and its PRAGMA application_id marks it as a DSPT Desk
// file. One copy of the app at a time may open it: Open takes an OS-level
// lock on a file beside it (dspt.db.lock).
package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Store is an open DSPT Desk database. Its methods are safe for use from
// several goroutines; writes are serialised on one connection, and each
// returns only once its transaction is committed to disk.
type Store struct {
	db   *sql.DB
	path string
	// builtin is the bank the app was built with; bank adds the editions
	// stored in the database (see Bank).
	builtin *assessment.Bank
	bank    atomic.Pointer[assessment.Bank]
	now     func() time.Time
	lock    *fileLock
	// prepared are the frequent queries, prepared once (see txn).
	prepared map[string]*sql.Stmt
	// backupErr is why the day's first backup failed, if it did.
	backupErr error
}

// Options configure Open.
type Options struct {
	// Bank is the question bank. It is needed to check item references, to
	// import files and to create the first assessment with the newest edition.
	Bank *assessment.Bank
	// Now returns the current time; nil means time.Now. Tests set it.
	Now func() time.Time
}

// DefaultPath returns where the database lives unless --db says otherwise:
// DSPT Desk/dspt.db in the user's configuration folder.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("finding the user's configuration folder: %w", err)
	}
	return filepath.Join(dir, "DSPT Desk", "dspt.db"), nil
}

// Open opens the database at path, creating it (folder mode 0700, file mode
// 0600) if it does not exist. It refuses, without changing the file, a file
// that is open in another copy of the app (EConflict), a file written by a
// newer version (ETooNew), and a damaged file or one that is not a DSPT Desk
// database (EDamaged). An older file is backed up and then upgraded; the
// first open of each day makes a backup.
//
// Failures the manager can put right (a full disk, a folder that cannot be
// written, a file that cannot be read) say so in a sentence (see explainOpen).
func Open(path string, opt Options) (*Store, error) {
	s, err := openStore(path, opt)
	if abs, aerr := filepath.Abs(path); aerr == nil {
		path = abs
	}
	return s, explainOpen(path, err)
}

func openStore(path string, opt Options) (*Store, error) {
	path, err := realPath(path)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("creating the folder for the database: %w", err)
	}
	lk, err := acquireLock(path)
	if err != nil {
		return nil, err
	}
	s := &Store{path: path, builtin: opt.Bank, now: opt.Now, lock: lk}
	s.bank.Store(opt.Bank)
	if s.now == nil {
		s.now = time.Now
	}
	if err := s.open(context.Background()); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// open checks an existing file, backs it up and upgrades it if it is older,
// connects, and makes the day's first backup.
func (s *Store) open(ctx context.Context) error {
	created, err := createFile(s.path)
	if err != nil {
		return err
	}
	version := 0
	if !created {
		if version, err = s.checkExisting(ctx); err != nil {
			return err
		}
	}
	if s.db, err = connect(s.path); err != nil {
		return err
	}
	if err := migrate(ctx, s.db, version, s.now()); err != nil {
		return err
	}
	s.prepare(ctx)
	if err := s.loadEditions(ctx); err != nil {
		return err
	}
	if err := s.loadSupport(ctx); err != nil {
		return err
	}
	if !created {
		s.backupErr = s.dailyBackup(ctx)
	}
	return nil
}

// BackupError returns why the automatic backup made when the database was
// opened failed, or nil. A failed backup does not stop the manager working,
// but the window should say that there is no backup for today.
func (s *Store) BackupError() error { return s.backupErr }

// checkExisting inspects the file read-only and returns its schema version,
// backing it up first if it needs upgrading.
func (s *Store) checkExisting(ctx context.Context) (int, error) {
	ro, err := inspect(ctx, s.path)
	if err != nil {
		return 0, err
	}
	defer ro.close()
	if ro.version > 0 && ro.version < latestVersion() {
		if _, err := backupFrom(ctx, ro.db, s.path, s.now(), BackupUpgrade); err != nil {
			return 0, fmt.Errorf("backing up before upgrading the database: %w", err)
		}
	}
	return ro.version, nil
}

// createFile creates an empty database file with mode 0600 if there is none,
// and reports whether it did so (or found an empty one).
func createFile(path string) (bool, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		return true, f.Close()
	}
	if !os.IsExist(err) {
		return false, fmt.Errorf("creating the database file: %w", err)
	}
	info, err := os.Stat(path)
	if err != nil {
		return false, fmt.Errorf("reading the database file's details: %w", err)
	}
	if info.IsDir() {
		return false, assessment.Errorf(assessment.EInvalid, "%s is a folder, not a DSPT Desk database file. Choose a file instead.", path)
	}
	return info.Size() == 0, nil
}

// fileURI returns path as a SQLite URI filename, which works on every
// platform and with any character in the path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if p[0] != '/' {
		p = "/" + p // a Windows drive letter: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// dsn is how the store connects for reading and writing: foreign keys on,
// write-ahead log, full sync on every commit (an acknowledged save survives a
// power cut), a busy timeout and immediate write transactions.
func dsn(path string) string {
	return fileURI(path) + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)" +
		"&_pragma=busy_timeout(5000)&_txlock=immediate"
}

// connect opens the read-write connection. There is only one, so writes
// never wait on each other inside SQLite.
func connect(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("opening the database: %w", err)
	}
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to the database: %w", err)
	}
	return db, nil
}

// Path returns the database file's absolute path, with links resolved.
func (s *Store) Path() string { return s.path }

// Close closes the database and releases the lock. Everything saved is
// already on disk; Close also checkpoints the write-ahead log into the file.
func (s *Store) Close() error {
	var err error
	if s.db != nil {
		err = s.db.Close()
		s.db = nil
	}
	if lerr := s.lock.release(); err == nil {
		err = lerr
	}
	return err
}
