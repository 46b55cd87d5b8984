package report

import (
	"strings"
	"unicode/utf8"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// maxFolderRunes is the longest folder printed beside an evidence file's
// name; a longer one is shortened in the middle.
const maxFolderRunes = 48

// maxLocationRunes is the longest other location (a web link) printed in
// the answers; the evidence index has it in full.
const maxLocationRunes = 80

// shortLocation is how an evidence location is printed with its answer: a
// file or folder as its name and the folder it is in (shortened in the
// middle when long); a long web link shortened in the middle; anything else
// as written. The evidence index prints every location in full.
func shortLocation(e assessment.Evidence) string {
	switch e.Kind {
	case assessment.EvidenceFile, assessment.EvidenceFolder:
		name, dir := splitPath(e.Location)
		if dir == "" || name == "" {
			return shortenMiddle(e.Location, maxLocationRunes)
		}
		return name + " (in " + shortenMiddle(dir, maxFolderRunes) + ")"
	case assessment.EvidenceLink:
		return shortenMiddle(e.Location, maxLocationRunes)
	}
	return e.Location
}

// splitPath splits a Windows or Unix path into its last element and the
// folder it is in, whichever separator the path uses. A trailing separator
// is ignored.
func splitPath(p string) (name, dir string) {
	p = strings.TrimRight(p, `/\`)
	i := strings.LastIndexAny(p, `/\`)
	if i < 0 {
		return p, ""
	}
	dir = p[:i]
	if dir == "" || strings.HasSuffix(dir, ":") || dir == `\` {
		dir = p[:i+1] // the root: "/", "C:\"
	}
	return p[i+1:], dir
}

// shortenMiddle keeps the start and end of s and puts "…" between them
// when s is longer than n characters.
func shortenMiddle(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	head := (n - 1) / 2
	tail := n - 1 - head
	return string(rs[:head]) + "…" + string(rs[len(rs)-tail:])
}

// indexCols are the columns of the evidence index.
var indexCols = []column{
	{"Ref", 15, "L"},
	{"Kind", 17, "L"},
	{"Location (in full)", contentW - 15 - 17 - 24 - 30, "L"},
	{"Added", 24, "L"},
	{"State", 30, "L"},
}

// evidenceIndex lists every evidence location in full, in question order:
// reference, kind, the whole location, the date it was added and whether
// it was found when the pack was made.
func (r *renderer) evidenceIndex() {
	ev := r.sortedEvidence()
	if len(ev) == 0 {
		r.paragraph("No evidence locations are recorded.", body)
		return
	}
	r.paragraph("Every evidence location, in full, as recorded on the print date. Files and folders were looked for on the computer that printed this pack.", body)
	r.y += 2
	rows := make([][]cell, len(ev))
	for i, e := range ev {
		rows[i] = []cell{
			r.lay(inner(indexCols, 0), para{e.Ref, cellBold}),
			r.lay(inner(indexCols, 1), para{e.Kind.Label(), cellText}),
			r.lay(inner(indexCols, 2), para{e.Location, cellText}),
			r.lay(inner(indexCols, 3), para{shortDate(e.AddedAt), cellText}),
			r.lay(inner(indexCols, 4), r.evidenceState(e)),
		}
	}
	r.table("Evidence index", indexCols, rows)
}

// sortedEvidence is the evidence in question order, keeping the order it
// was added in within a question.
func (r *renderer) sortedEvidence() []assessment.Evidence {
	var out []assessment.Evidence
	for _, g := range r.in.Edition.Groups {
		for _, it := range g.Items {
			out = append(out, r.in.Record.EvidenceFor(it.Ref)...)
		}
	}
	return out
}

// Evidence states, as the pack and the spreadsheets write them.
const (
	StateNotOnDisk  = "Not a file or folder"
	StateNotChecked = "Not checked"
	StateNotHere    = "Not yet checked on this computer"
	StateUnreadable = "Could not be read"
	StateMissing    = "MISSING"
	StateChanged    = "Changed since added"
	StateUnchanged  = "Found, unchanged"
	StateFound      = "Found"
)

// EvidenceState says what was found at an evidence location when the pack
// was made, from in.Evidence (see CheckEvidence).
func (in Input) EvidenceState(e assessment.Evidence) string {
	c, checked := in.Evidence[e.ID]
	switch {
	case e.Kind != assessment.EvidenceFile && e.Kind != assessment.EvidenceFolder:
		return StateNotOnDisk
	case !checked || c == assessment.EvidenceUnchecked:
		return StateNotChecked
	case c == assessment.EvidenceNotChecked:
		return StateNotHere
	case c == assessment.EvidenceUnreadable:
		return StateUnreadable
	case c == assessment.EvidenceMissing:
		return StateMissing
	case c == assessment.EvidenceChanged:
		return StateChanged
	case e.Kind == assessment.EvidenceFile:
		return StateUnchanged
	}
	return StateFound
}

// evidenceState is an evidence location's state, coloured when it needs
// attention.
func (r *renderer) evidenceState(e assessment.Evidence) para {
	s := r.in.EvidenceState(e)
	switch s {
	case StateMissing, StateUnreadable:
		return para{s, warnText}
	case StateChanged:
		return para{s, cautionTxt}
	case StateNotOnDisk, StateNotChecked, StateNotHere:
		return para{s, cellMuted}
	}
	return para{s, cellText}
}
