package ui

import (
	"context"
	"fmt"
	"maps"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
)

// checkContext ends the evidence checks under way when the window starts
// to close, so that closing never waits on a slow drive (each check also
// has its own time limit). Its zero value is ready to use.
type checkContext struct {
	ctx    context.Context
	cancel context.CancelFunc
}

// get returns the context for a new round of checks.
func (c *checkContext) get() context.Context {
	if c.ctx == nil {
		c.ctx, c.cancel = context.WithCancel(context.Background())
	}
	return c.ctx
}

// stop ends the checks under way; later ones start afresh.
func (c *checkContext) stop() {
	if c.cancel != nil {
		c.cancel()
	}
	c.ctx, c.cancel = nil, nil
}

// keepChecksByHand returns found (from assessment.CheckAllEvidence), with
// what the manager found by clicking "Check it now" (in known) kept for
// the locations that are never looked at by themselves (network ones).
func keepChecksByHand(found, known map[int64]assessment.EvidenceCondition) map[int64]assessment.EvidenceCondition {
	for id, c := range found {
		if k, ok := known[id]; ok && c == assessment.EvidenceNotChecked && k != assessment.EvidenceNotChecked {
			found[id] = k
		}
	}
	return found
}

// evidenceKey names an evidence entry's pending save (see saveChange).
func evidenceKey(id int64) string { return fmt.Sprintf("evidence %d", id) }

// evidenceListed reports whether another entry of the same question
// already records e's location.
func (d *Desk) evidenceListed(e assessment.Evidence) bool {
	for _, x := range d.record.Evidence {
		if x.ID != e.ID && x.Ref == e.Ref && x.Kind == e.Kind && x.Location == e.Location {
			return true
		}
	}
	return false
}

// packEvidenceCheck returns, on the UI goroutine, the evidence check that
// every pack (PDF, print, spreadsheet) runs off it: what
// assessment.CheckAllEvidence finds, with the checks made by hand kept, and
// stopped when the window closes.
func (d *Desk) packEvidenceCheck() func(in *report.Input) {
	known, ctx := maps.Clone(d.evidence), d.checks.get()
	return func(in *report.Input) {
		in.UseEvidence(keepChecksByHand(assessment.CheckAllEvidence(ctx, in.Record.Evidence), known))
	}
}

// checkNow looks at one location because the manager clicked "Check it
// now" on it (off the UI goroutine, within assessment.CheckTimeLimit), and
// records that it has been checked on this computer.
func (l *evidenceList) checkNow(e assessment.Evidence) {
	l.busy.Show()
	l.d.bg.run(func() func() {
		c := assessment.CheckEvidenceNow(e)
		return func() {
			l.busy.Hide()
			l.d.evidence[e.ID] = c
			if !e.CheckedHere {
				l.d.markChecked(e)
				return
			}
			l.d.changed()
		}
	})
}

// markChecked records that the manager has checked a location on this
// computer, so that DSPT Desk may look at it by itself from now on.
func (d *Desk) markChecked(e assessment.Evidence) {
	d.setEvidence(func(x *assessment.Evidence) { x.CheckedHere = true }, e.ID)
	d.changed()
	d.write("the evidence for "+e.Ref, func(ctx context.Context) error { return d.store.MarkEvidenceChecked(ctx, e.ID) }, nil)
}

// setEvidence changes the evidence with the given ID in the record in memory.
func (d *Desk) setEvidence(change func(*assessment.Evidence), id int64) {
	for i := range d.record.Evidence {
		if d.record.Evidence[i].ID == id {
			change(&d.record.Evidence[i])
		}
	}
}

// updateEvidence shows an edited evidence entry at once and saves it. Like
// a typed answer, an edit whose save fails (a full disk) is kept, shown and
// tried again until it is written, or the manager closes without it.
func (d *Desk) updateEvidence(e assessment.Evidence, cond assessment.EvidenceCondition) {
	if d.readOnly() {
		return
	}
	if loc, err := assessment.CleanLocation(e.Kind, e.Location); err == nil {
		e.Location = loc // as the store writes it: a web link gets https://
	}
	if e.Kind != assessment.EvidenceFile {
		e.File = assessment.FileFingerprint{}
	}
	if d.evidenceListed(e) { // the store would refuse it every time: say so now, not at each retry
		showMessage(d.win, "Not changed", "This evidence location is already recorded for question "+e.Ref+". Edit or remove that entry instead.")
		return
	}
	put := func() {
		d.setEvidence(func(x *assessment.Evidence) {
			x.Location, x.Note, x.File, x.CheckedHere = e.Location, e.Note, e.File, e.CheckedHere
		}, e.ID)
	}
	put()
	d.evidence[e.ID] = cond
	d.changed()
	d.saveChange(evidenceKey(e.ID), "the evidence for "+e.Ref, func(ctx context.Context) error {
		_, err := d.store.UpdateEvidence(ctx, e)
		return err
	}, put)
}

// relocate records a new place (or the same place, for "Yes, this is the
// right version") for an evidence entry: a file is fingerprinted again and
// any location is looked at, in the background, before it is saved.
func (l *evidenceList) relocate(e assessment.Evidence, location, note string) {
	e.Location, e.Note = strings.TrimSpace(location), strings.TrimSpace(note)
	l.busy.Show()
	l.d.bg.run(func() func() {
		e.CheckedHere = true
		var cond assessment.EvidenceCondition
		if e.Kind == assessment.EvidenceFile {
			e.File, cond = l.fingerprint(e.Location)
		} else {
			cond = assessment.CheckEvidenceNow(e)
		}
		return func() {
			l.busy.Hide()
			l.d.updateEvidence(e, cond)
		}
	})
}

// fingerprint reads a file the manager chose; a file that cannot be read
// gets no fingerprint and is shown as missing or unreadable.
func (l *evidenceList) fingerprint(path string) (assessment.FileFingerprint, assessment.EvidenceCondition) {
	fp, err := assessment.Fingerprint(path)
	if err == nil {
		return fp, assessment.EvidenceOK
	}
	l.d.opt.Log.Printf("fingerprinting evidence: %v", err)
	return fp, assessment.CheckEvidenceNow(assessment.Evidence{Kind: assessment.EvidenceFile, Location: path, CheckedHere: true})
}

// findIt lets the manager choose the new place of a missing file or folder.
func (l *evidenceList) findIt(e assessment.Evidence) {
	l.d.choosePath(l.placeChoice(e), func(path string) { l.relocate(e, path, e.Note) })
}

// lastName is the last part of a path, for a dialog title.
func lastName(loc string) string {
	p := assessment.ExaminePath(loc).Path
	return p[strings.LastIndexAny(p, `\/`)+1:]
}

// evidenceWarning explains a location that is not as it was, and what to
// click about it; "" when there is nothing to say.
func evidenceWarning(e assessment.Evidence, c assessment.EvidenceCondition) string {
	kind := strings.ToLower(e.Kind.Label())
	switch c {
	case assessment.EvidenceMissing:
		return fmt.Sprintf("Missing: this %s is no longer there. If it has moved, click \"Find it…\" and choose its new place.", kind)
	case assessment.EvidenceChanged:
		return "Changed since it was added on " + assessment.HumanDate(e.AddedAt) + ". If it is still the right document, click \"Yes, this is the right version\"."
	case assessment.EvidenceUnreadable:
		return fmt.Sprintf("Could not be read: this is not an ordinary %s, or it did not answer in time. Click \"Find it…\" to choose the right one.", kind)
	case assessment.EvidenceNotChecked:
		return notCheckedWarning(e)
	}
	return ""
}

// notCheckedWarning explains why DSPT Desk has not looked at a location.
func notCheckedWarning(e assessment.Evidence) string {
	f := assessment.ExaminePath(e.Location)
	var parts []string
	if !e.CheckedHere {
		parts = append(parts, "Not yet checked on this computer: it came from an import, so DSPT Desk has not looked at it. If you know this place, click \"Check it now\".")
	}
	switch {
	case f.Network:
		parts = append(parts, "It is on another computer on the network: checking or opening it contacts that computer, so DSPT Desk does that only when you click.")
	case f.Relative:
		parts = append(parts, "It is not a full path (such as C:\\Documents\\Policy.pdf), so it cannot be found as it is: click \"Find it…\".")
	case f.Device:
		parts = append(parts, "It names a device, not a document: click \"Find it…\" to choose the right file.")
	}
	if f.Climbs {
		parts = append(parts, "It really points to: "+f.Path)
	}
	return strings.Join(parts, " ")
}
