package ui

import (
	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// missingLine is one line of "What's missing": a gap, a register's line
// about a question, or a heading.
type missingLine struct {
	ref      string // shown in the first column
	text     string
	target   string // the question the line opens; "" for the profile
	register bool   // the line is what a register finds wanting
	heading  bool   // a heading, which opens nothing
}

// missingLines lays out the gaps with, under each question, what the
// registers find wanting for it ("From your registers: 3 more staff need
// training to reach 95%"); what they find wanting for other questions
// follows under its own heading, in the edition's order.
func missingLines(gaps []assessment.Gap, ed *assessment.Edition, findings map[string][]register.Finding) []missingLine {
	refs := make([]string, len(gaps))
	for i, g := range gaps {
		refs[i] = g.Ref
	}
	w := register.WantingFor(ed, refs, findings)
	var out []missingLine
	shown := map[string]bool{}
	for _, g := range gaps {
		ref := g.Ref
		if ref == "" {
			ref = "Profile"
		}
		out = append(out, missingLine{ref: ref, text: g.Short + ": " + g.Problem, target: g.Ref})
		if shown[g.Ref] {
			continue
		}
		shown[g.Ref] = true
		for _, m := range w.ByRef[g.Ref] {
			out = append(out, missingLine{ref: g.Ref, text: "From your registers: " + m, target: g.Ref, register: true})
		}
	}
	return append(out, otherRegisterLines(w.Others, len(gaps) > 0)...)
}

// otherRegisterLines lists what the registers find wanting for questions
// that are not in the list of gaps, under a heading; nothing when there is
// none. afterGaps says the lines follow a list of gaps.
func otherRegisterLines(others []register.Finding, afterGaps bool) []missingLine {
	if len(others) == 0 {
		return nil
	}
	head := missingLine{text: "From your registers", heading: true}
	if afterGaps {
		head.text = "From your registers, for other questions"
	}
	out := []missingLine{head}
	for _, f := range others {
		out = append(out, missingLine{ref: f.Ref, text: f.Missing, target: f.Ref, register: true})
	}
	return out
}
