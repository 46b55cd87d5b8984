package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/report"
)

// askPackOptions asks whether the pack should include the answers'
// comments, as the online toolkit does (the default), remembers the choice
// for next time, and then calls next.
func (d *Desk) askPackOptions(title, button string, next func()) {
	include := widget.NewCheck("Include the comments written with the answers", nil)
	include.SetChecked(!d.prefs.leaveOutComments())
	body := container.NewVBox(
		wrapLabel("The online toolkit keeps the comments with the answers, so the pack prints them too. Leave them out if they are notes only for yourself."),
		include)
	confirm(d.win, title, button, "Cancel", body, func(ok bool) {
		if ok {
			d.prefs.setLeaveOutComments(!include.Checked)
			next()
		}
	})
}

// packInput gathers what the pack shows, as the manager chose it.
func (d *Desk) packInput() report.Input {
	in := report.NewInput(d.edition, d.profile, d.record.Clone(), d.now(), d.opt.Version)
	if p := d.previous; p != nil {
		in.SetPrevious(p.edition, p.record)
	}
	in.LeaveOutComments = d.prefs.leaveOutComments()
	return in
}
