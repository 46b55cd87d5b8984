package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
)

// EvidenceCondition says whether an evidence location can still be found as
// it was when it was added.
type EvidenceCondition int

// The conditions of an evidence location.
const (
	EvidenceUnchecked EvidenceCondition = iota // not a file or folder, so not checked
	EvidenceOK                                 // found, and a file is unchanged
	EvidenceMissing                            // the file or folder is gone
	EvidenceChanged                            // the file has changed since it was added
)

// Warning returns a short warning for a missing or changed location, or "".
func (c EvidenceCondition) Warning() string {
	switch c {
	case EvidenceMissing:
		return "missing"
	case EvidenceChanged:
		return "changed since added"
	}
	return ""
}

// Fingerprint reads a file and returns its size, modification time and
// SHA-256. It reads the whole file, so call it off the UI goroutine.
func Fingerprint(path string) (FileFingerprint, error) {
	f, err := os.Open(path)
	if err != nil {
		return FileFingerprint{}, fmt.Errorf("opening evidence file: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return FileFingerprint{}, fmt.Errorf("reading evidence file details: %w", err)
	}
	if info.IsDir() {
		return FileFingerprint{}, fmt.Errorf("%s is a folder, not a file", path)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return FileFingerprint{}, fmt.Errorf("reading evidence file: %w", err)
	}
	return FileFingerprint{Size: info.Size(), ModTime: info.ModTime().UTC().Truncate(1e9), SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// CheckEvidence looks for a file or folder evidence location on disk. A file
// whose size or time differs from its fingerprint is re-hashed, so a file
// that was only touched is not reported as changed. It may read the whole
// file: call it off the UI goroutine.
func CheckEvidence(e Evidence) EvidenceCondition {
	switch e.Kind {
	case EvidenceFolder:
		if info, err := os.Stat(e.Location); err != nil || !info.IsDir() {
			return EvidenceMissing
		}
		return EvidenceOK
	case EvidenceFile:
		return checkFile(e)
	}
	return EvidenceUnchecked
}

func checkFile(e Evidence) EvidenceCondition {
	info, err := os.Stat(e.Location)
	if err != nil || info.IsDir() {
		return EvidenceMissing
	}
	if e.File.SHA256 == "" {
		return EvidenceOK // found, but there was nothing to compare with
	}
	if info.Size() == e.File.Size && info.ModTime().UTC().Truncate(1e9).Equal(e.File.ModTime) {
		return EvidenceOK
	}
	now, err := Fingerprint(e.Location)
	if err != nil {
		return EvidenceMissing
	}
	if now.SHA256 != e.File.SHA256 {
		return EvidenceChanged
	}
	return EvidenceOK
}

// CheckAllEvidence runs CheckEvidence on each piece of evidence, by ID. It
// may read whole files: call it off the UI goroutine.
func CheckAllEvidence(evidence []Evidence) map[int64]EvidenceCondition {
	found := make(map[int64]EvidenceCondition, len(evidence))
	for _, e := range evidence {
		found[e.ID] = CheckEvidence(e)
	}
	return found
}
