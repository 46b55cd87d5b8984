package report

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	chars, err := drawable()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, in, want string }{
		{"ASCII untouched", "Policy v3.2 (2026)", "Policy v3.2 (2026)"},
		{"typographic text kept", "£5 – “quoted” ’s é", "£5 – “quoted” ’s é"},
		{"mixed", mixedText, mixedClean},
		{"emoji with modifier", "ok 👍🏽!", "ok □□!"},
		{"lone carriage return", "a\rb", "a\nb"},
		{"control character shown", "a\x07b", "a□b"},
		{"invalid UTF-8 shown", "a\xffb", "a�b"},
		{"zero-width space shown", "a\u200bb", "a□b"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := clean(chars, c.in); got != c.want {
				t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestMetaText(t *testing.T) {
	if got := metaText("Rose  House 😀\n"); got != "Rose House □" {
		t.Errorf("metaText = %q", got)
	}
}

// fakeMeasurer gives every character the width 10, and W the width 30.
func fakeMeasurer() *measurer {
	return newMeasurer(func(s string) int {
		if s == "W" {
			return 30
		}
		return 10 * utf8.RuneCountInString(s)
	})
}

func TestWrap(t *testing.T) {
	m := fakeMeasurer()
	cases := []struct {
		name, in string
		limit    int
		want     []string
	}{
		{"fits", "one two", 100, []string{"one two"}},
		{"breaks at spaces", "one two three", 70, []string{"one two", "three"}},
		{"keeps newlines and blank lines", "a\n\nb", 100, []string{"a", "", "b"}},
		{"breaks a long word", "abcdefghij", 40, []string{"abcd", "efgh", "ij"}},
		{"breaks a path after a separator", `C:\Policies\file.pdf`, 120, []string{`C:\Policies\`, "file.pdf"}},
		{"wide letters", "WWW", 60, []string{"WW", "W"}},
		{"narrower than a letter", "WW", 20, []string{"W", "W"}},
		{"leading spaces kept", "  indented", 200, []string{"  indented"}},
		{"empty", "", 100, []string{""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := m.wrapText(c.in, c.limit)
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("wrap(%q, %d) = %q, want %q", c.in, c.limit, got, c.want)
			}
		})
	}
}

// TestWrapLosesNothing wraps random text and checks that every character
// other than the spaces at wrap points survives, in order, and that no line
// is too wide unless it is a single character.
func TestWrapLosesNothing(t *testing.T) {
	m := fakeMeasurer()
	rng := rand.New(rand.NewSource(1))
	alphabet := []rune("ab W/\\-.é£\n  ")
	for range 500 {
		rs := make([]rune, rng.Intn(300))
		for i := range rs {
			rs[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s, limit := string(rs), 20+rng.Intn(200)
		lines := m.wrapText(s, limit)
		if got, want := squash(strings.Join(lines, " ")), squash(s); got != want {
			t.Fatalf("wrap(%q, %d) lost text: %q", s, limit, lines)
		}
		for _, l := range lines {
			if m.width(l) > limit && utf8.RuneCountInString(l) > 1 {
				t.Fatalf("wrap(%q, %d): line %q is %d wide", s, limit, l, m.width(l))
			}
		}
	}
}
