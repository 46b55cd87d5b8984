//go:build unix

package assessment

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"
)

// TestSpecialFilesAreNeverRead: /dev/zero would be hashed for ever and a
// FIFO would block the open for ever; both are refused from their mode,
// without being opened.
func TestSpecialFilesAreNeverRead(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "evidence.pdf")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	sha := "0000000000000000000000000000000000000000000000000000000000000000"
	for _, loc := range []string{"/dev/zero", fifo, "/dev/stdin"} {
		e := Evidence{Kind: EvidenceFile, Location: loc, File: FileFingerprint{Size: 9, SHA256: sha}, CheckedHere: true}
		if got := CheckEvidence(e); got != EvidenceUnreadable {
			t.Errorf("CheckEvidence(%s) = %v, want unreadable", loc, got)
		}
		if got := CheckEvidenceNow(e); got != EvidenceUnreadable {
			t.Errorf("CheckEvidenceNow(%s) = %v, want unreadable", loc, got)
		}
		if _, err := Fingerprint(loc); err == nil {
			t.Errorf("Fingerprint(%s) read a special file", loc)
		}
	}
	all := CheckAllEvidence(context.Background(), []Evidence{{ID: 1, Kind: EvidenceFile, Location: fifo, CheckedHere: true}, {ID: 2, Kind: EvidenceFile, Location: "/dev/zero", CheckedHere: true}})
	if all[1] != EvidenceUnreadable || all[2] != EvidenceUnreadable {
		t.Errorf("CheckAllEvidence = %v", all)
	}
}
