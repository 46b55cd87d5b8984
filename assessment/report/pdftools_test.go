package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// needTool skips the test when a command-line tool is missing; `make deps`
// installs them (poppler-utils and qpdf) for CI.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s is not installed (run `make deps`, which installs poppler-utils and qpdf)", name)
	}
}

// writePDF renders in into a file in a temporary folder and returns its path.
func writePDF(t *testing.T, in Input) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pack.pdf")
	if err := WriteFile(path, in); err != nil {
		t.Fatalf("WriteFile: %v", err)
	}
	return path
}

// run runs a tool and returns its standard output, failing the test on error.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	needTool(t, name)
	var out, errb bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

// pages extracts the text of each page with pdftotext.
func pages(t *testing.T, path string, args ...string) []string {
	t.Helper()
	out := run(t, "pdftotext", append(append([]string{"-enc", "UTF-8"}, args...), path, "-")...)
	ps := strings.Split(out, "\f")
	if len(ps) > 0 && strings.TrimSpace(ps[len(ps)-1]) == "" {
		ps = ps[:len(ps)-1]
	}
	return ps
}

var pageLine = regexp.MustCompile(`^Page \d+ of \d+$`)

// isRunning reports whether a line of extracted text belongs to the
// footer, or is a "(continued)" caption. The header is handled by bodyLines.
func isRunning(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasPrefix(l, "Printed ") && strings.Contains(l, " by DSPT Desk ") ||
		pageLine.MatchString(l) ||
		strings.HasSuffix(l, "(continued)")
}

// pageBody is one page's lines without its running header (the first line
// with the organisation's name and the first with the edition, on every
// page after the cover), footer and continuation captions.
func pageBody(in Input, page string, cover bool) []string {
	header := map[string]bool{}
	if !cover {
		header[orgName(in.Profile)] = true
		header["Data Security and Protection Toolkit "+in.Edition.ID] = true
	}
	var out []string
	for _, l := range strings.Split(page, "\n") {
		if k := strings.TrimSpace(l); header[k] {
			delete(header, k)
			continue
		}
		if !isRunning(l) {
			out = append(out, l)
		}
	}
	return out
}

// bodyLines is the extracted text of every page without the running
// header, footer and continuation captions, as one list of lines.
func bodyLines(t *testing.T, in Input, path string, args ...string) []string {
	t.Helper()
	var out []string
	for i, p := range pages(t, path, args...) {
		out = append(out, pageBody(in, p, i == 0)...)
	}
	return out
}

// squash removes all white space, so text can be found however it wrapped.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// keepSample copies a rendered PDF to $DSPT_REPORT_DIR, when set, for a person to look at.
func keepSample(t *testing.T, path, name string) {
	dir := os.Getenv("DSPT_REPORT_DIR")
	if dir == "" {
		return
	}
	data, err := os.ReadFile(path)
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	if err != nil {
		t.Logf("keeping %s: %v", name, err)
	}
}
