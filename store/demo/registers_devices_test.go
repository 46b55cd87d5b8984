package demo

import (
	"strings"
	"testing"
	"time"
)

func TestTheSampleDevicesShowTheWindows10PCAndTheUnencryptedLaptop(t *testing.T) {
	today := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	_, _, book := sampleYear(t, today)
	if n, m := len(book.Of("devices")), len(book.Of("software")); n != 12 || m != 4 {
		t.Fatalf("%d devices and %d programs", n, m)
	}
	fs := findingsByRef("devices", book, today)
	for ref, want := range map[string]string{
		"8.1.4": "11 of 12 devices are on supported systems, 1 is not",
		"9.5.2": "not: Manager's laptop.",
		"1.6.6": "Deputy's own phone (Deputy manager)",
		"7.1.1": "12 devices and 4 programs and online services",
		"9.1.1": "The one router or firewall has had its default password changed.",
	} {
		if !strings.Contains(fs[ref].Summary, want) {
			t.Errorf("%s: %q does not say %q", ref, fs[ref].Summary, want)
		}
	}
	if !strings.Contains(fs["8.1.4"].Text(), "Not supported: Reception PC (Windows 10): support ended 14/10/2025") ||
		!strings.Contains(fs["8.1.4"].Text(), "Support ends soon: RotaPlanner 5: support ends 14/01/2027 (44 days)") {
		t.Errorf("8.1.4 does not name the Windows 10 PC and the rota program:\n%s", fs["8.1.4"].Text())
	}
	if fs["8.2.1"].Action == nil || !strings.Contains(fs["8.2.1"].Action.Action, "Reception PC") {
		t.Errorf("8.2.1 offers %+v", fs["8.2.1"].Action)
	}
	for _, ref := range []string{"8.3.5", "6.2.1", "4.5.3"} {
		if fs[ref].Missing != "" {
			t.Errorf("%s wants %q", ref, fs[ref].Missing)
		}
	}
}
