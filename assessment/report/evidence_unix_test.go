//go:build unix

package report

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// TestReportNeverHangsOnEvidence: an imported file at /dev/zero, a FIFO and
// a UNC path neither hang the report nor are touched; a question whose only
// evidence is unusable is not complete, and the pack says which entries
// are not yet checked on this computer.
func TestReportNeverHangsOnEvidence(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "policy.pdf")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	rec := &assessment.Record{Answers: map[string]assessment.Answer{}, Evidence: []assessment.Evidence{
		{ID: 1, Ref: "1.1.2", Kind: assessment.EvidenceFile, Location: fifo, CheckedHere: true},
		{ID: 2, Ref: "1.1.3", Kind: assessment.EvidenceFile, Location: "/dev/zero"},
		{ID: 3, Ref: "1.1.3", Kind: assessment.EvidenceFile, Location: `\\server\share\x.docx`, CheckedHere: true},
	}}
	in := NewInput(loadEdition(t), rosewoodProfile(), rec, printedAt, "0.1.0")
	if st, _ := in.Status.Item("1.1.2"); !st.Complete {
		t.Fatalf("before the check, recorded evidence counts: %+v", st)
	}
	in.CheckEvidence()
	want := map[int64]assessment.EvidenceCondition{1: assessment.EvidenceUnreadable, 2: assessment.EvidenceNotChecked, 3: assessment.EvidenceNotChecked}
	for id, c := range want {
		if in.Evidence[id] != c {
			t.Errorf("evidence %d: %v, want %v", id, in.Evidence[id], c)
		}
	}
	if st, _ := in.Status.Item("1.1.2"); st.Complete {
		t.Error("1.1.2, whose only evidence cannot be read, is still complete")
	}
	if st, _ := in.Status.Item("1.1.3"); !st.Complete {
		t.Error("1.1.3, whose evidence is only not yet checked, is not complete")
	}
	text := strings.Join(bodyLines(t, in, writePDF(t, in)), "\n")
	if n := strings.Count(text, "Not yet checked on this computer"); n != 2 {
		t.Errorf("\"Not yet checked on this computer\" printed %d times, want 2", n)
	}
	if !strings.Contains(text, "Not yet checked on this computer: it came from an import") ||
		!strings.Contains(text, "Not yet checked on this computer: it is on another computer on the network") {
		t.Error("the pack does not say why an entry was not checked: an import (/dev/zero) or the network (the UNC path)")
	}
	if strings.Contains(text, "Check it now") {
		t.Error("the pack tells the inspector which button to press in DSPT Desk")
	}
	if !strings.Contains(text, "NOT READABLE") {
		t.Error("the FIFO is not flagged as not readable")
	}
}
