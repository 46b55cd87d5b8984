package report

import (
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// fieldCols are the columns of an item's details: a label and its value.
var fieldCols = []column{{"", 30, "L"}, {"", contentW - 30, "L"}}

// fieldRow is how an item's details are spaced: no rules, little padding.
var fieldRow = rowStyle{padY: 0.8}

// answers draws in full every item that has something recorded, group by
// group; the items with nothing recorded go in the compact table of
// unanswered questions instead. A group's heading is kept with its first
// item, and a group with nothing recorded is left out.
func (r *renderer) answers() {
	first := true
	for _, g := range r.in.Edition.Groups {
		var blocks []itemBlock
		for _, it := range g.Items {
			if r.recorded(it) {
				blocks = append(blocks, r.itemBlock(it))
			}
		}
		if len(blocks) == 0 {
			continue
		}
		if !first {
			r.gap(4)
		}
		first = false
		keep := blocks[0].keep() + 2.5
		r.heading(g.Title, groupH, keep)
		r.pdf.Bookmark(r.clean(g.Title), 1, r.y-groupH.lineH()-1.5)
		for _, b := range blocks {
			r.item(b)
		}
	}
}

// itemBlock is one question laid out: a band with its reference, title,
// level and state, then label and value rows for its details.
type itemBlock struct {
	it     *assessment.Item
	band   []cell
	fields [][]cell
}

func (r *renderer) itemBlock(it *assessment.Item) itemBlock {
	band := r.summaryRow(it)
	band[1] = r.lay(inner(summaryCols, 1), para{it.Short, cellBold})
	return itemBlock{it, band, r.fields(it)}
}

// keepItemWhole is the tallest item block that moves to the next page
// rather than split.
const keepItemWhole = 75.0

// keep is how much of an item must fit on the page where it starts: all of
// it when it is short, otherwise its band and the first lines.
func (b itemBlock) keep() float64 {
	h := rowHeight(b.band, cellPadY) + 0.8
	all := h
	for _, f := range b.fields {
		all += rowHeight(f, fieldRow.padY)
	}
	if all <= keepItemWhole || len(b.fields) == 0 {
		return all
	}
	return h + startHeight(b.fields[0], fieldRow.padY)
}

// item draws one question; a long one continues on the next page under a
// caption naming it.
func (r *renderer) item(b itemBlock) {
	r.gap(2.5)
	r.need(b.keep())
	fill := bandFill
	r.row(summaryCols, b.band, rowStyle{fill: &fill, padY: cellPadY, aligned: true})
	r.y += 0.8
	r.repeat = func() { r.caption(b.it.Ref + "  " + b.it.Short + " (continued)") }
	for _, f := range b.fields {
		r.row(fieldCols, f, fieldRow)
	}
	r.repeat = nil
}

// fields builds the label and value cells of an item's details.
func (r *renderer) fields(it *assessment.Item) [][]cell {
	a := r.in.Record.Answers[it.Ref]
	st, _ := r.in.Status.Item(it.Ref)
	var out [][]cell
	add := func(name string, ps ...para) {
		out = append(out, []cell{r.lay(inner(fieldCols, 0), para{name, label}), r.lay(inner(fieldCols, 1), ps...)})
	}
	add("Question", r.question(it)...)
	ev := r.in.Record.EvidenceFor(it.Ref)
	add("Answer", answerText(it, a, len(ev)))
	if strings.TrimSpace(a.Comment) != "" && !r.in.LeaveOutComments {
		add("Comment", para{a.Comment, cellText})
	}
	if len(ev) > 0 || it.Answer == assessment.Document {
		add("Evidence", r.evidence(ev)...)
	}
	if !st.Complete && st.Problem != "" {
		add("Still to do", para{st.Problem, cellText.with(caution)})
	}
	if on := assessment.GivenOn(it, a, ev); !on.IsZero() {
		add("Answered on", para{assessment.HumanDate(on), cellText})
	}
	return out
}

// recorded reports whether an item has anything to print in full.
func (r *renderer) recorded(it *assessment.Item) bool {
	return !assessment.NothingRecorded(r.in.Record.Answers[it.Ref], len(r.in.Record.EvidenceFor(it.Ref)))
}

// question is the item's wording as the manager confirmed it against the
// live toolkit: the live wording they pasted where it differs, otherwise the
// question bank's. Our own notes on how sure we are of the wording are for
// the manager, not the inspector.
func (r *renderer) question(it *assessment.Item) []para {
	return []para{{r.in.Record.QuestionAsLive(it), cellText}}
}

// answerText shows the answer as the manager recorded it.
func answerText(it *assessment.Item, a assessment.Answer, evidence int) para {
	switch {
	case a.NotApplicable:
		return para{"Not applicable", cellBold}
	case !assessment.Answered(it, a, evidence):
		return para{"Not answered yet", cellNote}
	case it.Answer == assessment.Tick:
		return para{"Confirmed", cellBold}
	case it.Answer == assessment.Text:
		return para{a.Value, cellText}
	}
	return para{"See the evidence locations below", cellText}
}

// evidence lists evidence locations, each with its note, the date it was
// added and a warning when it is missing or has changed.
func (r *renderer) evidence(ev []assessment.Evidence) []para {
	if len(ev) == 0 {
		return []para{{"None recorded", cellNote}}
	}
	var ps []para
	for _, e := range ev {
		ps = append(ps, para{"• " + e.Kind.Label() + ": " + shortLocation(e), cellText})
		if info := evidenceInfo(e); info != "" {
			ps = append(ps, para{"   " + info, cellMuted})
		}
		if c := r.in.Evidence[e.ID]; c.Warning() != "" {
			ps = append(ps, conditionWarning(e, c))
		}
	}
	return ps
}

// conditionWarning flags a location that has gone (in capitals, in red),
// a file that has changed since it was added, or one not yet looked at on
// this computer. It states the fact for the reader of the pack; how to
// check it again is the window's business, not the inspector's.
func conditionWarning(e assessment.Evidence, c assessment.EvidenceCondition) para {
	switch c {
	case assessment.EvidenceMissing:
		return para{"   " + strings.ToUpper(c.Warning()) + ": this location could not be found when checked", warnText}
	case assessment.EvidenceUnreadable:
		return para{"   NOT READABLE: this is not an ordinary file or folder, or it did not answer in time", warnText}
	case assessment.EvidenceNotChecked:
		return para{"   Not yet checked on this computer" + notCheckedReason(e), cautionTxt}
	}
	w := c.Warning()
	return para{"   " + strings.ToUpper(w[:1]) + w[1:] + ": check it is still the right version", cautionTxt}
}

// notCheckedReason says why a location was not looked at, where the
// reason is known for certain: ": it came from an import", ": it is on
// another computer on the network", or "".
func notCheckedReason(e assessment.Evidence) string {
	switch {
	case !e.CheckedHere:
		return ": it came from an import"
	case assessment.ExaminePath(e.Location).Network:
		return ": it is on another computer on the network"
	}
	return ""
}

// evidenceInfo is an evidence location's note and the date it was added.
func evidenceInfo(e assessment.Evidence) string {
	parts := []string{}
	if n := strings.TrimSpace(e.Note); n != "" {
		parts = append(parts, n)
	}
	if !e.AddedAt.IsZero() {
		parts = append(parts, "added "+assessment.HumanDate(e.AddedAt))
	}
	return strings.Join(parts, " · ")
}
