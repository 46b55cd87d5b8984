package store

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// exportOf exports a store to JSON text.
func exportOf(t *testing.T, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.ExportJSON(ctx, &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestAddedSupportFilesTravelInTheJSONFile(t *testing.T) {
	t.Cleanup(func() { register.UseSupport(nil) })
	src := openAt(t, testDB(t), newClock())
	if _, err := src.AddSupportFile(ctx, "esu.toml", []byte(esuFile)); err != nil {
		t.Fatal(err)
	}
	file := exportOf(t, src)
	for _, want := range []string{`"version": 5`, `"support_files": [`, `"file_name": "esu.toml"`, `ends = \"2026-10-13\"`} {
		if !strings.Contains(file, want) {
			t.Errorf("the export lacks %s", want)
		}
	}
	register.UseSupport(nil) // as on another computer: only the built-in dates
	dst := openAt(t, testDB(t), newClock())
	sum, err := dst.ImportJSON(ctx, strings.NewReader(file), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.AddedSupportFiles) != 1 || sum.AddedSupportFiles[0] != "esu.toml" {
		t.Errorf("summary %+v", sum.AddedSupportFiles)
	}
	if got := supportEnds("Windows 10"); got != "2026-10-13" {
		t.Errorf("after the import, Windows 10 ends %s", got)
	}
	files, err := dst.SupportFiles(ctx)
	if err != nil || len(files) != 1 || files[0].Name != "esu.toml" {
		t.Fatalf("files %+v, %v", files, err)
	}
	if again := exportOf(t, dst); !strings.Contains(again, `"file_name": "esu.toml"`) {
		t.Errorf("the file did not travel on:\n%s", again)
	}
	// The same file again is no conflict and adds nothing.
	sum, err = dst.ImportJSON(ctx, strings.NewReader(file), ImportOptions{Replace: true})
	if err != nil || len(sum.AddedSupportFiles) != 0 {
		t.Errorf("importing the same file again: %+v, %v", sum.AddedSupportFiles, err)
	}
}

func TestAnImportNeverSilentlyReplacesAnAddedSupportFile(t *testing.T) {
	t.Cleanup(func() { register.UseSupport(nil) })
	src := openAt(t, testDB(t), newClock())
	if _, err := src.AddSupportFile(ctx, "esu.toml", []byte(esuFile)); err != nil {
		t.Fatal(err)
	}
	file := exportOf(t, src)
	dst := openAt(t, testDB(t), newClock())
	if _, err := dst.AddSupportFile(ctx, "esu.toml", []byte(strings.Replace(esuFile, "2026-10-13", "2027-10-12", 1))); err != nil {
		t.Fatal(err)
	}
	_, err := dst.ImportJSON(ctx, strings.NewReader(file), ImportOptions{})
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 1 || !ie.Problems[0].Conflict || ie.Problems[0].Path != "support_files[0]" {
		t.Fatalf("err %v", err)
	}
	if got := supportEnds("Windows 10"); got != "2027-10-12" {
		t.Errorf("the refused import changed the dates: Windows 10 ends %s", got)
	}
	sum, err := dst.ImportJSON(ctx, strings.NewReader(file), ImportOptions{Replace: true})
	if err != nil || len(sum.AddedSupportFiles) != 1 || sum.Backup == nil {
		t.Fatalf("replacing: %+v, %v", sum, err)
	}
	if got := supportEnds("Windows 10"); got != "2026-10-13" {
		t.Errorf("after replacing, Windows 10 ends %s", got)
	}
}

func TestAnImportRefusesABrokenSupportFile(t *testing.T) {
	t.Cleanup(func() { register.UseSupport(nil) })
	src := openAt(t, testDB(t), newClock())
	if _, err := src.AddSupportFile(ctx, "esu.toml", []byte(esuFile)); err != nil {
		t.Fatal(err)
	}
	file := strings.Replace(exportOf(t, src), `ends = \"2026-10-13\"`, `ends = \"soon\"`, 1)
	dst := openAt(t, testDB(t), newClock())
	_, err := dst.ImportJSON(ctx, strings.NewReader(file), ImportOptions{})
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 1 || ie.Problems[0].Path != "support_files[0].content" ||
		!strings.Contains(ie.Problems[0].Message, `system 1 (Windows 10): ends`) {
		t.Fatalf("err %v", err)
	}
	if files, _ := dst.SupportFiles(ctx); len(files) != 0 {
		t.Errorf("a refused import stored %+v", files)
	}
}
