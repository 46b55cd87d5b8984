package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// showWelcome greets a first-time user, explains the three levels and asks
// for the organisation's details, checking the ODS code and ICO number as
// they are typed. Everything typed is saved as it goes.
func (d *Desk) showWelcome() {
	f := newProfileForm(d)
	f.load()
	intro := wrapLabel("DSPT Desk walks you through the Data Security and Protection Toolkit, one question at a time, with plain guidance beside each. Your answers are saved on this computer as you type. Start with your organisation's details; you can change them later under Organisation profile.")
	levels := widget.NewRichTextFromMarkdown(levelsMarkdown)
	levels.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(intro, widget.NewForm(f.identityItems()...), levels)
	if d.opt.NewFile {
		body.Objects = append([]fyne.CanvasObject{intro, newFileLine(d.store.Path())}, body.Objects[1:]...)
	}
	var dlg *dialog.CustomDialog
	d.welcome = f
	finish := func() {
		f.flush()
		d.welcome = nil
		dlg.Hide()
		d.show(d.current)
	}
	start := widget.NewButton("Start", finish)
	start.Importance = widget.HighImportance
	dlg = dialog.NewCustomWithoutButtons("Welcome to DSPT Desk", border(nil, container.NewHBox(layoutSpacer(), start), nil, nil, container.NewVScroll(body)), d.win)
	dlg.Resize(fyne.NewSize(720, 640))
	withKeys(d.win, dlg, finish, finish, f.name, f.ods, f.ico, f.cqc, f.manager, f.lead) // all typing is saved either way
	dlg.Show()
	d.win.Canvas().Focus(f.name)
}

// newFileLine says where the new file for the manager's work was made.
func newFileLine(path string) fyne.CanvasObject {
	return wrapLabel("DSPT Desk has made a new file for your work: " + path)
}
