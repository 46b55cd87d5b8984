package assessment

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"time"
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
	// EvidenceNotChecked: DSPT Desk did not look, because the location came
	// from an import and the manager has not confirmed it on this computer,
	// or it is on a network location or a device, which it looks at only
	// when the manager asks.
	EvidenceNotChecked
	// EvidenceUnreadable: something is there but it is not an ordinary file
	// or folder, or it did not answer within CheckTimeLimit.
	EvidenceUnreadable
)

// Warning returns a short warning for a location that is not as it was, or "".
func (c EvidenceCondition) Warning() string {
	switch c {
	case EvidenceMissing:
		return "missing"
	case EvidenceChanged:
		return "changed since added"
	case EvidenceNotChecked:
		return "not yet checked on this computer"
	case EvidenceUnreadable:
		return "could not be read as an ordinary file or folder"
	}
	return ""
}

// Found reports whether the condition leaves the evidence counting towards
// an answer: everything but a location known to be gone or unusable.
func (c EvidenceCondition) Found() bool { return c != EvidenceMissing && c != EvidenceUnreadable }

// Time limits on looking at evidence, so that a slow network drive, a
// device or a pipe never holds up the window or the report.
const (
	CheckTimeLimit       = 10 * time.Second // one location
	CheckAllTimeLimit    = 60 * time.Second // every location of an assessment
	FingerprintTimeLimit = 5 * time.Minute  // reading a file the manager has just chosen
)

// Fingerprint reads a file and returns its size, modification time and
// SHA-256. It reads only an ordinary file (never a device or a pipe) and
// gives up after FingerprintTimeLimit, so call it off the UI goroutine.
func Fingerprint(path string) (FileFingerprint, error) {
	ctx, cancel := context.WithTimeout(context.Background(), FingerprintTimeLimit)
	defer cancel()
	type result struct {
		fp  FileFingerprint
		err error
	}
	late := result{err: fmt.Errorf("reading %s took longer than %s", path, FingerprintTimeLimit)}
	r := within(ctx, func(ctx context.Context) result {
		fp, err := fingerprint(ctx, path)
		return result{fp, err}
	}, late)
	return r.fp, r.err
}

// errNotOrdinary means a location is a device, a pipe or something else
// that is not an ordinary file.
var errNotOrdinary = fmt.Errorf("not an ordinary file")

// fingerprint hashes an ordinary file, stopping when ctx ends.
func fingerprint(ctx context.Context, path string) (FileFingerprint, error) {
	before, err := os.Stat(path)
	if err != nil {
		return FileFingerprint{}, fmt.Errorf("looking at evidence file: %w", err)
	}
	if !before.Mode().IsRegular() {
		return FileFingerprint{}, fmt.Errorf("%s: %w", path, errNotOrdinary)
	}
	f, err := openOrdinary(path)
	if err != nil {
		return FileFingerprint{}, fmt.Errorf("opening evidence file: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() || !os.SameFile(before, info) {
		return FileFingerprint{}, fmt.Errorf("%s changed while it was opened: %w", path, errNotOrdinary)
	}
	h := sha256.New()
	if err := copyUntil(ctx, h, f); err != nil {
		return FileFingerprint{}, fmt.Errorf("reading evidence file: %w", err)
	}
	return FileFingerprint{Size: info.Size(), ModTime: info.ModTime().UTC().Truncate(1e9), SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// copyUntil hashes r in blocks, stopping with ctx's error when it ends.
func copyUntil(ctx context.Context, h hash.Hash, r io.Reader) error {
	buf := make([]byte, 1<<20)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := r.Read(buf)
		h.Write(buf[:n])
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// within runs f and returns what it returns, or late once ctx ends (f may
// then still be waiting on the system, but nobody waits for it).
func within[T any](ctx context.Context, f func(context.Context) T, late T) T {
	done := make(chan T, 1)
	go func() { done <- f(ctx) }()
	select {
	case v := <-done:
		return v
	case <-ctx.Done():
		return late
	}
}

// CheckEvidence looks for a file or folder evidence location on disk, as
// DSPT Desk does by itself on every open and export: only a location the
// manager has added or confirmed on this computer (CheckedHere) and that is
// on this computer's own drives (PathFacts.Checkable); anything else is
// EvidenceNotChecked and is not touched. See CheckEvidenceNow.
func CheckEvidence(e Evidence) EvidenceCondition {
	ctx, cancel := context.WithTimeout(context.Background(), CheckTimeLimit)
	defer cancel()
	return checkAuto(ctx, e)
}

func checkAuto(ctx context.Context, e Evidence) EvidenceCondition {
	if e.Kind != EvidenceFile && e.Kind != EvidenceFolder {
		return EvidenceUnchecked
	}
	if !e.CheckedHere || !ExaminePath(e.Location).Checkable() {
		return EvidenceNotChecked
	}
	return checkNow(ctx, e)
}

// CheckEvidenceNow looks at a file or folder location because the manager
// asked to (a click on that entry), even one from an import or on a
// network location. It never opens a device or a pipe, and gives up after
// CheckTimeLimit; a file whose size or time differs from its fingerprint
// is re-hashed, so a file that was only touched is not reported as
// changed. Call it off the UI goroutine.
func CheckEvidenceNow(e Evidence) EvidenceCondition {
	ctx, cancel := context.WithTimeout(context.Background(), CheckTimeLimit)
	defer cancel()
	return checkNow(ctx, e)
}

func checkNow(ctx context.Context, e Evidence) EvidenceCondition {
	if e.Kind != EvidenceFile && e.Kind != EvidenceFolder {
		return EvidenceUnchecked
	}
	facts := ExaminePath(e.Location)
	switch {
	case facts.Device:
		return EvidenceUnreadable
	case facts.Relative:
		return EvidenceMissing // not a full path: it cannot be found as it stands
	}
	e.Location = facts.Path
	return within(ctx, func(ctx context.Context) EvidenceCondition { return look(ctx, e) }, EvidenceUnreadable)
}

// look checks a full path on disk.
func look(ctx context.Context, e Evidence) EvidenceCondition {
	info, err := os.Stat(e.Location)
	switch {
	case err != nil:
		return EvidenceMissing
	case e.Kind == EvidenceFolder && info.IsDir():
		return EvidenceOK
	case e.Kind == EvidenceFolder || info.IsDir():
		return EvidenceMissing
	case !info.Mode().IsRegular():
		return EvidenceUnreadable
	case e.File.SHA256 == "":
		return EvidenceOK // found, but there was nothing to compare with
	case info.Size() == e.File.Size && info.ModTime().UTC().Truncate(1e9).Equal(e.File.ModTime):
		return EvidenceOK
	}
	now, err := fingerprint(ctx, e.Location)
	switch {
	case err != nil:
		return EvidenceUnreadable
	case now.SHA256 != e.File.SHA256:
		return EvidenceChanged
	}
	return EvidenceOK
}

// CheckAllEvidence runs CheckEvidence on each piece of evidence, by ID,
// within CheckAllTimeLimit in all and until ctx ends (the window closing):
// what is not reached in time is EvidenceNotChecked. It may read whole
// files: call it off the UI goroutine.
func CheckAllEvidence(ctx context.Context, evidence []Evidence) map[int64]EvidenceCondition {
	all, cancel := context.WithTimeout(ctx, CheckAllTimeLimit)
	defer cancel()
	found := make(map[int64]EvidenceCondition, len(evidence))
	for _, e := range evidence {
		found[e.ID] = checkInTime(all, e)
	}
	return found
}

// checkInTime runs checkAuto within CheckTimeLimit; a file or folder not
// looked at because all has ended is EvidenceNotChecked.
func checkInTime(all context.Context, e Evidence) EvidenceCondition {
	if all.Err() != nil && (e.Kind == EvidenceFile || e.Kind == EvidenceFolder) {
		return EvidenceNotChecked
	}
	ctx, stop := context.WithTimeout(all, CheckTimeLimit)
	defer stop()
	c := checkAuto(ctx, e)
	if all.Err() != nil && c == EvidenceUnreadable {
		return EvidenceNotChecked
	}
	return c
}
