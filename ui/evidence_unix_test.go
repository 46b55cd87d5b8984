//go:build unix

package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// TestSpecialFilesNeverHangTheWindowOrThePDF: evidence at a FIFO or at
// /dev/zero, chosen in the window or imported, is never read, so opening
// the file, checking it and exporting the PDF all finish.
func TestSpecialFilesNeverHangTheWindowOrThePDF(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "Policy.pdf")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	td := newTestDeskWith(t, importedEvidence("/dev/zero"), nil)
	d := td.goTo("1.1.3")
	d.evidence.addFile(fifo)
	td.settle()
	e := td.record.EvidenceFor("1.1.3")[1]
	if td.evidence[e.ID] != assessment.EvidenceUnreadable || !strings.Contains(shownText(d.evidence.content), "Could not be read") {
		t.Errorf("FIFO: %v, shown:\n%s", td.evidence[e.ID], shownText(d.evidence.content))
	}
	d = td.goTo("1.1.2")
	tapIn(t, td, d, "Check it now") // the imported /dev/zero, checked by hand
	zero := td.record.EvidenceFor("1.1.2")[0]
	if td.evidence[zero.ID] != assessment.EvidenceUnreadable {
		t.Errorf("/dev/zero after Check it now: %v", td.evidence[zero.ID])
	}
	td.checkEvidence()
	td.settle()
	path := filepath.Join(dir, "pack.pdf")
	td.writePDF(path)
	td.settle()
	if data, err := os.ReadFile(path); err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
}
