package store

import (
	"strconv"
	"unicode/utf8"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// MaxImportBytes is the largest file ImportJSON reads: room for two years
// at the assessment limits even with every character escaped.
const MaxImportBytes = 64 << 20

// sizeLimits checks one assessment against the limits that keep its PDF
// comfortable to make (assessment.MaxEvidencePerAssessment and friends).
func (ic *importChecker) sizeLimits(o *objReader, ia importAssessment) {
	if n := len(ia.evidence); n > assessment.MaxEvidencePerAssessment {
		ic.add(o.n.fields["evidence"].off, join(o.path, "evidence"), "has %s evidence records; DSPT Desk imports at most %s for one year's assessment, so that its PDF can be made on an ordinary office computer",
			thousands(n), thousands(assessment.MaxEvidencePerAssessment))
	}
	if n := len(ia.actions); n > assessment.MaxActionsPerAssessment {
		ic.add(o.n.fields["actions"].off, join(o.path, "actions"), "has %s actions; DSPT Desk imports at most %s for one year's assessment, so that its PDF can be made on an ordinary office computer",
			thousands(n), thousands(assessment.MaxActionsPerAssessment))
	}
	if n := assessmentText(ia); n > assessment.MaxAssessmentText {
		ic.add(o.n.off, o.path, "holds %s characters of text; DSPT Desk imports at most %s for one year's assessment (about 1,700 printed pages), so that its PDF can be made on an ordinary office computer. Keep long text in documents and record them as evidence",
			thousands(n), thousands(assessment.MaxAssessmentText))
	}
}

// assessmentText counts the characters of text in an assessment.
func assessmentText(ia importAssessment) int {
	n := 0
	count := func(ss ...string) {
		for _, s := range ss {
			n += utf8.RuneCountInString(s)
		}
	}
	for _, a := range ia.answers {
		count(a.Value, a.Comment)
	}
	for _, e := range ia.evidence {
		count(e.Location, e.Note)
	}
	for _, a := range ia.actions {
		count(a.Gap, a.Action, a.Notes, a.Owner)
	}
	return n + registerText(ia.registers)
}

// thousands writes n with commas: 5,000,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
