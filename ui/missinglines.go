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
	var out []missingLine
	listed := map[string]bool{}
	for _, g := range gaps {
		ref := g.Ref
		if ref == "" {
			ref = "Profile"
		}
		out = append(out, missingLine{ref: ref, text: g.Short + ": " + g.Problem, target: g.Ref})
		if g.Ref == "" || listed[g.Ref] {
			continue
		}
		listed[g.Ref] = true
		for _, f := range findings[g.Ref] {
			if f.Missing != "" {
				out = append(out, missingLine{ref: g.Ref, text: "From your registers: " + f.Missing, target: g.Ref, register: true})
			}
		}
	}
	return append(out, otherRegisterLines(ed, findings, listed, len(gaps) > 0)...)
}

// otherRegisterLines lists what the registers find wanting for questions
// that are not in the list of gaps, under a heading; nothing when there is
// none. afterGaps says the lines follow a list of gaps.
func otherRegisterLines(ed *assessment.Edition, findings map[string][]register.Finding, listed map[string]bool, afterGaps bool) []missingLine {
	var out []missingLine
	for _, it := range ed.Ordered() {
		if listed[it.Ref] {
			continue
		}
		for _, f := range findings[it.Ref] {
			if f.Missing != "" {
				out = append(out, missingLine{ref: it.Ref, text: f.Missing, target: it.Ref, register: true})
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	head := missingLine{text: "From your registers", heading: true}
	if afterGaps {
		head.text = "From your registers, for other questions"
	}
	return append([]missingLine{head}, out...)
}
