//go:build windows

package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealPathIsTheNameWindowsGives checks that a path typed in another
// letter case resolves to the one name the file has.
func TestRealPathIsTheNameWindowsGives(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "Office", "Dspt.db")
	os.MkdirAll(filepath.Dir(name), 0o700)
	if err := os.WriteFile(name, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	want, err := realPath(name)
	if err != nil || !strings.HasSuffix(want, `Office\Dspt.db`) {
		t.Fatalf("realPath(%s) = %q, %v", name, want, err)
	}
	if got, _ := realPath(strings.ToUpper(name)); got != want {
		t.Errorf("realPath in capitals = %q, want %q", got, want)
	}
}
