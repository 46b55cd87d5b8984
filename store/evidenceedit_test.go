package store

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestUpdateEvidence(t *testing.T) {
	s, a := openNew(t)
	ref := refOf(t, assessment.Document)
	dir := t.TempDir()
	first, moved := filepath.Join(dir, "Policy.pdf"), filepath.Join(dir, "Policies", "Policy.pdf")
	e, err := s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: ref, Kind: assessment.EvidenceFile, Location: first, Note: "v1"})
	if err != nil {
		t.Fatal(err)
	}
	other, _ := s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: ref, Kind: assessment.EvidenceFile, Location: filepath.Join(dir, "Other.pdf")})
	fp := assessment.FileFingerprint{Size: 9, ModTime: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC), SHA256: strings.Repeat("c", 64)}

	got, err := s.UpdateEvidence(ctx, assessment.Evidence{ID: e.ID, Location: "  " + moved + " ", Note: "v2, " + awkwardText, File: fp,
		Ref: "ignored", Kind: assessment.EvidencePaper, CheckedHere: true})
	if err != nil {
		t.Fatal(err)
	}
	want := e
	want.Location, want.Note, want.File = moved, "v2, "+awkwardText, fp
	if got != want {
		t.Errorf("UpdateEvidence returned %+v, want %+v", got, want)
	}
	r, _ := s.Record(ctx, a.ID)
	if r.Evidence[0] != want || len(r.Evidence) != 2 {
		t.Errorf("stored %+v, want %+v first", r.Evidence, want)
	}

	_, err = s.UpdateEvidence(ctx, assessment.Evidence{ID: e.ID, Location: other.Location})
	wantCode(t, err, assessment.EConflict)
	if unchecked, err := s.UpdateEvidence(ctx, assessment.Evidence{ID: other.ID, Location: other.Location, Note: "new note"}); err != nil || unchecked.CheckedHere {
		t.Errorf("an edit that does not say the place was checked here: %+v, %v", unchecked, err)
	}
	_, err = s.UpdateEvidence(ctx, assessment.Evidence{ID: e.ID, Location: "   "})
	wantCode(t, err, assessment.EInvalid)
	_, err = s.UpdateEvidence(ctx, assessment.Evidence{ID: 999, Location: moved})
	wantCode(t, err, assessment.ENotFound)
	if r2, _ := s.Record(ctx, a.ID); r2.Evidence[0] != want {
		t.Errorf("a refused edit changed the evidence: %+v", r2.Evidence[0])
	}
}

func TestUpdateEvidenceLinkGetsHTTPS(t *testing.T) {
	s, a := openNew(t)
	ref := refOf(t, assessment.Document)
	e, err := s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: ref, Kind: assessment.EvidenceLink, Location: "www.rosewood.example.org/privacy"})
	if err != nil || e.Location != "https://www.rosewood.example.org/privacy" {
		t.Fatalf("AddEvidence = %+v, %v; want https:// added", e, err)
	}
	e, err = s.UpdateEvidence(ctx, assessment.Evidence{ID: e.ID, Location: "rosewood.example.org/notice", File: assessment.FileFingerprint{Size: 1, SHA256: strings.Repeat("a", 64)}})
	if err != nil || e.Location != "https://rosewood.example.org/notice" || e.File != (assessment.FileFingerprint{}) {
		t.Errorf("UpdateEvidence = %+v, %v", e, err)
	}
	_, err = s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: ref, Kind: assessment.EvidenceLink, Location: "the intranet"})
	wantCode(t, err, assessment.EInvalid)
}

func TestLockedEvidenceCanBeCheckedButNotEdited(t *testing.T) {
	s, a := openNew(t)
	e, _ := s.AddEvidence(ctx, a.ID, assessment.Evidence{Ref: refOf(t, assessment.Document), Kind: assessment.EvidenceFolder, Location: t.TempDir()})
	if _, err := s.db.Exec("UPDATE evidence SET checked_here = 0 WHERE id = ?", e.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Publish(ctx, a.ID, time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC), assessment.ApproachingStandards); err != nil {
		t.Fatal(err)
	}
	_, err := s.UpdateEvidence(ctx, assessment.Evidence{ID: e.ID, Location: e.Location, Note: "new"})
	wantCode(t, err, assessment.ELocked)
	if err := s.MarkEvidenceChecked(ctx, e.ID); err != nil {
		t.Fatalf("marking a published year's evidence as checked: %v", err)
	}
	r, _ := s.Record(ctx, a.ID)
	if !r.Evidence[0].CheckedHere || r.Evidence[0].Note != "" {
		t.Errorf("after MarkEvidenceChecked: %+v", r.Evidence[0])
	}
	wantCode(t, s.MarkEvidenceChecked(ctx, 999), assessment.ENotFound)
}

func TestImportedEvidenceIsNotCheckedHere(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	src := strings.Replace(validFile(t), `"kind": "paper", "location": "Office cabinet"`, `"kind": "link", "location": "www.rosewood.example.org/privacy"`, 1)
	if _, err := s.ImportJSON(ctx, strings.NewReader(src), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	a, _ := s.Current(ctx)
	r, _ := s.Record(ctx, a.ID)
	if len(r.Evidence) != 2 || r.Evidence[0].CheckedHere || r.Evidence[1].CheckedHere {
		t.Fatalf("imported evidence marked as checked here: %+v", r.Evidence)
	}
	if r.Evidence[1].Location != "https://www.rosewood.example.org/privacy" {
		t.Errorf("imported link stored as %q, want https:// added", r.Evidence[1].Location)
	}
	if c := assessment.CheckEvidence(r.Evidence[0]); c != assessment.EvidenceNotChecked {
		t.Errorf("imported file: %v, want not checked", c)
	}
	if err := s.MarkEvidenceChecked(ctx, r.Evidence[0].ID); err != nil {
		t.Fatal(err)
	}
	if r, _ = s.Record(ctx, a.ID); !r.Evidence[0].CheckedHere {
		t.Error("MarkEvidenceChecked did not stick")
	}
}

// TestUpgradeMarksNetworkEvidenceUnchecked: schema 4 keeps existing local
// evidence as checked and marks UNC and file:// locations as not.
func TestUpgradeMarksNetworkEvidenceUnchecked(t *testing.T) {
	path := testDB(t)
	withMigrations(t, firstMigrations(t, 3))
	s := openAt(t, path, newClock())
	a, _ := s.Current(ctx)
	ref := refOf(t, assessment.Document)
	locs := map[string]bool{filepath.Join(t.TempDir(), "x.pdf"): true, `C:\Records\x.pdf`: true, `\\server\share\x.pdf`: false,
		`//server/share/y.pdf`: false, `file://server/share/z.pdf`: false, `FILE:///C:/x.pdf`: false, `\/server\share\w.pdf`: false}
	for loc := range locs {
		if _, err := s.db.Exec("INSERT INTO evidence (assessment_id, ref, kind, location, added_at) VALUES (?, ?, 'file', ?, '2026-01-01T00:00:00Z')", a.ID, ref, loc); err != nil {
			t.Fatal(err)
		}
	}
	s.db.Exec("INSERT INTO evidence (assessment_id, ref, kind, location, added_at) VALUES (?, ?, 'paper', '\\\\not a path', '2026-01-01T00:00:00Z')", a.ID, ref)
	s.Close()
	migrationFS = embeddedMigrations
	s = openAt(t, path, newClock())
	r, _ := s.Record(ctx, a.ID)
	for _, e := range r.Evidence {
		if want, ok := locs[e.Location]; ok && e.CheckedHere != want {
			t.Errorf("%s: checked here %v, want %v", e.Location, e.CheckedHere, want)
		} else if !ok && !e.CheckedHere {
			t.Errorf("paper evidence %q marked unchecked", e.Location)
		}
	}
	if len(r.Evidence) != len(locs)+1 {
		t.Errorf("%d evidence after the upgrade", len(r.Evidence))
	}
}
