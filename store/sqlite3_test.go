package store

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// The file is no secret: the standard sqlite3 client can read every table.
func TestSQLite3ClientReadsEveryTable(t *testing.T) {
	bin, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("the sqlite3 command-line client is not installed")
	}
	path := testDB(t)
	s := openAt(t, path, newClock())
	fillSample(t, s, 3, 4, 2)
	s.Close()
	tables, err := exec.Command(bin, "-readonly", path, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").Output()
	if err != nil {
		t.Fatalf("sqlite3 could not list the tables: %v", err)
	}
	names := strings.Fields(string(tables))
	want := "actions answer_history answers assessments editions entered_online evidence profile register_history register_rows register_settings schema_migrations sqlite_sequence support_files wording_checks"
	if strings.Join(names, " ") != want {
		t.Errorf("tables = %v, want %s", names, want)
	}
	for _, name := range names {
		out, err := exec.Command(bin, "-readonly", "-json", path, "SELECT * FROM "+name).CombinedOutput()
		if err != nil {
			t.Errorf("sqlite3 could not read %s: %v\n%s", name, err, out)
		}
	}
	out, _ := exec.Command(bin, "-readonly", path, "SELECT ref, value FROM answers ORDER BY ref LIMIT 1").Output()
	if !strings.Contains(string(out), "|") {
		t.Errorf("answers read by sqlite3: %q", out)
	}
}

// fillSample gives the current assessment answers, evidence and actions.
func fillSample(t testing.TB, s *Store, answers, evidence, actions int) assessment.Assessment {
	t.Helper()
	a, err := s.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	items := testBank(t).Latest().Items
	for i := 0; i < answers && i < len(items); i++ {
		an := sampleAnswer(items[i], i)
		if err := s.SaveAnswer(ctx, a.ID, an); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < evidence; i++ {
		e := assessment.Evidence{Ref: items[i%len(items)].Ref, Kind: assessment.EvidenceKinds[i%5], Location: "Shelf " + string(rune('A'+i%26)) + strings.Repeat("/x", i/26), Note: "note"}
		switch e.Kind {
		case assessment.EvidenceFile:
			e.File = assessment.FileFingerprint{Size: int64(i), ModTime: s.nowUTC(), SHA256: strings.Repeat("0f", 32)}
		case assessment.EvidenceLink:
			e.Location = "https://intranet.example.org/" + e.Location
		}
		if _, err := s.AddEvidence(ctx, a.ID, e); err != nil {
			t.Fatal(err)
		}
	}
	target, _ := assessment.ParseDate("2027-01-31")
	for i := 0; i < actions; i++ {
		ac := assessment.Action{Ref: items[i%len(items)].Ref, Gap: "gap", Action: "do it", Owner: "Sam", TargetDate: target, Status: assessment.ActionStatuses[i%3]}
		if _, err := s.SaveAction(ctx, a.ID, ac); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

func sampleAnswer(it *assessment.Item, i int) assessment.Answer {
	a := assessment.Answer{Ref: it.Ref, Comment: "checked by the manager"}
	switch it.Answer {
	case assessment.Tick:
		a.Value = assessment.TickConfirmed
	case assessment.Text:
		a.Value = "We do this every month. " + awkwardText
	}
	a.NeedsReview = i%7 == 0
	return a
}
