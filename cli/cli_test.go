package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testVersion stands in for the version main reads from FyneApp.toml.
const testVersion = "9.8.7"

// run runs the command line and returns the exit status, stdout and stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errOut, Version: testVersion, Now: func() time.Time { return time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC) },
		OpenWindow: func(WindowOptions) int { t.Fatal("the window should not open"); return 0 }}
	code := Run(args, env)
	return code, out.String(), errOut.String()
}

func TestQuestionsCSVHasThePublishedCounts(t *testing.T) {
	code, out, _ := run(t, "questions", "--format", "csv")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "ref,group,level,answer_type,ndg_standard,confidence,question" {
		t.Errorf("header %v", rows[0])
	}
	rows = rows[1:]
	if len(rows) != 45 {
		t.Fatalf("%d rows, want 45", len(rows))
	}
	count := map[string][2]int{}
	for _, r := range rows {
		c := count[r[1]]
		if r[2] == "AS" {
			c[0]++
		} else if r[2] != "SM" {
			t.Errorf("%s: level %q", r[0], r[2])
		}
		c[1]++
		count[r[1]] = c
	}
	want := map[string][2]int{"Staffing and roles": {4, 7}, "Policies and procedures": {10, 12}, "Data security": {5, 9}, "IT systems and devices": {7, 17}}
	for g, w := range want {
		if count[g] != w {
			t.Errorf("%s: %v, want %v", g, count[g], w)
		}
	}
}

func TestQuestionsJSONAndEditions(t *testing.T) {
	_, out, _ := run(t, "questions", "--format", "json", "--edition", "2024-25")
	var rows []questionRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 43 {
		t.Fatalf("2024-25 as JSON: %d rows, %v", len(rows), err)
	}
	if rows[0].Ref == "" || rows[0].NDGTitle == "" || rows[0].Question == "" {
		t.Errorf("first row %+v", rows[0])
	}
}

func TestBadArgumentsExitWithStatus2(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"},
		{"questions", "--format", "xml"},
		{"questions", "--edition", "1999-00"},
		{"questions", "--nonsense"},
		{"export", "--format", "json"},
		{"export", "-o", "x.pdf"},
		{"import"},
		{"--demo", "--db", "x.db"},
		{"stray"},
	} {
		code, out, errOut := run(t, args...)
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		if code != ExitUsage || out != "" || len(lines) != 1 || !strings.HasPrefix(lines[0], "dsptdesk: ") || !strings.Contains(errOut, "usage: ") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		code, out, _ := run(t, args...)
		if !strings.HasPrefix(out, "DSPT Desk "+testVersion+" helps a care home") {
			t.Errorf("%v: help starts %.40q", args, out)
		}
		for _, want := range []string{"questions", "export", "import", "--db", "--demo", "--format", "--replace", "--edition", "--startup-timing"} {
			if code != ExitOK || !strings.Contains(out, want) {
				t.Errorf("%v: exit %d, help lacks %q", args, code, want)
			}
		}
	}
	for _, args := range [][]string{{"--version"}, {"version"}} {
		if code, out, _ := run(t, args...); code != ExitOK || out != "DSPT Desk "+testVersion+"\n" {
			t.Errorf("%v: %d %q", args, code, out)
		}
	}
}

func TestExportAndImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "rosewood.json")
	if code, _, errOut := run(t, "export", "--demo", "--format", "json", "-o", file); code != ExitOK {
		t.Fatalf("export: %d %s", code, errOut)
	}
	db := filepath.Join(dir, "copy.db")
	code, out, errOut := run(t, "import", "--db", db, file)
	if code != ExitOK || !strings.Contains(out, "Imported") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	if code, _, errOut := run(t, "import", "--db", db, file); code != ExitError || !strings.Contains(errOut, "replace") {
		t.Errorf("a second import should refuse to replace: %d %q", code, errOut)
	}
	if code, out, _ := run(t, "import", "--db", db, "--replace", file); code != ExitOK || !strings.Contains(out, "backed up") {
		t.Errorf("import --replace: %d %q", code, out)
	}
	pdf := filepath.Join(dir, "pack.pdf")
	if code, _, errOut := run(t, "export", "--db", db, "--format", "pdf", "-o", pdf); code != ExitOK {
		t.Fatalf("pdf export: %d %s", code, errOut)
	}
	if data, _ := os.ReadFile(pdf); !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Error("the PDF export did not write a PDF")
	}
}

func TestImportOfABadFileExplainsAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"format":"dsptdesk","version":99}`), 0o600)
	code, _, errOut := run(t, "import", "--db", filepath.Join(dir, "x.db"), bad)
	if code != ExitError || !strings.Contains(errOut, "nothing was imported") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
