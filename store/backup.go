package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// backupDir is the folder, beside the database, that holds its backups.
const backupDir = "backups"

// backupStamp is the time part of a backup's name, in local time.
const backupStamp = "20060102-150405"

// Backup is one backup copy of the database, named after the database, the
// local time it was made and why: backups/dspt-20261123-101500-import.db
// (a daily copy has no reason in its name).
type Backup struct {
	Path   string
	Time   time.Time
	Size   int64
	Reason BackupReason
}

// backupsOf returns the backups folder of the database and the prefix of its
// backups' names.
func backupsOf(dbPath string) (dir, prefix string) {
	base := filepath.Base(dbPath)
	return filepath.Join(filepath.Dir(dbPath), backupDir), strings.TrimSuffix(base, filepath.Ext(base))
}

// ListBackups returns the backups of the database at dbPath, newest first.
// It needs no open store, so it works when the database cannot be opened.
func ListBackups(dbPath string) ([]Backup, error) {
	if real, err := realPath(dbPath); err == nil {
		dbPath = real
	}
	dir, prefix := backupsOf(dbPath)
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("listing backups: %w", err)
	}
	pattern := regexp.MustCompile(`^` + regexp.QuoteMeta(prefix) + `-(\d{8}-\d{6})(?:-(` + reasonPattern() + `))?(?:-(\d+))?\.db$`)
	var out []Backup
	seq := map[string]int{} // the -2, -3... of backups made in the same second
	for _, e := range entries {
		if b, n, ok := backupEntry(dir, e, pattern); ok {
			out = append(out, b)
			seq[b.Path] = n
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Time.Equal(out[j].Time) {
			return out[i].Time.After(out[j].Time)
		}
		return seq[out[i].Path] > seq[out[j].Path]
	})
	return out, nil
}

// backupEntry reads a folder entry named like a backup: its time and its
// number among backups made in the same second.
func backupEntry(dir string, e os.DirEntry, pattern *regexp.Regexp) (Backup, int, bool) {
	m := pattern.FindStringSubmatch(e.Name())
	if m == nil {
		return Backup{}, 0, false
	}
	t, err := time.ParseInLocation(backupStamp, m[1], time.Local)
	info, ierr := e.Info()
	if err != nil || ierr != nil || !info.Mode().IsRegular() {
		return Backup{}, 0, false
	}
	n, _ := strconv.Atoi(m[3])
	return Backup{Path: filepath.Join(dir, e.Name()), Time: t, Size: info.Size(), Reason: BackupReason(m[2])}, n, true
}

// reasonPattern matches the reason part of a backup's name.
func reasonPattern() string {
	names := make([]string, len(backupReasons))
	for i, r := range backupReasons {
		names[i] = string(r)
	}
	return strings.Join(names, "|")
}

// newBackupPath returns a free name for a backup made at t for reason.
func newBackupPath(dbPath string, t time.Time, reason BackupReason) (string, error) {
	dir, prefix := backupsOf(dbPath)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("creating the backups folder: %w", err)
	}
	stem := filepath.Join(dir, prefix+"-"+t.Local().Format(backupStamp))
	// Backups made in the same second are numbered -2, -3... whatever
	// their reasons, so the newest is always the highest number.
	for n := 1; ; n++ {
		if !stampTaken(stem, n) {
			return backupName(stem, reason, n), nil
		}
	}
}

// backupName is stem, then the reason, then the number n if above 1.
func backupName(stem string, reason BackupReason, n int) string {
	if reason != BackupDaily {
		stem += "-" + string(reason)
	}
	if n > 1 {
		stem += fmt.Sprintf("-%d", n)
	}
	return stem + ".db"
}

// stampTaken reports whether a backup for any reason has stem and number n.
func stampTaken(stem string, n int) bool {
	for _, r := range append([]BackupReason{BackupDaily}, backupReasons...) {
		if name := backupName(stem, r, n); exists(name) || exists(name+"-wal") {
			return true
		}
	}
	return false
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// BackupNow copies the database into the backups folder and returns the
// copy, made by hand; only the newest KeptChanges such copies (with those
// made before a change) are kept.
func (s *Store) BackupNow(ctx context.Context) (Backup, error) {
	return s.backup(ctx, BackupByHand)
}

// backupFrom writes a consistent copy of the database open on db with
// VACUUM INTO, then deletes the oldest backups of its sort beyond those kept.
func backupFrom(ctx context.Context, db *sql.DB, dbPath string, t time.Time, reason BackupReason) (Backup, error) {
	name, err := newBackupPath(dbPath, t, reason)
	if err != nil {
		return Backup{}, err
	}
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", name); err != nil {
		os.Remove(name)
		return Backup{}, fmt.Errorf("backing up to %s: %w", name, err)
	}
	return finishBackup(dbPath, name, t, reason)
}

// finishBackup makes a new backup private and durable, and prunes old ones.
func finishBackup(dbPath, name string, t time.Time, reason BackupReason) (Backup, error) {
	if err := os.Chmod(name, 0o600); err != nil {
		return Backup{}, fmt.Errorf("protecting the backup: %w", err)
	}
	if err := syncFile(name); err != nil {
		return Backup{}, fmt.Errorf("writing the backup to disk: %w", err)
	}
	syncDir(filepath.Dir(name))
	info, err := os.Stat(name)
	if err != nil {
		return Backup{}, fmt.Errorf("reading the backup's details: %w", err)
	}
	if err := pruneBackups(dbPath, name, reason); err != nil {
		return Backup{}, err
	}
	stamp, _ := time.ParseInLocation(backupStamp, t.Local().Format(backupStamp), time.Local)
	return Backup{Path: name, Time: stamp, Size: info.Size(), Reason: reason}, nil
}

// pruneBackups deletes the oldest backups of the same sort as the one just
// made (daily, or the others) beyond those kept, never the one just made
// (whatever the clock said when it was made).
func pruneBackups(dbPath, made string, reason BackupReason) error {
	all, err := ListBackups(dbPath)
	if err != nil {
		return err
	}
	daily := reason == BackupDaily
	var list []Backup
	for _, b := range all {
		if b.Path != made && (b.Reason == BackupDaily) == daily {
			list = append(list, b)
		}
	}
	keep := reason.kept()
	if len(list) < keep {
		return nil
	}
	for _, b := range list[keep-1:] {
		os.Remove(b.Path + "-wal")
		os.Remove(b.Path + "-shm")
		if err := os.Remove(b.Path); err != nil {
			return fmt.Errorf("deleting an old backup: %w", err)
		}
	}
	return nil
}

// dailyBackup backs up the database if no backup was made today.
func (s *Store) dailyBackup(ctx context.Context) error {
	list, err := ListBackups(s.path)
	if err != nil {
		return err
	}
	today := s.now().Local()
	for _, b := range list {
		if b.Reason == BackupDaily && sameDay(b.Time, today) {
			return nil
		}
	}
	if _, err := backupFrom(ctx, s.db, s.path, today, BackupDaily); err != nil {
		return fmt.Errorf("making the day's first backup: %w", err)
	}
	return nil
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// Restore replaces the database at dbPath with the backup, after backing up
// the current file, and returns that backup of the current file (Path is ""
// if there was no file to keep). No store may have the database open
// (EConflict otherwise). The backup is checked first and a damaged one is
// refused (EDamaged); a damaged current file is copied aside byte for byte
// rather than through SQLite.
func Restore(dbPath string, b Backup) (Backup, error) {
	dbPath, err := realPath(dbPath)
	if err != nil {
		return Backup{}, err
	}
	lk, err := acquireLock(dbPath)
	if err != nil {
		return Backup{}, err
	}
	defer lk.release()
	ctx := context.Background()
	tmp := dbPath + ".restoring"
	defer os.Remove(tmp)
	if err := copyBackup(ctx, b.Path, tmp); err != nil {
		return Backup{}, err
	}
	kept, err := backupCurrent(ctx, dbPath, time.Now())
	if err != nil {
		return Backup{}, err
	}
	return kept, replaceFile(tmp, dbPath)
}

// copyBackup checks the backup and writes a fresh copy of it to tmp.
func copyBackup(ctx context.Context, backup, tmp string) error {
	ro, err := inspect(ctx, backup)
	if err != nil {
		switch assessment.ErrorCode(err) {
		case assessment.EDamaged:
			return withDetail(assessment.EDamaged, fmt.Sprintf("The backup %s is damaged, so it cannot be restored. Choose another backup; nothing has been changed.", filepath.Base(backup)), err)
		case assessment.ETooNew:
			return err
		}
		return fmt.Errorf("checking the backup %s: %w", backup, err)
	}
	defer ro.close()
	if ro.version == 0 {
		return assessment.Errorf(assessment.EInvalid, "The backup %s is empty, so there is nothing to restore. Choose another backup; nothing has been changed.", filepath.Base(backup))
	}
	os.Remove(tmp)
	if _, err := ro.db.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		return fmt.Errorf("copying the backup %s: %w", backup, err)
	}
	return syncFile(tmp)
}

// backupCurrent backs up the database before a restore replaces it: through
// SQLite if it is sound, or byte for byte (with its write-ahead log) if not.
func backupCurrent(ctx context.Context, dbPath string, t time.Time) (Backup, error) {
	if info, err := os.Stat(dbPath); err != nil || info.Size() == 0 {
		return Backup{}, nil // nothing to keep
	}
	ro, err := inspect(ctx, dbPath)
	if err == nil {
		defer ro.close()
		return backupFrom(ctx, ro.db, dbPath, t, BackupRestore)
	}
	if code := assessment.ErrorCode(err); code != assessment.EDamaged && code != assessment.ETooNew {
		return Backup{}, err
	}
	return copyAside(dbPath, t)
}

// copyAside copies a database that SQLite cannot (or must not) read into the
// backups folder exactly as it is.
func copyAside(dbPath string, t time.Time) (Backup, error) {
	name, err := newBackupPath(dbPath, t, BackupRestore)
	if err != nil {
		return Backup{}, err
	}
	if err := copyFile(dbPath, name); err != nil {
		return Backup{}, err
	}
	if exists(dbPath + "-wal") {
		if err := copyFile(dbPath+"-wal", name+"-wal"); err != nil {
			return Backup{}, err
		}
	}
	return finishBackup(dbPath, name, t, BackupRestore)
}

// replaceFile moves the restored copy into place. The old file's
// write-ahead log and shared-memory files go first: left beside the
// restored file, SQLite would apply them to it.
func replaceFile(tmp, dbPath string) error {
	for _, side := range []string{dbPath + "-wal", dbPath + "-shm"} {
		if err := os.Remove(side); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("removing the old %s: %w", filepath.Base(side), err)
		}
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		return fmt.Errorf("protecting the restored file: %w", err)
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		return fmt.Errorf("putting the restored file in place: %w", err)
	}
	syncDir(filepath.Dir(dbPath))
	return nil
}
