package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/assessment/report"
)

// askPackOptions asks whether the pack should include the answers'
// comments, as the online toolkit does (the default), and each register's
// appendix (when the registers hold anything), remembers the choices for
// next time, and then calls next.
func (d *Desk) askPackOptions(title, button string, next func()) {
	include := widget.NewCheck("Include the comments written with the answers", nil)
	include.SetChecked(!d.prefs.leaveOutComments())
	body := container.NewVBox(
		wrapLabel("The online toolkit keeps the comments with the answers, so the pack prints them too. Leave them out if they are notes only for yourself."),
		include)
	appendices := d.appendixChecks()
	if len(appendices) > 0 {
		body.Add(wrapLabel("Each register is printed as an appendix after the action plan, its figures first and then its table."))
		for _, c := range appendices {
			body.Add(c)
		}
	}
	confirm(d.win, title, button, "Cancel", body, func(ok bool) {
		if ok {
			d.prefs.setLeaveOutComments(!include.Checked)
			for i, reg := range register.All() {
				if i < len(appendices) {
					d.prefs.setLeaveOutAppendix(reg.Name, !appendices[i].Checked)
				}
			}
			next()
		}
	})
}

// appendixChecks offers "Include the ... appendix" for every register, as
// last chosen, when the registers on show hold any row; none otherwise.
func (d *Desk) appendixChecks() []*widget.Check {
	if d.registers.Count() == 0 {
		return nil
	}
	var out []*widget.Check
	for _, reg := range register.All() {
		c := widget.NewCheck("Include the "+reg.Title+" appendix", nil)
		c.SetChecked(!d.prefs.leaveOutAppendix(reg.Name))
		out = append(out, c)
	}
	return out
}

// packInput gathers what the pack shows, as the manager chose it.
func (d *Desk) packInput() report.Input {
	in := report.NewInput(d.edition, d.profile, d.record.Clone(), d.now(), d.opt.Version)
	var lastYear register.Book
	if p := d.previous; p != nil {
		in.SetPrevious(p.edition, p.record)
		lastYear = p.registers.Clone()
	}
	in.LeaveOutComments = d.prefs.leaveOutComments()
	in.SetRegisters(d.registers.Clone(), lastYear)
	in.LeaveOut = map[string]bool{}
	for _, reg := range register.All() {
		in.LeaveOut[reg.Name] = d.prefs.leaveOutAppendix(reg.Name)
	}
	return in
}
