package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFileDialogsRememberTheFolderForEachPurpose(t *testing.T) {
	td := newTestDesk(t, nil)
	docs, _ := documentsDir()
	if got := td.startFolder("export"); got != docs {
		t.Errorf("the first export starts in %q, want Documents %q", got, docs)
	}
	exports, evidence := t.TempDir(), t.TempDir()
	file := filepath.Join(evidence, "policy.docx")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	var got []string
	keep := func(p string) { got = append(got, p) }
	td.usePath(fileChoice{kind: pickSave, purpose: "export"}, filepath.Join(exports, "pack.pdf"), keep)
	td.usePath(fileChoice{kind: pickOpen, purpose: "evidence"}, file, keep)
	if len(got) != 2 {
		t.Fatalf("passed on %v", got)
	}
	if td.startFolder("export") != exports || td.startFolder("evidence") != evidence {
		t.Errorf("export starts in %q, evidence in %q", td.startFolder("export"), td.startFolder("evidence"))
	}
	if td.startFolder("import") != docs {
		t.Errorf("import starts in %q: each purpose keeps its own folder", td.startFolder("import"))
	}
	os.RemoveAll(exports)
	if td.startFolder("export") != docs {
		t.Error("a folder that has gone should fall back to Documents")
	}
}

func TestATypedPathThatDoesNotExistIsAnsweredPlainly(t *testing.T) {
	td := newTestDesk(t, nil)
	gone := filepath.Join(t.TempDir(), "no such folder")
	passed := false
	for _, c := range []struct {
		kind pickKind
		path string
		want string
	}{
		{pickOpen, filepath.Join(gone, "policy.docx"), "There is nothing at"},
		{pickFolder, gone, "There is nothing at"},
		{pickSave, filepath.Join(gone, "pack.pdf"), "There is no folder"},
	} {
		td.usePath(fileChoice{kind: c.kind, purpose: "evidence"}, c.path, func(string) { passed = true })
		if got := overlayText(td.win.Canvas()); !strings.Contains(got, c.want) || strings.Contains(got, "went wrong") {
			t.Errorf("%s says %q", c.path, got)
		}
		td.win.Canvas().Overlays().Top().Hide()
	}
	if passed {
		t.Error("a path that does not exist was used")
	}
}
