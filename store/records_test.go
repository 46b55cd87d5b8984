package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestEvidence(t *testing.T) {
	s, a := openNew(t)
	ref := refOf(t, assessment.Document)
	file := filepath.Join(t.TempDir(), "Data protection policy.pdf")
	os.WriteFile(file, []byte("policy v1"), 0o600)
	fp, err := assessment.Fingerprint(file)
	if err != nil {
		t.Fatal(err)
	}
	e, err := s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: ref, Kind: assessment.EvidenceFile, Location: file, Note: awkwardText, File: fp})
	if err != nil {
		t.Fatal(err)
	}
	if e.ID == 0 || e.AddedAt.IsZero() {
		t.Errorf("AddEvidence returned %+v", e)
	}
	_, err = s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: ref, Kind: assessment.EvidenceFile, Location: file})
	wantCode(t, err, assessment.EConflict)

	r, _ := s.Record(ctx, a.ID)
	if got := r.Evidence[0]; got.Note != awkwardText || got.File != fp || got.Kind != assessment.EvidenceFile || got.Ref != ref {
		t.Errorf("stored as %+v, want fingerprint %+v", got, fp)
	}
	if err := s.RemoveEvidence(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, s.RemoveEvidence(ctx, e.ID), assessment.ENotFound)
	if r, _ = s.Record(ctx, a.ID); len(r.Evidence) != 0 {
		t.Errorf("%d pieces of evidence left, want 0", len(r.Evidence))
	}
}

func TestMissingEvidenceFileIsStoredAndFlagged(t *testing.T) {
	s, a := openNew(t)
	gone := filepath.Join(t.TempDir(), "moved away.docx")
	_, ferr := assessment.Fingerprint(gone)
	e, err := s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: refOf(t, assessment.Document), Kind: assessment.EvidenceFile, Location: gone})
	if ferr == nil || err != nil {
		t.Fatalf("a path that does not exist must be stored, not refused: %v", err)
	}
	r, _ := s.Record(ctx, a.ID)
	if len(r.Evidence) != 1 || r.Evidence[0] != e || assessment.CheckEvidence(e) != assessment.EvidenceMissing {
		t.Errorf("stored %+v; the missing file should be kept and flagged as missing", r.Evidence)
	}
	paper, _ := s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: e.Ref, Kind: assessment.EvidencePaper, Location: "Cabinet",
		File: assessment.FileFingerprint{Size: 1, SHA256: strings.Repeat("a", 64)}})
	if paper.File != (assessment.FileFingerprint{}) {
		t.Errorf("paper evidence kept a file fingerprint: %+v", paper.File)
	}
}

func TestEvidenceIsChecked(t *testing.T) {
	s, a := openNew(t)
	ref := refOf(t, assessment.Document)
	cases := map[string]assessment.Evidence{
		"unknown kind":      {Ref: ref, Kind: "photo", Location: "x"},
		"empty location":    {Ref: ref, Kind: assessment.EvidencePaper, Location: "  "},
		"long location":     {Ref: ref, Kind: assessment.EvidencePaper, Location: strings.Repeat("x", assessment.MaxShortText+1)},
		"control in note":   {Ref: ref, Kind: assessment.EvidencePaper, Location: "x", Note: "\x00"},
		"unknown ref":       {Ref: "1.1.99", Kind: assessment.EvidencePaper, Location: "x"},
		"bad fingerprint":   {Ref: ref, Kind: assessment.EvidenceFile, Location: "x", File: assessment.FileFingerprint{SHA256: "abc"}},
		"negative size":     {Ref: ref, Kind: assessment.EvidenceFile, Location: "x", File: assessment.FileFingerprint{Size: -1, SHA256: strings.Repeat("a", 64)}},
		"upper-case sha256": {Ref: ref, Kind: assessment.EvidenceFile, Location: "x", File: assessment.FileFingerprint{SHA256: strings.Repeat("A", 64)}},
	}
	for name, e := range cases {
		_, err := s.AddEvidence(ctx, a.ID, e)
		if assessment.ErrorCode(err) != assessment.EInvalid {
			t.Errorf("%s: %v, want EInvalid", name, err)
		}
	}
}

func TestActions(t *testing.T) {
	s, a := openNew(t)
	target, _ := assessment.ParseDate("2027-02-28")
	act, err := s.SaveAction(ctx, a.ID, assessment.Action{Ref: refOf(t, assessment.Tick), Gap: "No training record", Action: awkwardText,
		Owner: "Ayesha Khan", TargetDate: target})
	if err != nil {
		t.Fatal(err)
	}
	if act.ID == 0 || act.Status != assessment.NotStarted {
		t.Errorf("new action: %+v", act)
	}
	general, err := s.SaveAction(ctx, a.ID, assessment.Action{Gap: "Cyber Essentials Plus", Action: "Book the assessor"})
	if err != nil {
		t.Fatalf("an action about no one question: %v", err)
	}
	act.Status, act.DoneDate, act.Notes = assessment.Done, target, "All done"
	if _, err := s.SaveAction(ctx, a.ID, act); err != nil {
		t.Fatal(err)
	}
	r, _ := s.Record(ctx, a.ID)
	if len(r.Actions) != 2 || r.Actions[0] != act || r.Actions[1] != general {
		t.Errorf("actions = %+v, want %+v and %+v", r.Actions, act, general)
	}
	if err := s.DeleteAction(ctx, general.ID); err != nil {
		t.Fatal(err)
	}
	wantCode(t, s.DeleteAction(ctx, general.ID), assessment.ENotFound)
	_, err = s.SaveAction(ctx, a.ID, general)
	wantCode(t, err, assessment.ENotFound)
	_, err = s.SaveAction(ctx, a.ID, assessment.Action{Status: "someday"})
	wantCode(t, err, assessment.EInvalid)
	_, err = s.SaveAction(ctx, a.ID, assessment.Action{Owner: strings.Repeat("o", assessment.MaxShortText+1)})
	wantCode(t, err, assessment.EInvalid)
	_, err = s.SaveAction(ctx, a.ID, assessment.Action{Ref: "9.9.9"})
	wantCode(t, err, assessment.EInvalid)
}

func TestProfile(t *testing.T) {
	path := testDB(t)
	c := newClock()
	s := openAt(t, path, c)
	p, err := s.Profile(ctx)
	if err != nil || p != (assessment.Profile{}) {
		t.Fatalf("new profile = %+v, %v", p, err)
	}
	exp, _ := assessment.ParseDate("2027-03-31")
	want := assessment.Profile{Name: "Rosewood House ☘", ODSCode: "not checked here", ICONumber: "ZA123456", CQCLocationID: "1-123456789",
		RegisteredManager: "Siobhán Ní Bhriain", SecurityLead: "داود", CENumber: "IASME-CE-1", CEExpiry: exp,
		CEPlusNumber: "IASME-CEP-2", CEPlusExpiry: exp, LastPublishedLevel: assessment.ApproachingStandards, LastPublishedOn: exp}
	if err := s.SaveProfile(ctx, want); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openAt(t, path, c)
	if got, _ := s.Profile(ctx); got != want {
		t.Errorf("profile = %+v\nwant %+v", got, want)
	}
	bad := want
	bad.SecurityLead = "tab\tis fine but not\vvertical tab"
	wantCode(t, s.SaveProfile(ctx, bad), assessment.EInvalid)
	bad = want
	bad.LastPublishedLevel = 7
	wantCode(t, s.SaveProfile(ctx, bad), assessment.EInvalid)
}

func TestAssessments(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	if list, _ := s.Assessments(ctx); len(list) != 0 {
		t.Fatalf("a new database has %d assessments", len(list))
	}
	a, err := s.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.EditionID != testBank(t).Latest().ID || a.State != assessment.StateInProgress || a.CreatedAt.IsZero() {
		t.Errorf("first assessment: %+v", a)
	}
	again, _ := s.Current(ctx)
	if again != a {
		t.Errorf("Current made a second assessment: %+v then %+v", a, again)
	}
	_, err = s.CreateAssessment(ctx, a.EditionID)
	wantCode(t, err, assessment.EConflict)
	_, err = s.CreateAssessment(ctx, "2031-32")
	wantCode(t, err, assessment.EInvalid)
	_, err = s.Record(ctx, 999)
	wantCode(t, err, assessment.ENotFound)
	var year int
	s.db.QueryRow("SELECT year FROM assessments WHERE id = ?", a.ID).Scan(&year)
	if year != testBank(t).Latest().StartYear() {
		t.Errorf("year column = %d", year)
	}
}

func TestDraftActionStaysDraftUntilItsTextChanges(t *testing.T) {
	s, a := openNew(t)
	d, err := s.SaveAction(ctx, a.ID, assessment.Action{Ref: refOf(t, assessment.Tick), Gap: "Not yet confirmed.", Action: "Guidance text.", Draft: true})
	if err != nil || !d.Draft {
		t.Fatalf("new draft: %+v, %v", d, err)
	}
	d.Owner, d.TargetDate = "Ayesha Khan", time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)
	if d, err = s.SaveAction(ctx, a.ID, d); err != nil || !d.Draft {
		t.Fatalf("an owner and a date leave a draft a draft: %+v, %v", d, err)
	}
	d.Action += " Book the trainer."
	if d, err = s.SaveAction(ctx, a.ID, d); err != nil || d.Draft {
		t.Fatalf("changed text is no longer a draft: %+v, %v", d, err)
	}
	d.Draft = true // a stale copy cannot make it a draft again
	if d, err = s.SaveAction(ctx, a.ID, d); err != nil || d.Draft {
		t.Fatalf("an update made it a draft again: %+v, %v", d, err)
	}
	r, _ := s.Record(ctx, a.ID)
	if r.Actions[0].Draft {
		t.Error("stored as a draft after its text changed")
	}
}

// TestDraftSurvivesExportAndImport checks the draft flag goes through the
// JSON file, so an imported plan does not print guidance drafts.
func TestDraftSurvivesExportAndImport(t *testing.T) {
	src, a := openNew(t)
	if _, err := src.SaveAction(ctx, a.ID, assessment.Action{Ref: refOf(t, assessment.Tick), Gap: "g", Action: "guidance", Draft: true}); err != nil {
		t.Fatal(err)
	}
	var file strings.Builder
	if err := src.ExportJSON(ctx, &file); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(file.String(), `"draft": true`) {
		t.Errorf("the export does not mark the draft: %s", file.String())
	}
	dst := openAt(t, testDB(t), newClock())
	if _, err := dst.ImportJSON(ctx, strings.NewReader(file.String()), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	cur, _ := dst.Current(ctx)
	r, _ := dst.Record(ctx, cur.ID)
	if len(r.Actions) != 1 || !r.Actions[0].Draft {
		t.Errorf("imported actions %+v, want one draft", r.Actions)
	}
}
