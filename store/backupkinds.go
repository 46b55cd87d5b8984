package store

import "context"

// BackupReason says why a backup was made. It is part of the backup's
// name: backups/dspt-20261123-101500-import.db.
type BackupReason string

// The reasons for a backup. Daily copies and the others are kept apart, so
// that a busy day of imports never deletes the copies of earlier days.
const (
	BackupDaily   BackupReason = ""        // the first open of a day
	BackupByHand  BackupReason = "manual"  // Back up now
	BackupImport  BackupReason = "import"  // before an import changes the file
	BackupUpgrade BackupReason = "upgrade" // before a newer DSPT Desk upgrades the file
	BackupRestore BackupReason = "restore" // of the file a restore replaces
	BackupPublish BackupReason = "publish" // before a year is recorded as published
)

// How many backups of each sort are kept; older ones are deleted.
const (
	// KeptDaily is how many daily copies are kept: one for each of the
	// last 14 days on which DSPT Desk opened the file.
	KeptDaily = 14
	// KeptChanges is how many of the other copies (made before a change,
	// or by hand) are kept.
	KeptChanges = 10
)

// backupReasons lists the reasons written in backup names.
var backupReasons = []BackupReason{BackupByHand, BackupImport, BackupUpgrade, BackupRestore, BackupPublish}

// Describe says in words why the backup was made.
func (r BackupReason) Describe() string {
	switch r {
	case BackupDaily:
		return "first opening of the day"
	case BackupByHand:
		return "made with Back up now"
	case BackupImport:
		return "before an import"
	case BackupUpgrade:
		return "before an upgrade"
	case BackupRestore:
		return "before a restore"
	case BackupPublish:
		return "before publication"
	}
	return string(r)
}

// kept is how many backups with the reason are kept.
func (r BackupReason) kept() int {
	if r == BackupDaily {
		return KeptDaily
	}
	return KeptChanges
}

// backup copies the open database into the backups folder for reason.
func (s *Store) backup(ctx context.Context, reason BackupReason) (Backup, error) {
	return backupFrom(ctx, s.db, s.path, s.now(), reason)
}
