package store

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// withItems adds n generated entries to the evidence or actions list of
// validFile; each is made by entry(i).
func withItems(t *testing.T, list string, n int, entry func(i int) string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(entry(i) + ",\n")
	}
	file := validFile(t)
	marker := `"` + list + `": [` + "\n"
	if !strings.Contains(file, marker) {
		t.Fatalf("no %q in the test file", marker)
	}
	return strings.Replace(file, marker, marker+b.String(), 1)
}

func paperEntry(ref string) func(int) string {
	return func(i int) string {
		return fmt.Sprintf(`{"ref": %q, "kind": "paper", "location": "Cabinet %d"}`, ref, i)
	}
}

func actionEntry(text string) func(int) string {
	return func(i int) string { return fmt.Sprintf(`{"gap": "Gap %d", "action": %q}`, i, text) }
}

// TestImportEnforcesTheSizeLimits checks each limit that keeps a PDF
// export comfortable: at the limit the file is imported, one beyond it is
// refused with a message naming the limit.
func TestImportEnforcesTheSizeLimits(t *testing.T) {
	ref := refOf(t, assessment.Text)
	long := strings.Repeat("x", assessment.MaxLongText)
	textAt := func(extra int) string { // actions filling the text limit, plus extra characters
		n := (assessment.MaxAssessmentText - 100) / assessment.MaxLongText
		file := withItems(t, "actions", n, actionEntry(long))
		return strings.Replace(file, `"notes": ""`, fmt.Sprintf(`"notes": %q`, strings.Repeat("y", assessment.MaxAssessmentText-textIn(t, file)+extra)), 1)
	}
	cases := []struct {
		name, ok, over, want string
	}{
		{"evidence", withItems(t, "evidence", assessment.MaxEvidencePerAssessment-2, paperEntry(ref)), withItems(t, "evidence", assessment.MaxEvidencePerAssessment-1, paperEntry(ref)),
			"assessments[0].evidence: has 2,001 evidence records; DSPT Desk imports at most 2,000 for one year's assessment"},
		{"actions", withItems(t, "actions", assessment.MaxActionsPerAssessment-2, actionEntry("Do it")), withItems(t, "actions", assessment.MaxActionsPerAssessment-1, actionEntry("Do it")),
			"assessments[0].actions: has 1,001 actions; DSPT Desk imports at most 1,000 for one year's assessment"},
		{"text", textAt(0), textAt(1), "assessments[0]: holds 5,000,001 characters of text; DSPT Desk imports at most 5,000,000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openAt(t, testDB(t), newClock())
			if _, err := s.ImportJSON(ctx, strings.NewReader(tc.over), ImportOptions{}); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("one beyond the limit: err = %v, want %q", err, tc.want)
			}
			if list, _ := s.Assessments(ctx); len(list) != 0 {
				t.Fatal("a file beyond the limits was imported")
			}
			if _, err := s.ImportJSON(ctx, strings.NewReader(tc.ok), ImportOptions{}); err != nil {
				t.Fatalf("at the limit: %v", err)
			}
		})
	}
}

// textIn counts the characters of text in the first assessment of file.
func textIn(t *testing.T, file string) int {
	plan, problems := checkImport([]byte(file), testBank(t), newClock().Now())
	if len(problems) > 0 || len(plan.assessments) != 1 {
		t.Fatalf("the test file has problems: %v", problems)
	}
	return assessmentText(plan.assessments[0])
}

func TestImportRefusesAFileOverTheSizeLimit(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	big := bytes.Repeat([]byte(" "), MaxImportBytes+1)
	_, err := s.ImportJSON(ctx, bytes.NewReader(big), ImportOptions{})
	var ie *ImportError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "larger than 64 MB, the most DSPT Desk imports") {
		t.Fatalf("err = %v", err)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 5_000_000: "5,000,000", -12345: "-12,345"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
