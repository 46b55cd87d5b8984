package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// fixButtons are the clicks that keep an evidence entry up to date: edit
// it, accept a changed file, find a missing one, check an imported one.
func (l *evidenceList) fixButtons(e assessment.Evidence, c assessment.EvidenceCondition) fyne.CanvasObject {
	box := container.NewHBox()
	if !l.d.readOnly() {
		box.Add(widget.NewButtonWithIcon("Edit…", theme.DocumentCreateIcon(), func() { l.edit(e) }))
	}
	editable := !l.d.readOnly()
	switch {
	case c == assessment.EvidenceChanged && editable:
		right := widget.NewButtonWithIcon("Yes, this is the right version", theme.ConfirmIcon(), func() { l.relocate(e, e.Location, e.Note) })
		right.Importance = widget.HighImportance
		box.Add(right)
	case (c == assessment.EvidenceMissing || c == assessment.EvidenceUnreadable) && editable:
		find := widget.NewButtonWithIcon("Find it…", theme.SearchIcon(), func() { l.findIt(e) })
		find.Importance = widget.HighImportance
		box.Add(find)
	}
	if c == assessment.EvidenceNotChecked || c == assessment.EvidenceUnreadable {
		box.Add(widget.NewButtonWithIcon("Check it now", theme.ViewRefreshIcon(), func() { l.checkNow(e) }))
	}
	return box
}

// warningImportance colours a condition's warning: red for evidence that is
// gone or unusable, orange for evidence to look at.
func warningImportance(c assessment.EvidenceCondition) widget.Importance {
	if c.Found() {
		return widget.WarningImportance
	}
	return widget.DangerImportance
}

// edit lets the manager change where a piece of evidence is kept and its
// note, instead of removing it and adding it again.
func (l *evidenceList) edit(e assessment.Evidence) {
	where := newKeyEntry()
	where.SetText(e.Location)
	where.Validator = func(s string) error { return assessment.CheckLocation(e.Kind, s) }
	note := newKeyEntry()
	note.SetText(e.Note)
	note.SetPlaceHolder("Optional: what it is, such as \"signed copies, 2026\"")
	items := []*widget.FormItem{widget.NewFormItem(e.Kind.Label(), where)}
	if e.Kind == assessment.EvidenceFile || e.Kind == assessment.EvidenceFolder {
		items = append(items, widget.NewFormItem("", widget.NewButtonWithIcon("Choose the new place…", theme.FolderOpenIcon(), func() {
			l.d.choosePath(l.placeChoice(e), where.SetText)
		})))
	}
	if e.Kind != assessment.EvidenceText { // a note is its own description, as when adding it
		items = append(items, widget.NewFormItem("Description", note))
	}
	l.showForm(editTitle(e.Kind), "Save", items, where, note, func() { l.saveEdit(e, where.Text, note.Text) })
}

// editTitle names the edit dialog as askTitle names the one that added the
// entry: "Change this paper location", not "Change this paper".
func editTitle(kind assessment.EvidenceKind) string {
	return "Change this " + strings.TrimPrefix(askTitle(kind), "Add ")
}

// showForm shows an evidence form; Enter confirms it and Escape cancels.
// Fyne lets a form be confirmed while the box with a problem still has the
// focus (its check waits for the focus to leave), so the location is
// checked again on confirming: a refused one is explained and the form
// comes back with what was typed, instead of an error after it has gone.
func (l *evidenceList) showForm(title, confirm string, items []*widget.FormItem, where, note *keyEntry, save func()) {
	var f *dialog.FormDialog
	f = dialog.NewForm(title, confirm, "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		if err := where.Validator(where.Text); err != nil {
			f.Show()
			showMessage(l.d.win, "Not saved yet", assessment.ErrorMessage(err))
			return
		}
		save()
	}, l.d.win)
	withKeys(l.d.win, f, f.Submit, f.Hide, where, note)
	f.Resize(fyne.NewSize(560, 0))
	f.Show()
	l.d.win.Canvas().Focus(where)
}

// placeChoice is the file dialog that finds a new place for e.
func (l *evidenceList) placeChoice(e assessment.Evidence) fileChoice {
	if e.Kind == assessment.EvidenceFolder {
		return fileChoice{kind: pickFolder, title: "Where is the folder " + lastName(e.Location) + " now?", purpose: "evidence"}
	}
	return fileChoice{kind: pickOpen, title: "Where is " + lastName(e.Location) + " now?", purpose: "evidence"}
}

// saveEdit saves an edited entry: a file or folder with a new place is
// looked at (and a file fingerprinted) first; a new note alone changes
// nothing else.
func (l *evidenceList) saveEdit(e assessment.Evidence, location, note string) {
	moved := strings.TrimSpace(location) != e.Location
	if moved && (e.Kind == assessment.EvidenceFile || e.Kind == assessment.EvidenceFolder) {
		l.relocate(e, location, note)
		return
	}
	e.Location, e.Note = location, strings.TrimSpace(note)
	l.d.updateEvidence(e, l.d.evidence[e.ID])
}
