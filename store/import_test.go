package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestExportImportRoundTrip(t *testing.T) {
	src := openAt(t, testDB(t), newClock())
	a := fillSample(t, src, 45, 30, 12)
	src.SaveProfile(ctx, assessment.Profile{Name: "Rosewood House", ODSCode: "VNX12", RegisteredManager: awkwardText[:20]})
	on, _ := assessment.ParseDate("2026-06-01")
	if err := src.Publish(ctx, a.ID, on, assessment.ApproachingStandards); err != nil {
		t.Fatal(err)
	}
	var first bytes.Buffer
	if err := src.ExportJSON(ctx, &first); err != nil {
		t.Fatal(err)
	}

	dst := openAt(t, testDB(t), newClock())
	sum, err := dst.ImportJSON(ctx, bytes.NewReader(first.Bytes()), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Answers != 45 || sum.Evidence != 30 || sum.Actions != 12 || !sum.ProfileChanged || len(sum.Editions) != 1 || sum.Backup != nil {
		t.Errorf("summary = %+v", sum)
	}
	var second bytes.Buffer
	dst.ExportJSON(ctx, &second)
	if first.String() != second.String() {
		t.Errorf("export → import → export differs:\n%s", firstDiff(first.String(), second.String()))
	}
	list, _ := dst.Assessments(ctx)
	if len(list) != 1 || !list[0].Locked() {
		t.Errorf("the imported assessment is not published and locked: %+v", list)
	}
}

func TestExportOfAnythingSavedImports(t *testing.T) {
	src := openAt(t, testDB(t), newClock())
	src.SaveProfile(ctx, assessment.Profile{Name: "Oak Lodge", LastPublishedLevel: assessment.ApproachingStandards}) // no date known
	var buf bytes.Buffer
	src.ExportJSON(ctx, &buf)
	dst := openAt(t, testDB(t), newClock())
	if _, err := dst.ImportJSON(ctx, &buf, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d lines", len(la), len(lb))
}

// validFile returns a small valid import file for the test bank.
func validFile(t testing.TB) string {
	tick, text, doc := naRefOf(t, assessment.Tick, false), refOf(t, assessment.Text), naRefOf(t, assessment.Document, true)
	return fmt.Sprintf(`{
  "format": "dsptdesk",
  "version": 2,
  "exported_at": "2026-11-23T10:15:00Z",
  "profile": {
    "name": "Rosewood House",
    "ods_code": "VNX12",
    "cyber_essentials_expiry": "2027-03-31",
    "last_published_level": "none"
  },
  "assessments": [
    {
      "edition": "2025-26",
      "state": "in_progress",
      "created_at": "2026-09-01T09:00:00Z",
      "answers": [
        {"ref": "%[1]s", "value": "confirmed", "not_applicable": false, "comment": "", "needs_review": false, "updated_at": "2026-09-02T09:00:00Z"},
        {"ref": "%[2]s", "value": "We do.", "comment": "ok"},
        {"ref": "%[3]s", "not_applicable": true}
      ],
      "evidence": [
        {"ref": "%[3]s", "kind": "file", "location": "C:\\Policies\\DP.docx", "note": "", "added_at": "2026-09-03T09:00:00Z",
         "file": {"size": 1234, "modified": "2026-08-01T12:00:00Z", "sha256": "%[4]s"}},
        {"ref": "%[3]s", "kind": "paper", "location": "Office cabinet"}
      ],
      "actions": [
        {"ref": "%[2]s", "gap": "No log", "action": "Start one", "owner": "Sam", "target_date": "2027-01-31", "status": "in_progress", "notes": ""},
        {"ref": "", "gap": "Cyber Essentials Plus", "action": "Book it", "status": "not_started"}
      ]
    }
  ]
}
`, tick, text, doc, strings.Repeat("ab", 32))
}

func TestImportValidFile(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	sum, err := s.ImportJSON(ctx, strings.NewReader(validFile(t)), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Answers != 3 || sum.Evidence != 2 || sum.Actions != 2 {
		t.Errorf("summary = %+v", sum)
	}
	a, _ := s.Current(ctx)
	r, _ := s.Record(ctx, a.ID)
	if r.Evidence[0].File.Size != 1234 || r.Actions[1].Ref != "" || !r.Answers[naRefOf(t, assessment.Document, true)].NotApplicable {
		t.Errorf("record = %+v", r)
	}
	if p, _ := s.Profile(ctx); p.Name != "Rosewood House" || p.CEExpiry.IsZero() {
		t.Errorf("profile = %+v", p)
	}
}

func TestImportReportsEveryProblemAndWritesNothing(t *testing.T) {
	tick, text := refOf(t, assessment.Tick), refOf(t, assessment.Text)
	cases := []struct {
		name       string
		old, new   string
		path, line string // the problem expected, and its line
	}{
		{"unknown ref", `"ref": "` + text + `", "value": "We do."`, `"ref": "99.1.1", "value": "We do."`, "assessments[0].answers[1].ref", "line 18"},
		{"wrong answer type", `"value": "confirmed"`, `"value": "yes please"`, "assessments[0].answers[0].value", "line 17"},
		{"value not a string", `"value": "confirmed"`, `"value": true`, "assessments[0].answers[0].value", "line 17"},
		{"oversized", `"value": "We do."`, `"value": "` + strings.Repeat("w", assessment.MaxLongText+1) + `"`, "assessments[0].answers[1].value", "line 18"},
		{"control character", `"comment": "ok"`, `"comment": "ok\u0007"`, "assessments[0].answers[1].comment", "line 18"},
		{"impossible date", `"target_date": "2027-01-31"`, `"target_date": "2027-02-30"`, "assessments[0].actions[0].target_date", "line 27"},
		{"impossible time", `"added_at": "2026-09-03T09:00:00Z"`, `"added_at": "2026-09-31T09:00:00Z"`, "assessments[0].evidence[0].added_at", "line 22"},
		{"impossible expiry", `"2027-03-31"`, `"31/03/2027"`, "profile.cyber_essentials_expiry", "line 8"},
		{"duplicate answer", `{"ref": "` + text + `", "value": "We do."`, `{"ref": "` + tick + `", "value": ""`, "assessments[0].answers[1]", "line 18"},
		{"duplicate evidence", `"kind": "paper", "location": "Office cabinet"`, `"kind": "file", "location": "C:\\Policies\\DP.docx"`, "assessments[0].evidence[1]", "line 24"},
		{"duplicate key", `"ods_code": "VNX12"`, `"ods_code": "VNX12", "ods_code": "V2"`, "profile.ods_code", "line 7"},
		{"unknown field", `"not_applicable": true}`, `"not_applicable": true, "colour": "red"}`, "assessments[0].answers[2].colour", "line 19"},
		{"unknown kind", `"kind": "paper"`, `"kind": "photo"`, "assessments[0].evidence[1].kind", "line 24"},
		{"unknown status", `"status": "not_started"`, `"status": "someday"`, "assessments[0].actions[1].status", "line 28"},
		{"unknown edition", `"edition": "2025-26"`, `"edition": "2019-20"`, "assessments[0].edition", "line 13"},
		{"bad fingerprint", `"size": 1234`, `"size": -5`, "assessments[0].evidence[0].file.sha256", "line 23"},
		{"fingerprint for paper", `"location": "Office cabinet"`, `"location": "Office cabinet", "file": {"size": 1, "modified": "2026-01-01T00:00:00Z", "sha256": "` + strings.Repeat("ab", 32) + `"}`, "assessments[0].evidence[1].file", "line 24"},
		{"published without a date", `"state": "in_progress"`, `"state": "published"`, "assessments[0]", "line 12"},
		{"missing ref", `{"ref": "", "gap": "Cyber`, `{"gap": "Cyber`, "", ""}, // an action may have no ref: no problem
		{"a web link that is not one", `"kind": "paper", "location": "Office cabinet"`, `"kind": "link", "location": "Office cabinet"`, "assessments[0].evidence[1].location", "line 24"},
		{"missing location", `, "location": "Office cabinet"`, ``, "assessments[0].evidence[1].location", "line 24"},
		{"N/A where not allowed", `"value": "confirmed", "not_applicable": false`, `"value": "", "not_applicable": true`, "assessments[0].answers[0].not_applicable", "line 17"},
		{"newer version", `"version": 2`, `"version": 6`, "version", "line 3"},
		{"not our format", `"format": "dsptdesk"`, `"format": "cset"`, "format", "line 2"},
		{"syntax error", `"name": "Rosewood House",`, `"name": "Rosewood House",,`, "the file", "line 6"},
		{"cut short", "  ]\n}\n", "  ]\n", "the file", "line 32"},
		{"two assessments", "    }\n  ]", "    },\n    {\"edition\": \"2025-26\"}\n  ]", "assessments[1]", "line 31"},
		{"not UTF-8", `"Rosewood House"`, "\"Rosewood \xff House\"", "the file", "line 6"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			file := validFile(t)
			if !strings.Contains(file, tc.old) {
				t.Fatalf("the test file has no %q", tc.old)
			}
			file = strings.Replace(file, tc.old, tc.new, 1)
			s := openAt(t, testDB(t), newClock())
			_, err := s.ImportJSON(ctx, strings.NewReader(file), ImportOptions{})
			if tc.path == "" {
				if err != nil {
					t.Fatalf("unexpected problem: %v", err)
				}
				return
			}
			var ie *ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an *ImportError", err)
			}
			wantCode(t, err, assessment.EInvalid)
			if want := tc.line + ", " + tc.path + ":"; !strings.Contains(err.Error(), want) {
				t.Errorf("the problems do not include %q:\n%v", want, err)
			}
			if list, _ := s.Assessments(ctx); len(list) != 0 {
				t.Error("an invalid file was partly imported")
			}
			if p, _ := s.Profile(ctx); p != (assessment.Profile{}) {
				t.Error("an invalid file changed the profile")
			}
		})
	}
}

func TestImportListsAllProblemsAtOnce(t *testing.T) {
	file := strings.NewReplacer(`"value": "confirmed"`, `"value": "nope"`, `"2027-01-31"`, `"2027-13-01"`, `"kind": "paper"`, `"kind": "fax"`).Replace(validFile(t))
	s := openAt(t, testDB(t), newClock())
	_, err := s.ImportJSON(ctx, strings.NewReader(file), ImportOptions{})
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 3 {
		t.Fatalf("want 3 problems, got %v", err)
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "The file cannot be imported, so nothing has been changed. Fix these 3 problems") {
		t.Errorf("Error() =\n%s", err)
	}
	if assessment.ErrorMessage(err) != err.Error() {
		t.Error("ErrorMessage does not give the list of problems")
	}
}

func TestImportNeverSilentlyReplaces(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	a, _ := s.CreateAssessment(ctx, "2025-26") // the year of the file to import
	ref := refOf(t, assessment.Text)
	saveText(t, s, ref, "typed before the import")
	s.SaveProfile(ctx, assessment.Profile{Name: "Another Home"})

	_, err := s.ImportJSON(ctx, strings.NewReader(validFile(t)), ImportOptions{})
	wantCode(t, err, assessment.EConflict)
	for _, want := range []string{"assessments[0]: this database already has an assessment for 2025-26", "profile: this database already has a different organisation profile"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the refusal does not say %q:\n%v", want, err)
		}
	}
	if got := answerValue(t, s, ref); got != "typed before the import" {
		t.Fatalf("a refused import changed an answer: %q", got)
	}

	sum, err := s.ImportJSON(ctx, strings.NewReader(validFile(t)), ImportOptions{Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Backup == nil || len(sum.Replaced) != 1 || !sum.ProfileChanged {
		t.Fatalf("summary = %+v", sum)
	}
	if got := answerValue(t, s, ref); got != "We do." {
		t.Errorf("after replacing: %q", got)
	}
	if _, err := s.Record(ctx, a.ID); assessment.ErrorCode(err) != assessment.ENotFound {
		t.Errorf("the replaced assessment is still there: %v", err)
	}
	old := openAt(t, testDB(t), newClock())
	old.Close()
	b, err := Open(sum.Backup.Path, Options{Bank: testBank(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if got := answerValue(t, b, ref); got != "typed before the import" {
		t.Errorf("the backup made before replacing holds %q", got)
	}
}

// The example in docs/json-format.md must stay a valid file.
func TestDocumentedExampleImports(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "json-format.md"))
	if err != nil {
		t.Skipf("docs not found: %v", err)
	}
	_, rest, ok := strings.Cut(string(doc), "```json\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("no JSON example in docs/json-format.md")
	}
	s := openAt(t, testDB(t), newClock())
	sum, err := s.ImportJSON(ctx, strings.NewReader(example), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Answers != 2 || sum.Evidence != 2 || sum.Actions != 1 || sum.RegisterRows != 2 {
		t.Errorf("summary = %+v", sum)
	}
	cur, _ := s.Current(ctx)
	if r, _ := s.Record(ctx, cur.ID); len(r.Wording) != 2 {
		t.Errorf("wording checks imported: %+v", r.Wording)
	}
}
