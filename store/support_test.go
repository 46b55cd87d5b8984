package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

const esuFile = `checked_on = "2026-12-01"
sources = ["https://example.org/esu"]

[[systems]]
name = "Windows 10"
maker = "Microsoft"
ends = "2026-10-13"
certainty = "reported"
source = "https://example.org/esu"
`

func supportEnds(system string) string {
	e, _ := register.Support().Lookup(system)
	return assessment.FormatDate(e.Ends)
}

func TestAnAddedSupportFileIsKeptAndUsedAfterReopening(t *testing.T) {
	t.Cleanup(func() { register.UseSupport(nil) })
	path := testDB(t)
	s := openAt(t, path, newClock())
	if got := supportEnds("Windows 10"); got != "2025-10-14" {
		t.Fatalf("built-in Windows 10 ends %s", got)
	}
	if _, err := s.AddSupportFile(ctx, "/media/usb/esu.toml", []byte(esuFile)); err != nil {
		t.Fatal(err)
	}
	if got := supportEnds("Windows 10"); got != "2026-10-13" {
		t.Errorf("after adding, Windows 10 ends %s", got)
	}
	s.Close()
	register.UseSupport(nil)
	s = openAt(t, path, newClock())
	if got := supportEnds("Windows 10"); got != "2026-10-13" {
		t.Errorf("after reopening, Windows 10 ends %s", got)
	}
	// The same file name again replaces the file rather than adding a second.
	if _, err := s.AddSupportFile(ctx, "esu.toml", []byte(strings.Replace(esuFile, "2026-10-13", "2027-10-12", 1))); err != nil {
		t.Fatal(err)
	}
	files, err := s.SupportFiles(ctx)
	if err != nil || len(files) != 1 || files[0].Name != "esu.toml" || supportEnds("Windows 10") != "2027-10-12" {
		t.Errorf("files %+v, %v; Windows 10 ends %s", files, err, supportEnds("Windows 10"))
	}
}

func TestABadSupportFileIsRefusedAndChangesNothing(t *testing.T) {
	t.Cleanup(func() { register.UseSupport(nil) })
	s := openAt(t, testDB(t), newClock())
	bad := strings.Replace(esuFile, `source = "https://example.org/esu"`+"\n", "", 1)
	_, err := s.AddSupportFile(ctx, "bad.toml", []byte(bad))
	var se *register.SupportError
	if !errors.As(err, &se) || assessment.ErrorCode(err) != assessment.EInvalid || !strings.Contains(err.Error(), "source:") {
		t.Fatalf("got %v", err)
	}
	for _, data := range [][]byte{{0xff, 0xfe}, make([]byte, MaxSupportBytes+1)} {
		if _, err := s.AddSupportFile(ctx, "x.toml", data); assessment.ErrorCode(err) != assessment.EInvalid {
			t.Errorf("got %v", err)
		}
	}
	if files, _ := s.SupportFiles(ctx); len(files) != 0 || supportEnds("Windows 10") != "2025-10-14" {
		t.Errorf("files %+v, Windows 10 ends %s", files, supportEnds("Windows 10"))
	}
}
