package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
