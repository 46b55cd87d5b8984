package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// yearsScreen lists the assessments kept, records a publication (which
// locks the assessment) and starts next year's review.
type yearsScreen struct {
	d       *Desk
	years   []assessment.Assessment
	list    *widget.List
	listBox *fyne.Container // keeps the list tall enough for its years
	publish *widget.Button
	next    *widget.Button
	pubNote *widget.Label
	nextMsg *widget.Label
	target  *assessment.Edition // the year the next review would start, or nil
	root    fyne.CanvasObject
}

func newYearsScreen(d *Desk) *yearsScreen {
	y := &yearsScreen{d: d, pubNote: wrapLabel(""), nextMsg: wrapLabel("")}
	y.list = widget.NewList(func() int { return len(y.years) }, newYearRow, y.updateRow)
	y.publish = widget.NewButtonWithIcon("Record publication…", theme.ConfirmIcon(), y.askPublication)
	y.next = widget.NewButtonWithIcon("Start next year's review", theme.MediaSkipNextIcon(), y.confirmNextYear)
	top := container.NewVBox(heading("Years and publication"),
		wrapLabel("Every assessment is kept. Open an earlier one to read it; published ones cannot be changed."))
	bottom := container.NewVBox(widget.NewSeparator(),
		heading("Record publication"), y.pubNote, container.NewHBox(y.publish),
		widget.NewSeparator(),
		heading("Next year"), y.nextMsg, container.NewHBox(y.next))
	y.listBox = atLeast(fyne.Size{}, y.list)
	y.root = border(top, container.NewPadded(bottom), nil, nil, y.listBox)
	return y
}

func (y *yearsScreen) content() fyne.CanvasObject { return y.root }

// yearsListHeight is tall enough to show n years (at most four; more
// scroll), so the year open now and its button are never cut off by the
// sections below on a short window.
func yearsListHeight(n int) float32 {
	n = min(max(n, 1), 4)
	return float32(n) * (newYearRow().MinSize().Height + theme.SeparatorThicknessSize() + theme.Padding())
}

func newYearRow() fyne.CanvasObject {
	return border(nil, nil, nil, widget.NewButton("Open", nil), widget.NewLabel(""))
}

func (y *yearsScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	a := y.years[i]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(yearLine(a))
	open := row.Objects[1].(*widget.Button)
	open.OnTapped = func() { y.d.viewYear(a.ID) }
	if a.ID == y.d.record.Assessment.ID {
		open.SetText("Shown now")
		open.Disable()
	} else {
		open.SetText("Open")
		open.Enable()
	}
}

func yearLine(a assessment.Assessment) string {
	if a.Locked() {
		return fmt.Sprintf("DSPT %s · published %s", a.EditionID, a.PublishedWhen())
	}
	return fmt.Sprintf("DSPT %s · in progress", a.EditionID)
}

func (y *yearsScreen) refresh() {
	years, err := y.d.store.Assessments(context.Background())
	if err != nil {
		y.d.showError("The list of years could not be read", err)
	}
	y.years = years
	y.listBox.Layout = atLeastLayout{fyne.NewSize(0, yearsListHeight(len(years)))}
	y.list.Refresh()
	y.pubNote.SetText(publicationNote(y.d))
	setEnabled(y.publish, !y.d.readOnly())
	msg, next := nextYearNote(y.d, years)
	y.nextMsg.SetText(msg)
	y.target = next
	setEnabled(y.next, next != nil)
}

func publicationNote(d *Desk) string {
	if a := d.record.Assessment; a.Locked() {
		return fmt.Sprintf("This assessment was published %s and is locked.", a.PublishedWhen())
	}
	return "When you have published in the online toolkit, record the date and the level it gave you. This locks the assessment so it is kept as published, and DSPT Desk will not offer Approaching Standards again (it can be used only once)."
}

// nextYearNote says whether a new review can start, and if not, why; the
// edition to start is the one live today, when it is newer than the newest
// assessment (published or not).
func nextYearNote(d *Desk, years []assessment.Assessment) (string, *assessment.Edition) {
	if len(years) == 0 {
		return "The assessments could not be read, so a new year cannot start now.", nil
	}
	newest := years[len(years)-1]
	if d.record.Assessment.ID != newest.ID {
		return "Open the newest assessment to start the next year from it.", nil
	}
	bank, today := d.bank(), d.now()
	if next := bank.NewerLive(d.edition, today); next != nil {
		return fmt.Sprintf("Start the %s review from this one: your answers, comments, evidence records and open actions are carried forward with the registers (breaches and spot checks stay with their year), and each answer is marked \"needs review\" until you confirm it still holds. The %s assessment is kept as it is, to read.", next.ID, d.edition.ID), next
	}
	if soon := bank.NotYetLive(d.edition, today); soon != nil {
		return fmt.Sprintf("The %s toolkit goes live on %s. Start its review from here then.", soon.ID, assessment.HumanDate(soon.Live())), nil
	}
	return nextEditionNote(d, d.edition), nil
}

func (y *yearsScreen) confirmNextYear() {
	next := y.target
	if next == nil {
		return
	}
	msg := fmt.Sprintf("Start the %s review from the %s assessment?\n\nThe %s assessment is kept as it is.", next.ID, y.d.edition.ID, y.d.edition.ID)
	confirm(y.d.win, "Start next year's review", "Start", "Cancel", wrapLabel(msg), func(ok bool) {
		if ok {
			y.d.startNextYear(next)
		}
	})
}

// startNextYear carries the assessment on show forward into the edition.
func (d *Desk) startNextYear(to *assessment.Edition) {
	d.flushEdits()
	carried := assessment.CarryForward(d.record.Clone(), d.edition, to)
	from := d.edition.ID
	d.write("the new year's review", func(ctx context.Context) error {
		_, err := d.store.CreateAssessmentWith(ctx, to.ID, carried.Record)
		return err
	}, func() {
		d.viewing = 0
		d.reloadAll()
		showMessage(d.win, "Next year's review started", carryReport(to, carried)+carriedRegisters(d.registers, from))
	})
}

// carryReport tells the manager what was carried, what is new and what went.
func carryReport(to *assessment.Edition, c assessment.Carried) string {
	r := c.Record
	text := fmt.Sprintf("Carried into %s: %s (each marked \"needs review\"), %s and %s.",
		to.ID, assessment.Count(len(r.Answers), "answer", "answers"), assessment.Count(len(r.Evidence), "evidence record", "evidence records"), assessment.Count(len(r.Actions), "open action", "open actions"))
	if len(c.New) > 0 {
		text += "\n\nNew questions this year: " + itemList(c.New) + "."
	}
	if len(c.Removed) > 0 {
		text += "\n\nNo longer asked (your answers stay in last year's assessment; any open action for them is carried as a general action, with a note): " + itemList(c.Removed) + "."
	}
	return text
}

func itemList(items []*assessment.Item) string {
	var parts []string
	for _, it := range items {
		parts = append(parts, it.Ref+" "+it.Short)
	}
	return strings.Join(parts, "; ")
}

// viewYear shows another assessment, rebuilding the window for its edition.
func (d *Desk) viewYear(id int64) {
	d.afterSaves(func() {
		d.viewing = id
		if err := d.load(context.Background()); err != nil {
			d.showError("That assessment could not be opened", err)
			return
		}
		d.build()
		d.checkEvidence()
		d.show(screenYears)
	})
}
