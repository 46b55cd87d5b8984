package store

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/atomicfile"
)

// The portable file format, documented in docs/json-format.md.
const (
	FormatName    = "dsptdesk"
	FormatVersion = 5 // 2 added editions and wording checks; 3 questions entered online; 4 registers; 5 end-of-support files
)

type fileJSON struct {
	Format     string        `json:"format"`
	Version    int           `json:"version"`
	ExportedAt string        `json:"exported_at"`
	Profile    profileJSON   `json:"profile"`
	Editions   []editionJSON `json:"editions"`
	// SupportFiles are the end-of-support files added (version 5).
	SupportFiles []supportFileJSON `json:"support_files"`
	Assessments  []assessmentJSON  `json:"assessments"`
}

type profileJSON struct {
	Name               string `json:"name"`
	ODSCode            string `json:"ods_code"`
	ICONumber          string `json:"ico_number"`
	CQCLocationID      string `json:"cqc_location_id"`
	RegisteredManager  string `json:"registered_manager"`
	SecurityLead       string `json:"security_lead"`
	CENumber           string `json:"cyber_essentials_number"`
	CEExpiry           string `json:"cyber_essentials_expiry,omitempty"`
	CEPlusNumber       string `json:"cyber_essentials_plus_number"`
	CEPlusExpiry       string `json:"cyber_essentials_plus_expiry,omitempty"`
	LastPublishedLevel string `json:"last_published_level"`
	LastPublishedOn    string `json:"last_published_on,omitempty"`
}

type assessmentJSON struct {
	Edition        string         `json:"edition"`
	State          string         `json:"state"`
	PublishedOn    string         `json:"published_on,omitempty"`
	PublishedLevel string         `json:"published_level,omitempty"`
	CreatedAt      string         `json:"created_at"`
	Answers        []answerJSON   `json:"answers"`
	Evidence       []evidenceJSON `json:"evidence"`
	Actions        []actionJSON   `json:"actions"`
	Wording        []wordingJSON  `json:"wording"`
	EnteredOnline  []enteredJSON  `json:"entered_online"`
	// Registers holds the register rows by table, each row its fields by
	// key in stored form; RegisterSettings the settings, "yes" or "no".
	Registers        map[string][]register.Values `json:"registers"`
	RegisterSettings map[string]string            `json:"register_settings"`
}

type answerJSON struct {
	Ref           string `json:"ref"`
	Value         string `json:"value"`
	NotApplicable bool   `json:"not_applicable"`
	Comment       string `json:"comment"`
	NeedsReview   bool   `json:"needs_review"`
	UpdatedAt     string `json:"updated_at"`
	AnsweredAt    string `json:"answered_at"`
}

type evidenceJSON struct {
	Ref      string           `json:"ref"`
	Kind     string           `json:"kind"`
	Location string           `json:"location"`
	Note     string           `json:"note"`
	AddedAt  string           `json:"added_at"`
	File     *fingerprintJSON `json:"file,omitempty"`
}

type fingerprintJSON struct {
	Size     int64  `json:"size"`
	Modified string `json:"modified"`
	SHA256   string `json:"sha256"`
}

type actionJSON struct {
	Ref        string `json:"ref"`
	Gap        string `json:"gap"`
	Action     string `json:"action"`
	Owner      string `json:"owner"`
	TargetDate string `json:"target_date,omitempty"`
	Status     string `json:"status"`
	DoneDate   string `json:"done_date,omitempty"`
	Notes      string `json:"notes"`
	Draft      bool   `json:"draft,omitempty"`
}

// ExportJSON writes the profile and every assessment, with its answers,
// evidence records and action plan, in the portable JSON format.
func (s *Store) ExportJSON(ctx context.Context, w io.Writer) error {
	var f fileJSON
	err := s.read(ctx, func(tx *txn) error {
		var err error
		f, err = s.exportFile(ctx, tx)
		return err
	})
	if err != nil {
		return fmt.Errorf("exporting: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("writing the export: %w", err)
	}
	return nil
}

func (s *Store) exportFile(ctx context.Context, tx *txn) (fileJSON, error) {
	f := fileJSON{Format: FormatName, Version: FormatVersion, ExportedAt: formatTime(s.now()), Assessments: []assessmentJSON{}}
	p, err := scanProfile(tx.QueryRowContext(ctx, "SELECT "+profileColumns+" FROM profile WHERE id = 1"))
	if err != nil {
		return f, fmt.Errorf("loading the profile: %w", err)
	}
	f.Profile = profileToJSON(p)
	if f.Editions, err = exportEditions(ctx, tx); err != nil {
		return f, err
	}
	if f.SupportFiles, err = exportSupportFiles(ctx, tx); err != nil {
		return f, err
	}
	list, err := queryAll(ctx, tx, scanAssessment, "SELECT "+assessmentColumns+" FROM assessments ORDER BY edition, id")
	if err != nil {
		return f, fmt.Errorf("listing assessments: %w", err)
	}
	for _, a := range list {
		r, err := loadRecord(ctx, tx, a.ID)
		if err != nil {
			return f, err
		}
		book, err := loadBook(ctx, tx, a.ID)
		if err != nil {
			return f, err
		}
		aj := s.recordToJSON(r)
		aj.Registers, aj.RegisterSettings = registersToJSON(book)
		f.Assessments = append(f.Assessments, aj)
	}
	return f, nil
}

func profileToJSON(p assessment.Profile) profileJSON {
	return profileJSON{
		Name: p.Name, ODSCode: p.ODSCode, ICONumber: p.ICONumber, CQCLocationID: p.CQCLocationID,
		RegisteredManager: p.RegisteredManager, SecurityLead: p.SecurityLead,
		CENumber: p.CENumber, CEExpiry: assessment.FormatDate(p.CEExpiry),
		CEPlusNumber: p.CEPlusNumber, CEPlusExpiry: assessment.FormatDate(p.CEPlusExpiry),
		LastPublishedLevel: p.LastPublishedLevel.Code(), LastPublishedOn: assessment.FormatDate(p.LastPublishedOn),
	}
}

func (s *Store) recordToJSON(r *assessment.Record) assessmentJSON {
	a := r.Assessment
	out := assessmentJSON{Edition: a.EditionID, State: string(a.State), PublishedOn: assessment.FormatDate(a.PublishedOn),
		CreatedAt: formatTime(a.CreatedAt), Answers: []answerJSON{}, Evidence: []evidenceJSON{}, Actions: []actionJSON{},
		Wording: wordingToJSON(s.wordingList(r)), EnteredOnline: enteredToJSON(r.EnteredOnline)}
	if a.Locked() {
		out.PublishedLevel = a.PublishedLevel.Code()
	}
	for _, an := range s.answersInOrder(a.EditionID, r.Answers) {
		out.Answers = append(out.Answers, answerJSON{Ref: an.Ref, Value: an.Value, NotApplicable: an.NotApplicable,
			Comment: an.Comment, NeedsReview: an.NeedsReview, UpdatedAt: formatTime(an.UpdatedAt), AnsweredAt: formatTime(an.AnsweredAt)})
	}
	for _, e := range r.Evidence {
		out.Evidence = append(out.Evidence, evidenceToJSON(e))
	}
	for _, ac := range r.Actions {
		out.Actions = append(out.Actions, actionJSON{Ref: ac.Ref, Gap: ac.Gap, Action: ac.Action, Owner: ac.Owner,
			TargetDate: assessment.FormatDate(ac.TargetDate), Status: string(ac.Status), DoneDate: assessment.FormatDate(ac.DoneDate), Notes: ac.Notes, Draft: ac.Draft})
	}
	return out
}

func evidenceToJSON(e assessment.Evidence) evidenceJSON {
	out := evidenceJSON{Ref: e.Ref, Kind: string(e.Kind), Location: e.Location, Note: e.Note, AddedAt: formatTime(e.AddedAt)}
	if e.File.SHA256 != "" {
		out.File = &fingerprintJSON{Size: e.File.Size, Modified: formatTime(e.File.ModTime), SHA256: e.File.SHA256}
	}
	return out
}

// answersInOrder lists answers in the edition's order of questions (by
// reference if the app does not know the edition).
func (s *Store) answersInOrder(editionID string, m map[string]assessment.Answer) []assessment.Answer {
	pos := map[string]int{}
	if s.Bank() != nil {
		if ed := s.Bank().Edition(editionID); ed != nil {
			for i, it := range ed.Items {
				pos[it.Ref] = i + 1
			}
		}
	}
	out := make([]assessment.Answer, 0, len(m))
	for _, a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		if pos[out[i].Ref] != pos[out[j].Ref] {
			return pos[out[i].Ref] < pos[out[j].Ref]
		}
		return out[i].Ref < out[j].Ref
	})
	return out
}

// ExportJSONFile writes the export to path through a temporary file in the
// same folder, renamed into place once complete, so a failure never leaves
// half a file (or replaces a good one). It refuses a path that is one of the
// database's own files (see CheckExportPath). The file is private (0600): it
// holds everything.
func (s *Store) ExportJSONFile(ctx context.Context, path string) error {
	if err := CheckExportPath(s.path, path); err != nil {
		return err
	}
	return atomicfile.Write(path, 0o600, func(w io.Writer) error { return s.ExportJSON(ctx, w) })
}
