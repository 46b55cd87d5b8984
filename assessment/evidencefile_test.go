package assessment

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestCheckEvidenceOnlyLooksWhereAllowed(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "Policy.pdf")
	if err := os.WriteFile(file, []byte("policy v1"), 0o600); err != nil {
		t.Fatal(err)
	}
	fp, err := Fingerprint(file)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		e    Evidence
		want EvidenceCondition
	}{
		{"confirmed file", Evidence{Kind: EvidenceFile, Location: file, File: fp, CheckedHere: true}, EvidenceOK},
		{"imported file is not looked at", Evidence{Kind: EvidenceFile, Location: file, File: fp}, EvidenceNotChecked},
		{"imported missing file is not looked at", Evidence{Kind: EvidenceFile, Location: filepath.Join(dir, "gone.pdf")}, EvidenceNotChecked},
		{"confirmed folder", Evidence{Kind: EvidenceFolder, Location: dir, CheckedHere: true}, EvidenceOK},
		{"UNC path is never contacted by itself", Evidence{Kind: EvidenceFile, Location: `\\server\share\x.docx`, CheckedHere: true}, EvidenceNotChecked},
		{"forward-slash UNC path", Evidence{Kind: EvidenceFolder, Location: `//server/share`, CheckedHere: true}, EvidenceNotChecked},
		{"file URL to another computer", Evidence{Kind: EvidenceFile, Location: `file://server/share/x.docx`, CheckedHere: true}, EvidenceNotChecked},
		{"relative path", Evidence{Kind: EvidenceFile, Location: `..\x.docx`, CheckedHere: true}, EvidenceNotChecked},
		{"paper", Evidence{Kind: EvidencePaper, Location: "Blue folder"}, EvidenceUnchecked},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := CheckEvidence(c.e); got != c.want {
				t.Errorf("CheckEvidence = %v, want %v", got, c.want)
			}
		})
	}
}

func TestCheckEvidenceNowLooksWhenAsked(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "Policy.pdf")
	if err := os.WriteFile(file, []byte("policy v1"), 0o600); err != nil {
		t.Fatal(err)
	}
	fp, _ := Fingerprint(file)
	if err := os.WriteFile(file, []byte("policy v2, longer"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		e    Evidence
		want EvidenceCondition
	}{
		"imported file, changed":  {Evidence{Kind: EvidenceFile, Location: file, File: fp}, EvidenceChanged},
		"imported file, gone":     {Evidence{Kind: EvidenceFile, Location: filepath.Join(dir, "gone.pdf")}, EvidenceMissing},
		"file URL to this folder": {Evidence{Kind: EvidenceFolder, Location: "file://" + filepath.ToSlash(dir)}, EvidenceOK},
		"folder recorded as file": {Evidence{Kind: EvidenceFile, Location: dir}, EvidenceMissing},
		"file recorded as folder": {Evidence{Kind: EvidenceFolder, Location: file}, EvidenceMissing},
		"relative path":           {Evidence{Kind: EvidenceFile, Location: "Policy.pdf"}, EvidenceMissing},
		"Windows device name":     {Evidence{Kind: EvidenceFile, Location: `C:\x\CON`}, EvidenceUnreadable},
		"link":                    {Evidence{Kind: EvidenceLink, Location: "https://x.org"}, EvidenceUnchecked},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := CheckEvidenceNow(c.e); got != c.want {
				t.Errorf("CheckEvidenceNow = %v, want %v", got, c.want)
			}
		})
	}
}

// TestWithinGivesUp shows the time limit: a check that never finishes is
// given up on (a hung network drive, or a pipe opened by a race).
func TestWithinGivesUp(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	block := make(chan struct{})
	defer close(block)
	got := within(ctx, func(context.Context) EvidenceCondition { <-block; return EvidenceOK }, EvidenceUnreadable)
	if got != EvidenceUnreadable {
		t.Errorf("within = %v, want the late value", got)
	}
}

func TestCopyUntilStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	f, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := copyUntil(ctx, nopHash{}, f); err == nil {
		t.Error("copyUntil read on after its time was up")
	}
}

type nopHash struct{}

func (nopHash) Write(p []byte) (int, error) { return len(p), nil }
func (nopHash) Sum(b []byte) []byte         { return b }
func (nopHash) Reset()                      {}
func (nopHash) Size() int                   { return 0 }
func (nopHash) BlockSize() int              { return 1 }

func TestCheckAllEvidenceStopsWhenAsked(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the window is closing
	dir := t.TempDir()
	got := CheckAllEvidence(ctx, []Evidence{{ID: 1, Kind: EvidenceFolder, Location: dir, CheckedHere: true}, {ID: 2, Kind: EvidencePaper, Location: "Cabinet"}})
	if got[1] != EvidenceNotChecked || got[2] != EvidenceUnchecked {
		t.Errorf("after the end: %v", got)
	}
}

func TestConditionWarningsAndFound(t *testing.T) {
	for c, found := range map[EvidenceCondition]bool{EvidenceUnchecked: true, EvidenceOK: true, EvidenceChanged: true,
		EvidenceNotChecked: true, EvidenceMissing: false, EvidenceUnreadable: false} {
		if c.Found() != found {
			t.Errorf("%v.Found() = %v", c, c.Found())
		}
		if (c.Warning() == "") != (c == EvidenceOK || c == EvidenceUnchecked) {
			t.Errorf("%v.Warning() = %q", c, c.Warning())
		}
	}
}
