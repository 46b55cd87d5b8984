package cli

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// databaseWithStaff makes a database whose assessment has one person in
// the staff register and one breach.
func databaseWithStaff(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "dspt.db")
	bank, err := assessment.DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(path, store.Options{Bank: bank, Now: func() time.Time { return time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	a, err := st.Current(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.AddRegisterRows(ctx, a.ID, "staff", []register.Values{{"name": "Jo Bloggs", "type": "employee"}}); err != nil {
		t.Fatal(err)
	}
	if err := st.AddRegisterRows(ctx, a.ID, "incidents", []register.Values{{"found": "2026-02-01", "what": "Letter to the wrong family", "type": "wrong_person"}}); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfText is the text of a PDF, by pdftotext.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (run `make deps`)")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestExportCanLeaveOutRegisterAppendices: the pdf prints every register's
// appendix unless --leave-out names it or --no-registers leaves all out.
func TestExportCanLeaveOutRegisterAppendices(t *testing.T) {
	db := databaseWithStaff(t)
	pack := func(args ...string) string {
		t.Helper()
		path := filepath.Join(t.TempDir(), "pack.pdf")
		if code, _, errOut := run(t, append([]string{"export", "--db", db, "--format", "pdf", "-o", path}, args...)...); code != ExitOK {
			t.Fatalf("export %v: %d %s", args, code, errOut)
		}
		return pdfText(t, path)
	}
	all := pack()
	for _, want := range []string{"Appendix A: Staff and training", "Jo Bloggs", "Appendix B: Breaches and near misses", "Letter to the wrong family"} {
		if !strings.Contains(all, want) {
			t.Errorf("the pack lacks %q", want)
		}
	}
	some := pack("--leave-out", "staff, Incidents")
	if strings.Contains(some, "Jo Bloggs") || strings.Contains(some, "Letter to the wrong family") || !strings.Contains(some, "Appendix A: Spot checks") {
		t.Error("--leave-out staff,incidents did not leave just those out")
	}
	if none := pack("--no-registers"); strings.Contains(none, "Appendix") {
		t.Error("--no-registers still prints appendices")
	}
	for _, c := range [][]string{{"--leave-out", "pets"}, {"--format", "xlsx", "--no-registers"}} {
		args := append([]string{"export", "--db", db, "--format", "pdf", "-o", filepath.Join(t.TempDir(), "x")}, c...)
		if code, _, errOut := run(t, args...); code != ExitUsage || !strings.Contains(errOut, "--") {
			t.Errorf("%v: %d %q", c, code, errOut)
		}
	}
}
