package ui

import (
	"context"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// write sends one change to the database in the background and, once it is
// committed, runs after (if any) on the UI goroutine. A failure is shown in
// a dialog; what was typed stays on screen.
func (d *Desk) write(what string, op func(ctx context.Context) error, after func()) {
	d.writeOr(what, op, after, nil)
}

// writeOr is write that, when the change was not saved, runs failed (if
// any) before saying so: a dialog can come back with what was typed.
func (d *Desk) writeOr(what string, op func(ctx context.Context) error, after, failed func()) {
	d.top.saving(+1)
	d.bg.write(func() func() {
		err := op(context.Background())
		return func() {
			d.top.saving(-1)
			if err != nil {
				d.failedSaves++
				d.top.saveFailed()
				if failed != nil {
					failed()
				}
				d.showError("Your change to "+what+" was not saved", err)
				d.reload()
				return
			}
			if after != nil {
				after()
			}
		}
	})
}

// reload reads the record again after a failed write, so that what the
// window works from matches what is on disk. Text typed on screen stays in
// its box and is saved again with the next change.
func (d *Desk) reload() {
	id := d.record.Assessment.ID
	d.bg.write(func() func() {
		rec, err := d.store.Record(context.Background(), id)
		return func() {
			if err != nil {
				d.opt.Log.Printf("reloading after a failed save: %v", err)
				return
			}
			d.record = rec
			d.reapplyUnsaved()
			d.changed()
		}
	})
}

// readOnly reports whether the assessment is published and locked.
func (d *Desk) readOnly() bool { return d.record.Assessment.Locked() }

// saveAnswer records an answer in memory, redraws, and saves it.
func (d *Desk) saveAnswer(a assessment.Answer) {
	if d.readOnly() {
		return
	}
	a = a.Touch(d.record.Answers[a.Ref], d.now())
	d.record.Answers[a.Ref] = a
	d.changed()
	id := d.record.Assessment.ID
	d.saveChange("answer "+a.Ref, "question "+a.Ref, func(ctx context.Context) error { return d.store.SaveAnswer(ctx, id, a) },
		func() {
			if d.record.Assessment.ID == id && d.record.Answers != nil {
				d.record.Answers[a.Ref] = a
			}
		})
}

// answer returns the answer held for ref, with its reference set.
func (d *Desk) answer(ref string) assessment.Answer {
	a := d.record.Answers[ref]
	a.Ref = ref
	return a
}

// saveProfile records the profile in memory, redraws, and saves it.
func (d *Desk) saveProfile(p assessment.Profile) {
	d.profile = p
	d.changed()
	d.saveChange("profile", "the organisation profile", func(ctx context.Context) error { return d.store.SaveProfile(ctx, p) }, nil)
}

// addEvidence saves a new evidence location and then shows it.
func (d *Desk) addEvidence(e assessment.Evidence, cond assessment.EvidenceCondition) {
	d.addEvidenceOr(e, cond, nil)
}

// addEvidenceOr is addEvidence that runs failed if the location was not saved.
func (d *Desk) addEvidenceOr(e assessment.Evidence, cond assessment.EvidenceCondition, failed func()) {
	if d.readOnly() {
		return
	}
	id := d.record.Assessment.ID
	e.AddedAt = d.now()
	var saved assessment.Evidence
	d.writeOr("the evidence for "+e.Ref, func(ctx context.Context) (err error) {
		saved, err = d.store.AddEvidence(ctx, id, e)
		return err
	}, func() {
		d.record.Evidence = append(d.record.Evidence, saved)
		d.evidence[saved.ID] = cond
		d.changed()
	}, failed)
}

// removeEvidence forgets an evidence location (the file itself is
// untouched), and any edit of it still waiting to be saved.
func (d *Desk) removeEvidence(e assessment.Evidence) {
	if d.readOnly() {
		return
	}
	d.forgetUnsaved(evidenceKey(e.ID))
	for i, x := range d.record.Evidence {
		if x.ID == e.ID {
			d.record.Evidence = append(d.record.Evidence[:i:i], d.record.Evidence[i+1:]...)
			break
		}
	}
	d.changed()
	d.write("the evidence for "+e.Ref, func(ctx context.Context) error { return d.store.RemoveEvidence(ctx, e.ID) }, nil)
}

// checkEvidence looks for every file and folder in the background (it may
// hash large files) and shows any that have gone or changed.
func (d *Desk) checkEvidence() {
	items := append([]assessment.Evidence(nil), d.record.Evidence...)
	ctx := d.checks.get()
	d.bg.run(func() func() {
		found := assessment.CheckAllEvidence(ctx, items)
		return func() {
			changed := false
			for id, c := range keepChecksByHand(found, d.evidence) {
				if old, ok := d.evidence[id]; !ok || old != c {
					d.evidence[id], changed = c, true
				}
			}
			if changed { // nothing to redraw otherwise, as in a file with no evidence
				d.changed()
			}
		}
	})
}
