package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// detailLines is how many of a finding's details the card shows before
// "and N more", so that it stays small beside the answer.
const detailLines = 3

// registerCard shows, under the answer, what the registers say about the
// question on show: each finding's figure, who or what is behind it, what
// is still wanting, and buttons to open the register or use the figure in
// the answer. It is drawn again whenever the desk's state changes.
type registerCard struct {
	q        *questionDetail
	ref      string          // the question the card was drawn for
	drawn    string          // what the card shows, so an unchanged card is left alone
	expanded map[string]bool // the registers whose details are shown in full
	box      *fyne.Container
	content  fyne.CanvasObject
}

func newRegisterCard(q *questionDetail) *registerCard {
	c := &registerCard{q: q, expanded: map[string]bool{}, box: container.NewVBox()}
	c.content = container.NewVBox(heading("From your registers"), c.box)
	c.content.Hide()
	return c
}

// findings returns what the registers say about the question on show.
func (c *registerCard) findings() []register.Finding {
	if c.q.item == nil {
		return nil
	}
	return c.q.d.findings[c.q.item.Ref]
}

// refresh draws the card again when what it shows has changed.
func (c *registerCard) refresh() {
	if c.q.item == nil {
		return
	}
	if c.q.item.Ref != c.ref {
		c.ref, c.expanded = c.q.item.Ref, map[string]bool{}
	}
	fs := c.findings()
	if key := c.key(fs); key != c.drawn {
		c.drawn = key
		c.box.Objects = c.blocks(fs)
		c.box.Refresh()
	}
	showIf(c.content, len(fs) > 0)
}

// key writes down everything the card shows, to tell when it has changed.
func (c *registerCard) key(fs []register.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%v", c.ref, c.q.d.readOnly())
	for _, f := range fs {
		planned := f.Action != nil && c.q.d.hasAction(findingAction(f))
		fmt.Fprintf(&b, "|%s|%s|%q|%s|%v|%v|%v|%v|%v", f.Register, f.Summary, f.Details, f.Missing,
			c.offerNA(f), f.Action != nil, planned, f.ExportAsEvidence, c.expanded[f.Register])
	}
	return b.String()
}

// blocks draws each finding, with a line between them.
func (c *registerCard) blocks(fs []register.Finding) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for i, f := range fs {
		if i > 0 {
			out = append(out, widget.NewSeparator())
		}
		out = append(out, c.block(f))
	}
	return out
}

// block draws one finding: the figure in bold, the first few details, what
// is missing in the warning colour, and its buttons.
func (c *registerCard) block(f register.Finding) fyne.CanvasObject {
	summary := wrapLabel(f.Summary)
	summary.TextStyle = fyne.TextStyle{Bold: true}
	objs := []fyne.CanvasObject{summary}
	if len(f.Details) > 0 {
		objs = append(objs, c.details(f))
	}
	if f.Missing != "" {
		missing := wrapLabel(f.Missing)
		missing.Importance = widget.WarningImportance
		objs = append(objs, missing)
	}
	objs = append(objs, c.buttons(f))
	return container.NewVBox(objs...)
}

// details shows the first few details, and a button for the rest.
func (c *registerCard) details(f register.Finding) fyne.CanvasObject {
	lines, more := f.Details, 0
	if !c.expanded[f.Register] && len(lines) > detailLines {
		lines, more = lines[:detailLines], len(lines)-detailLines
	}
	text := wrapLabel(strings.Join(lines, "\n"))
	if more == 0 && len(f.Details) <= detailLines {
		return text
	}
	label, open := fmt.Sprintf("and %d more: show all", more), true
	if more == 0 {
		label, open = "Show fewer", false
	}
	toggle := widget.NewButton(label, func() { c.expand(f.Register, open) })
	toggle.Importance = widget.LowImportance
	return container.NewVBox(text, container.NewHBox(toggle))
}

// expand shows a finding's details in full, or only the first few.
func (c *registerCard) expand(name string, open bool) {
	c.expanded[name] = open
	c.refresh()
}

// buttons are what the manager can do with a finding. Only "Open" works on
// a published (locked) assessment.
func (c *registerCard) buttons(f register.Finding) fyne.CanvasObject {
	d := c.q.d
	edit := !d.readOnly()
	title := registerTitle(f.Register)
	open := widget.NewButtonWithIcon("Open the "+title, theme.ListIcon(), func() { d.openRegister(f.Register) })
	use := widget.NewButtonWithIcon("Use this in my answer", theme.ContentPasteIcon(), func() { c.use(f) })
	use.Importance = widget.HighImportance
	setEnabled(use, edit)
	row := newFlow(use)
	if c.offerNA(f) {
		na := widget.NewButtonWithIcon("Mark as not applicable…", theme.ConfirmIcon(), func() { c.markNA(f) })
		setEnabled(na, edit)
		row.Add(na)
	}
	if f.Action != nil {
		row.Add(c.actionButton(f, edit))
	}
	if f.ExportAsEvidence {
		ev := widget.NewButtonWithIcon("Add the register as evidence…", theme.FileIcon(), func() { c.exportEvidence(f) })
		setEnabled(ev, edit)
		row.Add(ev)
	}
	row.Add(open)
	return row
}

// actionButton adds the finding's action to the plan, or says it is there.
func (c *registerCard) actionButton(f register.Finding, edit bool) fyne.CanvasObject {
	if c.q.d.hasAction(findingAction(f)) {
		b := widget.NewButtonWithIcon("Already in your action plan", theme.ConfirmIcon(), nil)
		b.Disable()
		return b
	}
	b := widget.NewButtonWithIcon("Add to action plan", theme.ContentAddIcon(), func() { c.addAction(f) })
	setEnabled(b, edit)
	return b
}

// offerNA reports whether the finding's "Not applicable" is offered: the
// register shows it, the question allows it and it is not already given.
func (c *registerCard) offerNA(f register.Finding) bool {
	it := c.q.item
	return f.NotApplicable && it != nil && it.NotApplicable.Allowed() && !c.q.d.answer(it.Ref).NotApplicable
}

// registerTitle names a register in a sentence: "staff and training
// register"; the name itself when the register is not known.
func registerTitle(name string) string {
	r := register.Named(name)
	if r == nil {
		return name + " register"
	}
	return strings.ToLower(r.Title[:1]) + r.Title[1:] + " register"
}

// openRegister shows a register's screen.
func (d *Desk) openRegister(name string) {
	id := "register:" + name
	if !d.hasScreen(id) {
		d.opt.Log.Printf("no screen %q", id)
		showMessage(d.win, "Not available", "This version of DSPT Desk cannot show the "+registerTitle(name)+".")
		return
	}
	d.show(id)
}

// hasAction reports whether the plan already has an action for the same
// question and gap.
func (d *Desk) hasAction(a assessment.Action) bool {
	for _, x := range d.record.Actions {
		if x.Ref == a.Ref && x.Gap == a.Gap {
			return true
		}
	}
	return false
}

// findingAction is the action plan entry a finding suggests, for its
// question and naming its gap. f.Action must be set.
func findingAction(f register.Finding) assessment.Action {
	a := *f.Action
	a.ID = 0
	if a.Ref == "" {
		a.Ref = f.Ref
	}
	if a.Gap == "" {
		a.Gap = f.Missing
	}
	return a
}
