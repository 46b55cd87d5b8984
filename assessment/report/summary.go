package report

import (
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// summaryCols are the columns of a group's summary table.
var summaryCols = []column{
	{"Ref", 17, "L"},
	{"Question", 103, "L"},
	{"Needed for", 22, "C"},
	{"State", contentW - 142, "L"},
}

// summary draws one table per group, with the group's totals under it, and
// the overall totals at the end.
func (r *renderer) summary() {
	r.paragraph("AS: needed for Approaching Standards (and so for every level). SM: needed for Standards Met. "+
		"A question counts as complete when it is done or marked not applicable.", bodyItalic)
	for _, gp := range r.in.Status.Groups {
		r.summaryGroup(gp)
	}
	r.overall()
}

func (r *renderer) summaryGroup(gp assessment.GroupProgress) {
	rows := make([][]cell, 0, len(gp.Group.Items))
	for _, it := range gp.Group.Items {
		rows = append(rows, r.summaryRow(it))
	}
	keep := r.headHeight(summaryCols)
	if len(rows) > 0 {
		keep += startHeight(rows[0], cellPadY)
	}
	r.heading(gp.Group.Title, groupH, keep)
	if len(rows) == 0 {
		r.paragraph("This group has no questions in this edition.", bodyItalic)
		return
	}
	r.table(gp.Group.Title, summaryCols, rows)
	r.groupTotal(gp)
}

func (r *renderer) summaryRow(it *assessment.Item) []cell {
	st, _ := r.in.Status.Item(it.Ref)
	return []cell{
		r.lay(inner(summaryCols, 0), para{it.Ref, cellBold}),
		r.lay(inner(summaryCols, 1), para{it.Short, cellText}),
		r.lay(inner(summaryCols, 2), para{it.Level.Code(), cellText}),
		r.lay(inner(summaryCols, 3), para{st.State.Label(), stateStyle(st.State)}),
	}
}

// stateStyle colours an item state so that what is left to do stands out.
func stateStyle(s assessment.ItemState) style {
	switch s {
	case assessment.ItemDone:
		return cellBold.with(goodGreen)
	case assessment.ItemNotApplicable:
		return cellBold.with(muted)
	case assessment.ItemNeedsReview:
		return cellBold.with(caution)
	}
	return cellBold.with(alarm)
}

// groupTotal draws the group's progress under its table.
func (r *renderer) groupTotal(gp assessment.GroupProgress) {
	text := fmt.Sprintf("Complete: %s needed for Approaching Standards; %s needed for Standards Met.", gp.AS, gp.SM)
	cols := []column{{width: contentW, align: "L"}}
	fill := bandFill
	r.row(cols, []cell{r.lay(inner(cols, 0), para{text, cellBold})}, rowStyle{fill: &fill, padY: cellPadY, rule: true})
}

// overall draws the totals for the whole assessment.
func (r *renderer) overall() {
	st := r.in.Status
	r.heading("Overall", groupH, 2*body.lineH())
	r.paragraph("Complete: "+st.Summary()+".", bodyBold)
	r.paragraph("Level reached: "+levelReached(st.Level)+".", body)
}
