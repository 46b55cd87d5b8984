package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// showError logs the detail of err and shows the manager a plain sentence
// saying what happened and what to do.
func (d *Desk) showError(title string, err error) {
	d.opt.Log.Printf("%s: %v", title, err)
	showMessage(d.win, title, assessment.ErrorMessage(err))
}

// showMessage shows a dialog with a readable, wrapped message.
func showMessage(win fyne.Window, title, message string) {
	dlg := dialog.NewCustom(title, "OK", wrapLabel(message), win)
	dlg.Resize(fyne.NewSize(480, 0))
	withKeys(win, dlg, nil, dlg.Hide)
	dlg.Show()
}
