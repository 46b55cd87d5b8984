package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/internal/editiontest"
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
		for _, want := range []string{"questions", "export", "import", "--db", "--demo", "--format", "--replace", "--replace-published", "--edition", "--startup-timing", "--no-comments", "--leave-out", "--no-registers"} {
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
	code, _, errOut = run(t, "import", "--db", db, "--replace", file)
	if code != ExitError || !strings.Contains(errOut, "assessment was published and is locked") || !strings.Contains(errOut, "--replace-published") {
		t.Errorf("import --replace over a published year should refuse, saying so: %d %q", code, errOut)
	}
	if code, out, _ := run(t, "import", "--db", db, "--replace", "--replace-published", file); code != ExitOK || !strings.Contains(out, "backed up") {
		t.Errorf("import --replace --replace-published: %d %q", code, out)
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

func TestQuestionsJSONShowsTheGuidance(t *testing.T) {
	_, out, _ := run(t, "questions", "--format", "json", "--edition", "2025-26")
	var rows []questionRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Ref == "6.1.3" {
			if r.NotApplicable != "comment" || !strings.Contains(r.Guidance.NotApplicable, "high risk") || r.Guidance.Meaning == "" || r.HowOnline == "" {
				t.Errorf("6.1.3 as JSON: %+v", r)
			}
			return
		}
	}
	t.Error("no 6.1.3 in the JSON")
}

func TestEditionsAddAndList(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dspt.db")
	code, _, errOut := run(t, "editions", "add", "--db", db, filepath.Join("testdata", "2027-28.toml"))
	if code != ExitError {
		t.Fatalf("a bad file: exit %d", code)
	}
	for _, want := range []string{"nothing was added", "item 1 (2.1.1), field level", "item 2 (6.1), field answer", "item 2 (6.1), field check", "field guidance.example"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not say %q:\n%s", want, errOut)
		}
	}
	good := filepath.Join(t.TempDir(), "2027-28.toml")
	os.WriteFile(good, editiontest.File("2027-28", 1), 0o600)
	code, out, errOut := run(t, "editions", "add", "--db", db, good)
	if code != ExitOK || !strings.Contains(out, "added from 2027-28.toml on 10 March 2026, revision 1") || !strings.Contains(out, "goes live on 1 September 2027") {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	if !strings.Contains(out, "Made a new DSPT Desk file at "+db) {
		t.Errorf("adding an edition made a new file without saying where:\n%s", out)
	}
	code, out, _ = run(t, "editions", "list", "--db", db)
	if code != ExitOK || !strings.Contains(out, "2025-26  ") || !strings.Contains(out, "built in, revision 1") || !strings.Contains(out, "2027-28  ") {
		t.Errorf("list: exit %d\n%s", code, out)
	}
	if code, out, errOut := run(t, "editions", "add", "--db", db, good); code != ExitError || !strings.Contains(errOut, "revision is higher") || strings.Contains(out, "Made a new") {
		t.Errorf("same revision again: exit %d %s", code, errOut)
	}
	if code, out, errOut := run(t, "export", "--db", db, "--format", "csv", "-o", filepath.Join(t.TempDir(), "x.csv")); code != ExitOK {
		t.Fatalf("export (which starts the year live on 10 March 2026): %d %s%s", code, out, errOut)
	}
	revised := filepath.Join(t.TempDir(), "2025-26.toml")
	os.WriteFile(revised, editiontest.File("2025-26", 2), 0o600)
	if code, out, errOut := run(t, "editions", "add", "--db", db, revised); code != ExitOK || !strings.Contains(out, "uses these 2025-26 questions from now on") {
		t.Errorf("a revision of the year in use: exit %d %s%s", code, out, errOut)
	}
}

func TestADesktopIsAnXOrWaylandDisplay(t *testing.T) {
	for env, want := range map[string]bool{"": false, "DISPLAY=:0": true, "WAYLAND_DISPLAY=wayland-0": true} {
		e := Env{Getenv: func(k string) string {
			if key, val, _ := strings.Cut(env, "="); k == key {
				return val
			}
			return ""
		}}
		if got := e.hasDesktop(); got != want && runtime.GOOS == "linux" {
			t.Errorf("%q: desktop %v, want %v", env, got, want)
		}
	}
}
