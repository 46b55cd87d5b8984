package register

import (
	"testing"
)

func TestClip(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"  Short  ", 20, "Short"},
		{"Ends with a stop.", 40, "Ends with a stop"},
		{"First line\nsecond line", 40, "First line…"},
		{"First line.\r\nsecond line", 40, "First line…"},
		{"A letter about a resident sent to the wrong family", 20, "A letter about a…"},
		{"Abcdefghijklmnopqrstuvwxyz", 10, "Abcdefghij…"},
		{"Café crème brûlée", 10, "Café crème…"}, {"Café crème brûlée", 12, "Café crème…"},
	} {
		if got := Clip(tc.in, tc.n); got != tc.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestWordingHelpers(t *testing.T) {
	if got := LowerFirst("Lost or stolen paper"); got != "lost or stolen paper" {
		t.Error(got)
	}
	if got := LowerFirst("ICO"); got != "ICO" {
		t.Error(got)
	}
	if got := UpperFirst("near miss"); got != "Near miss" {
		t.Error(got)
	}
	for n, want := range map[int]string{0: "", 1: "a", 2: "a and b", 3: "a, b and c"} {
		if got := JoinAnd([]string{"a", "b", "c"}[:n]); got != want {
			t.Errorf("JoinAnd of %d = %q", n, got)
		}
	}
	if Both(2) != "both" || Both(3) != "all 3" {
		t.Error(Both(2), Both(3))
	}
	if got := Sentences("a", "", "b"); got != "a; b" {
		t.Error(got)
	}
}

func TestJoinCappedNamesFiveThenCountsTheRest(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{nil, ""},
		{[]string{"A"}, "A"},
		{[]string{"A", "B"}, "A and B"},
		{[]string{"A", "B", "C"}, "A, B and C"},
		{[]string{"A", "B", "C", "D", "E", "F"}, "A, B, C, D, E and 1 more"},
		{[]string{"A", "B", "C", "D", "E", "F", "G"}, "A, B, C, D, E and 2 more"},
	} {
		if got := joinCapped(tc.names); got != tc.want {
			t.Errorf("%v: got %q, want %q", tc.names, got, tc.want)
		}
	}
}

func TestJoinAndWritesAListAsASentence(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{{nil, ""}, {[]string{"A"}, "A"}, {[]string{"A", "B"}, "A and B"}, {[]string{"A", "B", "C"}, "A, B and C"}} {
		if got := JoinAnd(tc.in); got != tc.want {
			t.Errorf("JoinAnd(%q) = %q", tc.in, got)
		}
	}
}
