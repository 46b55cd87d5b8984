package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestExportSpreadsheets writes the demo as a workbook and its action plan
// as CSV from the command line.
func TestExportSpreadsheets(t *testing.T) {
	dir := t.TempDir()
	xlsx := filepath.Join(dir, "rosewood.xlsx")
	if code, _, errOut := run(t, "export", "--demo", "--format", "xlsx", "-o", xlsx); code != ExitOK {
		t.Fatalf("xlsx export: %d %s", code, errOut)
	}
	if data, _ := os.ReadFile(xlsx); !bytes.HasPrefix(data, []byte("PK")) {
		t.Error("the xlsx export did not write a workbook")
	}
	csvPath := filepath.Join(dir, "plan.csv")
	if code, _, errOut := run(t, "export", "--demo", "--format", "csv", "-o", csvPath); code != ExitOK {
		t.Fatalf("csv export: %d %s", code, errOut)
	}
	if data, _ := os.ReadFile(csvPath); !strings.Contains(string(data), "Ref,The gap,Action,Owner,Target date") {
		t.Errorf("the csv export wrote %.80q", data)
	}
	if code, _, errOut := run(t, "export", "--demo", "--format", "docx", "-o", filepath.Join(dir, "x")); code != ExitUsage || !strings.Contains(errOut, "xlsx") {
		t.Errorf("an unknown format: %d %q", code, errOut)
	}
}

// TestExportCanLeaveOutComments: comments are exported, as in the online
// toolkit, unless --no-comments leaves them out (as the window's export
// can); the flag is refused where there are no comments to leave out.
func TestExportCanLeaveOutComments(t *testing.T) {
	dir := t.TempDir()
	comments := func(args ...string) string {
		t.Helper()
		path := filepath.Join(dir, "pack.xlsx")
		if code, _, errOut := run(t, append([]string{"export", "--demo", "--format", "xlsx", "-o", path}, args...)...); code != ExitOK {
			t.Fatalf("export %v: %d %s", args, code, errOut)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, _ := f.GetRows("Answers")
		var all []string
		for _, r := range rows[1:] {
			if len(r) > 7 {
				all = append(all, r[7])
			}
		}
		return strings.Join(all, "")
	}
	if !strings.Contains(comments(), "Induction checklist covers passwords") {
		t.Error("comments are left out by default")
	}
	if got := comments("--no-comments"); got != "" {
		t.Errorf("--no-comments still exports %.80q", got)
	}
	if code, _, errOut := run(t, "export", "--demo", "--format", "csv", "--no-comments", "-o", filepath.Join(dir, "x.csv")); code != ExitUsage || !strings.Contains(errOut, "--no-comments") {
		t.Errorf("--no-comments with csv: %d %q", code, errOut)
	}
}
