package assessment

import (
	"fmt"
	"strings"
)

// The sitting is the hour, usually once a year, in which the manager types
// every answer into the online toolkit, in the toolkit's order: the groups
// and their items in the order of the edition file (Edition.Ordered), which
// follows the online toolkit.

// SittingProgress counts how far the sitting has got.
type SittingProgress struct {
	Total     int // questions in the edition
	Entered   int // ticked as entered in the online toolkit
	Confirmed int // wordings compared with the live toolkit (matching or not)
}

// Sitting counts the edition's questions entered online and the wordings
// the manager has compared with the live toolkit.
func Sitting(ed *Edition, r *Record) SittingProgress {
	p := SittingProgress{}
	for _, it := range ed.Ordered() {
		p.Total++
		if r.IsEnteredOnline(it.Ref) {
			p.Entered++
		}
		if _, ok := r.Wording[it.Ref]; ok {
			p.Confirmed++
		}
	}
	return p
}

// String is the progress line: "31 of 45 entered online; 12 wordings confirmed".
func (p SittingProgress) String() string {
	wordings := "wordings"
	if p.Confirmed == 1 {
		wordings = "wording"
	}
	return fmt.Sprintf("%d of %d entered online; %d %s confirmed", p.Entered, p.Total, p.Confirmed, wordings)
}

// IsEnteredOnline reports whether the manager ticked the question as
// entered in the online toolkit.
func (r *Record) IsEnteredOnline(ref string) bool {
	_, ok := r.EnteredOnline[ref]
	return ok
}

// OnlineAnswer is the text to type (or paste) as the answer in the online
// toolkit, exactly as stored: the written answer byte for byte, or "Not
// applicable" for a question answered so. It is "" where there is nothing
// to type: a tick, a document question (its evidence locations are the
// answer) or no answer yet.
func OnlineAnswer(it *Item, a Answer) string {
	switch {
	case a.NotApplicable:
		return "Not applicable"
	case it.Answer == Text:
		return a.Value
	}
	return ""
}

// EvidenceLocations is the evidence's locations as one text, one a line, in
// the order added, each exactly as stored.
func EvidenceLocations(list []Evidence) string {
	lines := make([]string, 0, len(list))
	for _, e := range list {
		lines = append(lines, e.Location)
	}
	return strings.Join(lines, "\n")
}
