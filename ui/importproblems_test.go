package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/store"
)

// manyProblems is a refused import with n problems.
func manyProblems(n int) *store.ImportError {
	bad := &store.ImportError{Problems: make([]store.Problem, n)}
	for i := range bad.Problems {
		bad.Problems[i] = store.Problem{Path: fmt.Sprintf("assessments[0].answers[%d].ref", i), Line: i + 2, Message: `there is no question "9.9.9" in the 2025-26 toolkit`}
	}
	return bad
}

// TestALongListOfImportProblemsShowsTheFirstHundred checks that 200,000
// problems show as the first 100 and a count, and that the full list can
// be saved as a text file.
func TestALongListOfImportProblemsShowsTheFirstHundred(t *testing.T) {
	td := newTestDesk(t, nil)
	bad := manyProblems(200_000)
	td.showImportProblems(bad)
	td.settle()
	got := overlayText(td.win.Canvas())
	for _, want := range []string{"Nothing was imported. The file has 200,000 problems; here are the first 100:",
		"line 101, assessments[0].answers[99].ref:", "… and 199,900 more. Save the full list to see them all.", "Save the full list…"} {
		if !strings.Contains(got, want) {
			t.Errorf("the dialog lacks %q", want)
		}
	}
	if strings.Contains(got, "answers[100].ref") {
		t.Error("the dialog shows more than the first 100 problems")
	}
	// overlayText sees each label twice (the label and the text it draws).
	if n := strings.Count(got, "\n"); n > 2*(shownProblems+10) {
		t.Errorf("the dialog has %d lines of text", n)
	}

	path := filepath.Join(t.TempDir(), "import-problems.txt")
	td.writeProblems(path, bad)
	td.bg.wait()
	td.settle()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != 200_001 || !strings.Contains(lines[200_000], "line 200001, assessments[0].answers[199999].ref") {
		t.Errorf("the saved list has %d lines, ending %q", len(lines), lines[len(lines)-1])
	}
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "saved to "+path) {
		t.Errorf("after saving, the dialog says %q", got)
	}
}

// TestAShortListOfImportProblemsIsShownWhole checks a list that fits: all
// of it, no count and no offer to save.
func TestAShortListOfImportProblemsIsShownWhole(t *testing.T) {
	for _, n := range []int{1, shownProblems} {
		text := problemsText(manyProblems(n))
		if lines := strings.Count(text, "\n") + 1; lines != n || strings.Contains(text, "more") {
			t.Errorf("%d problems: %d lines shown:\n%s", n, lines, text)
		}
	}
	if h := problemsHeading(1); h != "Nothing was imported. The file has this problem:" {
		t.Errorf("heading = %q", h)
	}
}

// BenchmarkImportProblemsDialog builds the text of the dialog for 200,000
// problems: it must not grow with the number of problems.
func BenchmarkImportProblemsDialog(b *testing.B) {
	bad := manyProblems(200_000)
	for b.Loop() {
		if s := problemsText(bad); len(s) == 0 {
			b.Fatal("no text")
		}
	}
}
