package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

func writeSupportFile(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "esu.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestABadEndOfSupportFileIsRefusedInTheWindow(t *testing.T) {
	t.Cleanup(func() { register.UseSupport(nil) })
	td := newTestDesk(t, nil)
	td.addSupportFrom(writeSupportFile(t, "checked_on = \"2026-12-01\"\n[[systems]]\nname = \"Windows 10\"\nends = \"soon\"\ncertainty = \"reported\"\n"))
	td.settle()
	text := overlayText(td.win.Canvas())
	for _, want := range []string{"esu.toml was not added", "2 problems", "system 1 (Windows 10): ends:", "source:"} {
		if !strings.Contains(text, want) {
			t.Errorf("the dialog does not say %q:\n%s", want, text)
		}
	}
	if e, _ := register.Support().Lookup("Windows 10"); assessment.FormatDate(e.Ends) != "2025-10-14" {
		t.Errorf("a refused file is in use: %+v", e)
	}
}

func TestEndOfSupportDatesAddedInTheWindowAreInUse(t *testing.T) {
	t.Cleanup(func() { register.UseSupport(nil) })
	td := newTestDesk(t, nil)
	td.show(screenExport)
	var button *widget.Button
	walk(td.screen(screenExport).content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == addSupportTitle {
			button = b
		}
	})
	if button == nil {
		t.Fatal("no button to add end-of-support dates next to adding an edition")
	}
	td.addSupportFrom(writeSupportFile(t, "checked_on = \"2026-12-01\"\n[[systems]]\nname = \"Windows 10\"\nends = \"2026-10-13\"\ncertainty = \"reported\"\nsource = \"https://example.org/esu\"\n"))
	td.settle()
	if text := overlayText(td.win.Canvas()); !strings.Contains(text, "uses the dates in esu.toml for 1 system (checked on 1 December 2026)") {
		t.Errorf("the message says:\n%s", text)
	}
	td.show(screenExport)
	if got := td.screen(screenExport).(*exportScreen).editions.support.Text; !strings.Contains(got, "built-in table and 1 file you added") {
		t.Errorf("the section says %q", got)
	}
	if got := register.Devices.Fill("system", register.Values{"system": "Windows 10"}); got["supported_until"] != "2026-10-13" {
		t.Errorf("choosing Windows 10 fills %v", got)
	}
}
