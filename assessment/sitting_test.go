package assessment

import (
	"testing"
	"time"
)

func TestSittingCountsEnteredAndComparedQuestionsOfTheEdition(t *testing.T) {
	ed := smallEdition()
	r := rec(map[string]string{"1.1.1": "tick"})
	r.EnteredOnline = map[string]time.Time{"1.1.1": today, "2.1.1": today, "9.9.9": today}
	r.Wording = map[string]WordingCheck{"1.1.2": {Ref: "1.1.2", State: WordingMatches}, "3.1.1": {Ref: "3.1.1", State: WordingDiffers, LiveWording: "x"}}
	p := Sitting(ed, r)
	if p != (SittingProgress{Total: 5, Entered: 2, Confirmed: 2}) {
		t.Fatalf("progress %+v", p)
	}
	if got, want := p.String(), "2 of 5 entered online; 2 wordings confirmed"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := (SittingProgress{Total: 45, Entered: 31, Confirmed: 1}).String(); got != "31 of 45 entered online; 1 wording confirmed" {
		t.Errorf("got %q", got)
	}
}

func TestOnlineAnswerIsTheStoredTextExactly(t *testing.T) {
	ed := smallEdition()
	text := "Line one  \n\tLine two with trailing space \n"
	cases := []struct {
		ref  string
		a    Answer
		want string
	}{
		{"1.1.2", Answer{Value: text}, text},
		{"1.1.2", Answer{NotApplicable: true, Value: ""}, "Not applicable"},
		{"1.1.1", Answer{Value: TickConfirmed}, ""},
		{"2.1.1", Answer{}, ""},
	}
	for _, c := range cases {
		if got := OnlineAnswer(ed.Item(c.ref), c.a); got != c.want {
			t.Errorf("%s %+v: got %q, want %q", c.ref, c.a, got, c.want)
		}
	}
	ev := []Evidence{{Location: `C:\Policies\Data security.docx`}, {Location: "Office cabinet, drawer 2 "}}
	if got := EvidenceLocations(ev); got != "C:\\Policies\\Data security.docx\nOffice cabinet, drawer 2 " {
		t.Errorf("locations %q", got)
	}
}

func TestEnteredOnlineIsNotCarriedToNextYear(t *testing.T) {
	last := rec(map[string]string{"1.1.2": "text:Locked cabinets"})
	last.EnteredOnline = map[string]time.Time{"1.1.2": today}
	if c := CarryForward(last, smallEdition(), nextEdition()); len(c.Record.EnteredOnline) != 0 {
		t.Errorf("carried entered ticks %v", c.Record.EnteredOnline)
	}
	if c := last.Clone(); !c.IsEnteredOnline("1.1.2") {
		t.Error("Clone lost the entered tick")
	}
}
