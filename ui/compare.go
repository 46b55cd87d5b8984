package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// compareScreen sets last year's state of each question beside this year's.
type compareScreen struct {
	d     *Desk
	rows  []assessment.Comparison
	intro *widget.Label
	list  *widget.List
	root  fyne.CanvasObject
}

// stateCell is the width of the two state columns.
var stateCell = fyne.NewSize(110, 36)

func newCompareScreen(d *Desk) *compareScreen {
	c := &compareScreen{d: d, intro: wrapLabel("")}
	c.list = widget.NewList(func() int { return len(c.rows) }, newCompareRow, c.updateRow)
	c.list.OnSelected = func(i widget.ListItemID) {
		c.list.UnselectAll()
		if it := d.edition.Item(c.rows[i].Ref); it != nil {
			d.questions.showItem(it)
		}
	}
	header := border(nil, nil, widget.NewLabelWithStyle("Question", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		stateColumns(heading("Last year"), heading("This year")))
	c.root = border(container.NewVBox(heading("Compared with last year"), c.intro, header), nil, nil, nil, c.list)
	return c
}

func (c *compareScreen) content() fyne.CanvasObject { return c.root }

func newCompareRow() fyne.CanvasObject {
	ref := widget.NewLabelWithStyle("10.2.1", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	what := widget.NewLabel("")
	what.Truncation = fyne.TextTruncateEllipsis
	states := stateColumns(widget.NewLabel(""), widget.NewLabel(""))
	return border(nil, nil, ref, states, what)
}

func (c *compareScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := c.rows[i]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(r.Ref)
	row.Objects[1].(*widget.Label).SetText(compareText(r))
	states := row.Objects[2].(*fyne.Container)
	states.Objects[0].(*fyne.Container).Objects[0].(*widget.Label).SetText(stateOrDash(r.InLast, r.Last))
	states.Objects[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(stateOrDash(r.InThis, r.This))
}

// stateColumns lays out two fixed-width cells side by side.
func stateColumns(last, this fyne.CanvasObject) *fyne.Container {
	return container.NewHBox(container.New(layout.NewGridWrapLayout(stateCell), last), container.New(layout.NewGridWrapLayout(stateCell), this))
}

func compareText(r assessment.Comparison) string {
	if len(r.Changes) == 0 {
		return r.Short + " · no change"
	}
	return r.Short + " · " + strings.Join(r.Changes, ", ")
}

func stateOrDash(in bool, s assessment.ItemState) string {
	if !in {
		return "–"
	}
	return s.Label()
}

func (c *compareScreen) refresh() {
	p := c.d.previous
	if p == nil {
		c.rows = nil
		c.intro.SetText("There is no earlier assessment to compare with. Next year, this shows each question's state beside this year's.")
		c.list.Refresh()
		return
	}
	c.rows = assessment.Compare(p.edition, p.record, c.d.edition, c.d.record, c.d.profile, c.d.now())
	changed := 0
	for _, r := range c.rows {
		if len(r.Changes) > 0 {
			changed++
		}
	}
	c.intro.SetText(fmt.Sprintf("DSPT %s (%s) beside DSPT %s. %d of %s changed. Choose a line to go to its question.",
		p.edition.ID, yearState(p.record.Assessment), c.d.edition.ID, changed, assessment.Count(len(c.rows), "question", "questions")))
	c.list.Refresh()
}

func yearState(a assessment.Assessment) string {
	if a.Locked() {
		return "published at " + a.PublishedLevel.String()
	}
	return "not published"
}
