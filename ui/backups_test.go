package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/store"
)

// TestBackupsScreenSaysWhatIsKept checks the screen names both sorts of
// copy and how many of each are kept, and says why each copy was made.
func TestBackupsScreenSaysWhatIsKept(t *testing.T) {
	td := newTestDesk(t, nil)
	if _, err := td.store.BackupNow(t.Context()); err != nil {
		t.Fatal(err)
	}
	td.show(screenBackups)
	td.settle()
	b := td.screen(screenBackups).(*backupsScreen)
	for _, want := range []string{"those of the last 14 days you used it are kept", "before an import, an upgrade, a restore or recording a publication", "the newest 10 of those are kept"} {
		if !strings.Contains(b.note.Text, want) {
			t.Errorf("the note lacks %q: %s", want, b.note.Text)
		}
	}
	if len(b.backups) == 0 || !strings.Contains(backupLine(b.backups[0]), "made with Back up now") {
		t.Errorf("backups listed: %+v", b.backups)
	}
	line := backupLine(store.Backup{Path: "/x/dspt-20261123-101500-import.db", Time: time.Date(2026, 11, 23, 10, 15, 0, 0, time.Local), Size: 2048, Reason: store.BackupImport})
	if line != "Monday 23 November 2026 at 10:15, before an import   (dspt-20261123-101500-import.db, 2 KB)" {
		t.Errorf("line = %q", line)
	}
}
