// Package demo builds Rosewood House, a sample care home, in a temporary
// database, so that a newcomer sees a working example at once (dsptdesk
// --demo): last year's assessment, published at Approaching Standards, and
// this year's, carried forward from it and partly done. This year is the
// edition live on the day the sample is made, so its deadline is never long
// past.
package demo

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// Sample is a demo database in its own temporary folder.
type Sample struct {
	Dir    string // the folder holding the database and the sample evidence files
	DBPath string
}

// Remove deletes the sample's folder.
func (s Sample) Remove() error { return os.RemoveAll(s.Dir) }

// Create makes the sample in a new temporary folder. Its dates are set
// relative to now, so it looks the same whenever it is opened.
func Create(bank *assessment.Bank, now time.Time) (Sample, error) {
	dir, err := os.MkdirTemp("", "dsptdesk-demo-")
	if err != nil {
		return Sample{}, fmt.Errorf("making a folder for the sample: %w", err)
	}
	s := Sample{Dir: dir, DBPath: filepath.Join(dir, "rosewood.db")}
	if err := s.fill(bank, now); err != nil {
		s.Remove()
		return Sample{}, fmt.Errorf("building the sample: %w", err)
	}
	return s, nil
}

// builder fills the sample's database, moving its clock between the years.
type builder struct {
	st         *store.Store
	last, this *assessment.Edition
	clock      time.Time
	now        time.Time
	files      map[string]assessment.Evidence
}

// sampleYears picks the sample's editions from the calendar: this year's is
// the edition live on now, last year's the one before it (the two oldest
// when now is before every edition but the first).
func sampleYears(bank *assessment.Bank, now time.Time) (last, this *assessment.Edition) {
	this = bank.LiveOn(now)
	for i, e := range bank.Editions {
		if e == this && i > 0 {
			return bank.Editions[i-1], this
		}
	}
	return bank.Editions[0], bank.Editions[1]
}

func (s Sample) fill(bank *assessment.Bank, now time.Time) error {
	last, this := sampleYears(bank, now)
	b := &builder{last: last, this: this, now: now, clock: lastYearDay(last)}
	st, err := store.Open(s.DBPath, store.Options{Bank: bank, Now: func() time.Time { return b.clock }})
	if err != nil {
		return err
	}
	defer st.Close()
	b.st = st
	if b.files, err = s.writeFiles(this, now); err != nil {
		return err
	}
	ctx := context.Background()
	if err := st.SaveProfile(ctx, profile(now)); err != nil {
		return err
	}
	lastID, err := b.lastYear(ctx)
	if err != nil {
		return err
	}
	return b.thisYear(ctx, lastID)
}

// lastYearDay is when last year's work was done: a few weeks before its deadline.
func lastYearDay(last *assessment.Edition) time.Time {
	return last.Deadline().AddDate(0, 0, -41).Add(10 * time.Hour)
}

// lastYearPublished is when last year's assessment was published: the week before its deadline.
func lastYearPublished(last *assessment.Edition) time.Time { return last.Deadline().AddDate(0, 0, -6) }

// thisYearDay is when most of this year's answers were written: eight months
// ago, but not before this year's toolkit went live, nor after now.
func thisYearDay(this *assessment.Edition, now time.Time) time.Time {
	d := assessment.Day(now).AddDate(0, -8, 0).Add(10 * time.Hour)
	if live := this.Live().Add(10 * time.Hour); d.Before(live) {
		d = live
	}
	if d.After(now) {
		d = now
	}
	return d
}

// oldFileDay dates the training needs analysis, so that its yearly review
// falls due within the app's 60-day warning.
func oldFileDay(now time.Time) time.Time {
	return assessment.Day(now).AddDate(0, -11, 0).Add(10 * time.Hour)
}

// lastYear records last year's assessment (the edition before the one live now)
// and publishes it at Approaching Standards.
func (b *builder) lastYear(ctx context.Context) (int64, error) {
	a, err := b.st.CreateAssessment(ctx, b.last.ID)
	if err != nil {
		return 0, err
	}
	if err := b.fillRecord(ctx, a.ID, lastYearAnswers(), lastYearEvidence, b.plan(true)); err != nil {
		return 0, err
	}
	return a.ID, b.st.Publish(ctx, a.ID, lastYearPublished(b.last), assessment.ApproachingStandards)
}

// thisYear carries last year forward, then records this year's work. A few
// answers are left flagged for review, as a manager part-way through would.
func (b *builder) thisYear(ctx context.Context, lastID int64) error {
	last, err := b.st.Record(ctx, lastID)
	if err != nil {
		return err
	}
	carried := assessment.CarryForward(last, b.last, b.this)
	b.clock = thisYearDay(b.this, b.now)
	cur, err := b.st.CreateAssessmentWith(ctx, b.this.ID, carried.Record)
	if err != nil {
		return err
	}
	if err := b.finishCarriedActions(ctx, cur.ID); err != nil {
		return err
	}
	if err := b.fillRecord(ctx, cur.ID, answers(), thisYearEvidence, b.plan(false)); err != nil {
		return err
	}
	return b.fillRegisters(ctx, lastID, cur.ID)
}

// plan is last year's published action plan, or the actions added this
// year. The actions for questions that last year's edition already asked go
// in its plan; those for questions new this year are added this year.
func (b *builder) plan(lastYear bool) []assessment.Action {
	var out []assessment.Action
	if lastYear {
		out = lastYearActions(b.now)
	} else {
		out = actions(b.now)
	}
	for _, a := range newQuestionActions(b.now) {
		if (b.last.Item(a.Ref) != nil) == lastYear {
			out = append(out, a)
		}
	}
	return out
}

// fillRecord saves answers, the named sample evidence and actions.
func (b *builder) fillRecord(ctx context.Context, id int64, answers []assessment.Answer, evidence []string, actions []assessment.Action) error {
	for _, a := range answers {
		if err := b.st.SaveAnswer(ctx, id, a); err != nil {
			return fmt.Errorf("answer %s: %w", a.Ref, err)
		}
	}
	for _, key := range evidence {
		if _, err := b.st.AddEvidence(ctx, id, b.files[key]); err != nil {
			return fmt.Errorf("evidence %s: %w", key, err)
		}
	}
	for _, a := range actions {
		if _, err := b.st.SaveAction(ctx, id, a); err != nil {
			return fmt.Errorf("action for %s: %w", a.Ref, err)
		}
	}
	return nil
}

// finishCarriedActions marks done the carried actions whose gap was closed this year.
func (b *builder) finishCarriedActions(ctx context.Context, id int64) error {
	rec, err := b.st.Record(ctx, id)
	if err != nil {
		return err
	}
	for _, a := range rec.Actions {
		if doneThisYear[a.Ref] {
			a.Status, a.DoneDate = assessment.Done, assessment.Day(b.clock).AddDate(0, 1, 0)
			if _, err := b.st.SaveAction(ctx, id, a); err != nil {
				return err
			}
		}
	}
	return nil
}

func profile(now time.Time) assessment.Profile {
	return assessment.Profile{
		Name: "Rosewood House", ODSCode: "VR5W2", ICONumber: "ZA765432", CQCLocationID: "1-987654321",
		RegisteredManager: "Grace Okafor", SecurityLead: "Tom Hughes",
		CENumber: "IASME-CE-041237", CEExpiry: assessment.Day(now).AddDate(0, 5, 0),
	}
}

func tick(ref, comment string) assessment.Answer {
	return assessment.Answer{Ref: ref, Value: assessment.TickConfirmed, Comment: comment}
}

func text(ref, value string) assessment.Answer { return assessment.Answer{Ref: ref, Value: value} }

func notApplicable(ref, comment string) assessment.Answer {
	return assessment.Answer{Ref: ref, NotApplicable: true, Comment: comment}
}
