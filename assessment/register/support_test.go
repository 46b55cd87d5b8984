package register

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestTheBuiltInSupportTableReadsAndKeepsItsRules(t *testing.T) {
	tab, err := BuiltinSupport()
	if err != nil {
		t.Fatal(err)
	}
	if tab.CheckedOn.IsZero() || len(tab.Sources) == 0 {
		t.Errorf("checked on %v, sources %v", tab.CheckedOn, tab.Sources)
	}
	for name, want := range map[string]string{
		"Windows 10": "2025-10-14", "windows 11 22h2 (home and pro)": "2024-10-08", "Windows 11 23H2 (Home and Pro)": "2025-11-11",
		"Windows 11  24H2 (Home and Pro)": "2026-10-13", "Windows 11 25H2 (Home and Pro)": "2027-10-12", "iOS 17": "", "macOS 13 Ventura": "", "Android 13": "",
	} {
		e, ok := tab.Lookup(name)
		if !ok || assessment.FormatDate(e.Ends) != want {
			t.Errorf("%s: %+v, %v; want %q", name, e, ok, want)
		}
	}
	for _, e := range tab.Systems {
		if e.Maker == "Microsoft" && e.Ends.Weekday() != time.Tuesday {
			t.Errorf("%s ends on a %s: Microsoft's updates end on a Patch Tuesday", e.Name, e.Ends.Weekday())
		}
		if e.Maker == "Apple" && (e.Certainty != CertaintyNotAnnounced || e.Note == "") {
			t.Errorf("%s: Apple announces no dates, so the entry should say so with a note: %+v", e.Name, e)
		}
	}
	if _, ok := tab.Lookup("Windows 95"); ok {
		t.Error("found a system the table does not have")
	}
}

const goodSupportFile = `checked_on = "2027-01-05"
sources = ["https://example.org/lifecycle"]

[[systems]]
name = "Windows 10"
maker = "Microsoft"
ends = "2026-10-13"
certainty = "reported"
source = "https://example.org/esu"
note = "With Extended Security Updates."

[[systems]]
name = "CareOS 3"
maker = "Care Tablets Ltd"
ends = "not announced"
certainty = "not announced"
source = "https://example.org/careos"
`

func TestASupportFileIsRefusedWithEveryProblemNamed(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		want       []string
	}{
		{"not TOML", "checked_on = \n", []string{"line 1", "not valid TOML"}},
		{"no checked-on date", strings.Replace(goodSupportFile, `checked_on = "2027-01-05"`, `checked_on = "5/1/2027"`, 1), []string{"checked_on", "2026-12-01"}},
		{"a bad date", strings.Replace(goodSupportFile, `"2026-10-13"`, `"2026-02-30"`, 1), []string{"system 1 (Windows 10)", "ends:"}},
		{"the same system twice", strings.Replace(goodSupportFile, `"CareOS 3"`, `"windows  10"`, 1), []string{"system 2 (windows  10)", "same name as system 1"}},
		{"no source", strings.Replace(goodSupportFile, `source = "https://example.org/careos"`, `source = ""`, 1), []string{"system 2 (CareOS 3)", "source:"}},
		{"an unknown certainty", strings.Replace(goodSupportFile, `"reported"`, `"sure"`, 1), []string{"certainty:", `"sure"`}},
		{"a date said not announced", strings.Replace(goodSupportFile, `certainty = "reported"`, `certainty = "not announced"`, 1), []string{"cannot go with a date"}},
		{"a misspelt field", strings.Replace(goodSupportFile, "note =", "notes =", 1), []string{"systems.notes", "spelling"}},
		{"no systems", "checked_on = \"2027-01-05\"\n", []string{"no [[systems]]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseSupport([]byte(tc.file), "bad.toml")
			var bad *SupportError
			if !errors.As(err, &bad) {
				t.Fatalf("got %v, want a SupportError", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%q does not say %q", err, w)
				}
			}
			if assessment.ErrorCode(err) != assessment.EInvalid || !strings.Contains(assessment.ErrorMessage(err), "nothing has been added") {
				t.Errorf("code %s, message %q", assessment.ErrorCode(err), assessment.ErrorMessage(err))
			}
		})
	}
}

func TestAnAddedSupportFileOverridesTheSameSystemAndAddsNewOnes(t *testing.T) {
	builtin, err := BuiltinSupport()
	if err != nil {
		t.Fatal(err)
	}
	added, err := ParseSupport([]byte(goodSupportFile), "esu.toml")
	if err != nil {
		t.Fatal(err)
	}
	merged := builtin.With(added)
	if e, _ := merged.Lookup("Windows 10"); assessment.FormatDate(e.Ends) != "2026-10-13" || e.From != "esu.toml" {
		t.Errorf("Windows 10 not overridden: %+v", e)
	}
	if e, _ := builtin.Lookup("Windows 10"); assessment.FormatDate(e.Ends) != "2025-10-14" {
		t.Errorf("the built-in table changed: %+v", e)
	}
	if len(merged.Systems) != len(builtin.Systems)+1 || merged.Names()[len(merged.Systems)-1] != "CareOS 3" {
		t.Errorf("%d systems, last %q", len(merged.Systems), merged.Names()[len(merged.Systems)-1])
	}
	if assessment.FormatDate(merged.CheckedOn) != "2027-01-05" || len(merged.Sources) != len(builtin.Sources)+1 {
		t.Errorf("checked on %v, %d sources", merged.CheckedOn, len(merged.Sources))
	}
}

// useSupport sets the table in use for one test.
func useSupport(t *testing.T, file string) {
	t.Helper()
	added, err := ParseSupport([]byte(file), "test.toml")
	if err != nil {
		t.Fatal(err)
	}
	builtin, _ := BuiltinSupport()
	UseSupport(builtin.With(added))
	t.Cleanup(func() { UseSupport(nil) })
}

func TestChoosingASystemFillsSupportedUntilFromTheTable(t *testing.T) {
	useSupport(t, goodSupportFile)
	for _, tc := range []struct {
		changed, system string
		want            Values
	}{
		{"system", "Windows 11 24H2 (Home and Pro)", Values{"supported_until": "2026-10-13"}},
		{"system", "windows 10", Values{"supported_until": "2026-10-13"}}, // the added file's date
		{"system", "iPadOS 17", Values{"supported_until": ""}},            // not announced: blank
		{"system", "Linux Mint", nil},
		{"name", "Windows 10", nil},
	} {
		got := Devices.Fill(tc.changed, Values{"system": tc.system})
		if len(got) != len(tc.want) || got["supported_until"] != tc.want["supported_until"] {
			t.Errorf("%s = %q: filled %v, want %v", tc.changed, tc.system, got, tc.want)
		}
	}
	s := Devices.Field("system").Suggestions()
	if !contains(s, "Windows 11 24H2 (Home and Pro)") || !contains(s, "CareOS 3") || !contains(s, "iOS 17") {
		t.Errorf("suggestions %v", s)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
