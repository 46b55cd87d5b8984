// Package demo builds Rosewood House, a sample care home with a partly done
// assessment, in a temporary database, so that a newcomer sees a working
// example at once (dsptdesk --demo).
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

// Create makes the sample in a new temporary folder.
func Create(bank *assessment.Bank, now time.Time) (Sample, error) {
	dir, err := os.MkdirTemp("", "dsptdesk-demo-")
	if err != nil {
		return Sample{}, fmt.Errorf("making a folder for the sample: %w", err)
	}
	s := Sample{Dir: dir, DBPath: filepath.Join(dir, "rosewood.db")}
	if err := s.fill(bank, now); err != nil {
		s.Remove()
		return Sample{}, err
	}
	return s, nil
}

func (s Sample) fill(bank *assessment.Bank, now time.Time) error {
	st, err := store.Open(s.DBPath, store.Options{Bank: bank, Now: func() time.Time { return now }})
	if err != nil {
		return fmt.Errorf("creating the sample database: %w", err)
	}
	defer st.Close()
	ctx := context.Background()
	if err := st.SaveProfile(ctx, profile(now)); err != nil {
		return fmt.Errorf("saving the sample profile: %w", err)
	}
	cur, err := st.Current(ctx)
	if err != nil {
		return fmt.Errorf("creating the sample assessment: %w", err)
	}
	return s.fillAssessment(ctx, st, cur.ID, now)
}

func (s Sample) fillAssessment(ctx context.Context, st *store.Store, id int64, now time.Time) error {
	for _, a := range answers() {
		if err := st.SaveAnswer(ctx, id, a); err != nil {
			return fmt.Errorf("saving sample answer %s: %w", a.Ref, err)
		}
	}
	evidence, err := s.evidence()
	if err != nil {
		return err
	}
	for _, e := range evidence {
		if _, err := st.AddEvidence(ctx, id, e); err != nil {
			return fmt.Errorf("saving sample evidence for %s: %w", e.Ref, err)
		}
	}
	for _, a := range actions(now) {
		if _, err := st.SaveAction(ctx, id, a); err != nil {
			return fmt.Errorf("saving a sample action for %s: %w", a.Ref, err)
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
