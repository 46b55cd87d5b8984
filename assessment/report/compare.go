package report

import (
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// compareCols are the columns of the year-on-year comparison.
var compareCols = []column{
	{"Ref", 15, "L"},
	{"Question", 62, "L"},
	{"Last year", 24, "L"},
	{"This year", 24, "L"},
	{"What changed", contentW - 125, "L"},
}

// comparison sets last year's state of each item beside this year's.
func (r *renderer) comparison() {
	changed := 0
	for _, c := range r.in.Compare {
		if len(c.Changes) > 0 {
			changed++
		}
	}
	r.paragraph("Last year: "+r.in.Previous+". "+assessment.Count(changed, "question changed", "questions changed")+" since then.", body)
	r.y += 2
	rows := make([][]cell, len(r.in.Compare))
	for i, c := range r.in.Compare {
		rows[i] = r.compareRow(c)
	}
	r.table("Compared with last year", compareCols, rows)
}

func (r *renderer) compareRow(c assessment.Comparison) []cell {
	changes := strings.Join(c.Changes, "; ")
	if changes == "" {
		changes = "No change"
	}
	return []cell{
		r.lay(inner(compareCols, 0), para{c.Ref, cellBold}),
		r.lay(inner(compareCols, 1), para{c.Short, cellText}),
		r.lay(inner(compareCols, 2), compareState(c.InLast, c.Last)),
		r.lay(inner(compareCols, 3), compareState(c.InThis, c.This)),
		r.lay(inner(compareCols, 4), para{changes, cellText}),
	}
}

// compareState shows an item's state, or that it was not asked that year.
func compareState(asked bool, s assessment.ItemState) para {
	if !asked {
		return para{"Not asked", cellText.with(muted)}
	}
	return para{s.Label(), stateStyle(s)}
}
