package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

func TestSupportAddAndList(t *testing.T) {
	t.Cleanup(func() { register.UseSupport(nil) })
	dir := t.TempDir()
	db := filepath.Join(dir, "dspt.db")
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("checked_on = \"2026-12-01\"\n[[systems]]\nname = \"Windows 10\"\nends = \"soon\"\ncertainty = \"reported\"\n"), 0o600)
	code, out, errOut := run(t, "support", "add", "--db", db, bad)
	if code != ExitError || !strings.Contains(errOut, "nothing was added") || !strings.Contains(errOut, "system 1 (Windows 10): ends:") || !strings.Contains(errOut, "source:") {
		t.Fatalf("a bad file: exit %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a refused file left a new database behind")
	}
	good := filepath.Join(dir, "esu.toml")
	os.WriteFile(good, []byte("checked_on = \"2026-12-01\"\n[[systems]]\nname = \"Windows 10\"\nends = \"2026-10-13\"\ncertainty = \"reported\"\nsource = \"https://example.org/esu\"\n"), 0o600)
	code, out, errOut = run(t, "support", "add", "--db", db, good)
	if code != ExitOK || !strings.Contains(out, "Added end-of-support dates for 1 system") || !strings.Contains(out, "Made a new DSPT Desk file") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = run(t, "support", "list", "--db", db)
	if code != ExitOK || !strings.Contains(out, "13/10/2026") || !strings.Contains(out, "from esu.toml") || !strings.Contains(out, "Windows 11 24H2 (Home and Pro)") {
		t.Errorf("list: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t, "support", "remove"); code != ExitUsage {
		t.Errorf("an unknown support command: exit %d", code)
	}
}
