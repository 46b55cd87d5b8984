package report

import (
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// unansweredCols are the columns of the compact table of questions with
// nothing recorded.
var unansweredCols = []column{
	{"Ref", 17, "L"},
	{"Question", contentW - 17 - 26, "L"},
	{"Needed for", 26, "C"},
}

// unanswered lists, in one compact table, the questions with nothing
// recorded yet, rather than a full block for each.
func (r *renderer) unanswered() {
	items := r.unansweredItems()
	r.paragraph(fmt.Sprintf("%s nothing recorded yet: no answer, comment or evidence. They are listed here rather than in full.",
		assessment.Count(len(items), "question has", "questions have")), body)
	r.y += 2
	rows := make([][]cell, len(items))
	for i, it := range items {
		rows[i] = []cell{
			r.lay(inner(unansweredCols, 0), para{it.Ref, cellBold}),
			r.lay(inner(unansweredCols, 1), para{it.Short, cellText}),
			r.lay(inner(unansweredCols, 2), para{it.Level.Code(), cellText}),
		}
	}
	r.table("Questions not answered yet", unansweredCols, rows)
}

// unansweredItems are the items with nothing recorded, in edition order.
func (r *renderer) unansweredItems() []*assessment.Item {
	var out []*assessment.Item
	for _, g := range r.in.Edition.Groups {
		for _, it := range g.Items {
			if !r.recorded(it) {
				out = append(out, it)
			}
		}
	}
	return out
}
