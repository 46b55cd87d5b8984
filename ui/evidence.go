package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// evidenceList shows where a question's evidence is kept and lets the
// manager add a file, a folder, a paper location, a web link or a note,
// open one, or remove one.
type evidenceList struct {
	d       *Desk
	item    *assessment.Item
	rows    *fyne.Container
	busy    *widget.ProgressBarInfinite
	buttons []*widget.Button
	content fyne.CanvasObject
}

func newEvidenceList(d *Desk) *evidenceList {
	l := &evidenceList{d: d, rows: container.NewVBox(), busy: widget.NewProgressBarInfinite()}
	l.busy.Hide()
	l.buttons = []*widget.Button{
		widget.NewButtonWithIcon("Add file…", theme.FileIcon(), l.chooseFile),
		widget.NewButtonWithIcon("Add folder…", theme.FolderIcon(), l.chooseFolder),
		widget.NewButtonWithIcon("Add paper location…", theme.DocumentIcon(), func() { l.askText(assessment.EvidencePaper) }),
		widget.NewButtonWithIcon("Add web link…", theme.MailAttachmentIcon(), func() { l.askText(assessment.EvidenceLink) }),
		widget.NewButtonWithIcon("Add note…", theme.DocumentCreateIcon(), func() { l.askText(assessment.EvidenceText) }),
	}
	add := newFlow()
	for _, b := range l.buttons {
		add.Add(b)
	}
	l.content = container.NewVBox(l.rows, l.busy, add)
	return l
}

func (l *evidenceList) load(it *assessment.Item) {
	l.item = it
	l.refresh()
}

// refresh rebuilds the rows from the desk's record.
func (l *evidenceList) refresh() {
	if l.item == nil {
		return
	}
	l.rows.RemoveAll()
	items := l.d.record.EvidenceFor(l.item.Ref)
	if len(items) == 0 {
		l.rows.Add(wrapLabel("No evidence recorded yet."))
	}
	for _, e := range items {
		l.rows.Add(l.row(e))
	}
	for _, b := range l.buttons {
		setEnabled(b, !l.d.readOnly())
	}
}

func (l *evidenceList) row(e assessment.Evidence) fyne.CanvasObject {
	where := widget.NewLabel(e.Location)
	where.Wrapping = fyne.TextWrapWord // long paths still break, but words stay whole
	lines := container.NewVBox(where)
	if e.Note != "" {
		note := wrapLabel(e.Note)
		note.TextStyle = fyne.TextStyle{Italic: true}
		lines.Add(note)
	}
	c := l.d.evidence[e.ID]
	if w := evidenceWarning(e, c); w != "" {
		warn := wrapLabel(w)
		warn.Importance = warningImportance(c)
		lines.Add(warn)
	}
	lines.Add(l.fixButtons(e, c))
	kind := widget.NewLabelWithStyle(e.Kind.Label(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.confirmRemove(e) })
	setEnabled(remove, !l.d.readOnly())
	buttons := container.NewHBox(remove)
	if e.Kind == assessment.EvidenceFile || e.Kind == assessment.EvidenceFolder || e.Kind == assessment.EvidenceLink {
		buttons.Objects = append([]fyne.CanvasObject{widget.NewButton("Open", func() { l.open(e) })}, buttons.Objects...)
	}
	// The buttons keep their height at the top of the entry, level with its
	// kind, instead of stretching down beside a long path.
	return border(nil, widget.NewSeparator(), container.NewVBox(kind), container.NewVBox(buttons), lines)
}

func (l *evidenceList) chooseFile() {
	l.d.choosePath(fileChoice{kind: pickOpen, title: "Choose the evidence file", purpose: "evidence"}, l.addFile)
}

func (l *evidenceList) chooseFolder() {
	l.d.choosePath(fileChoice{kind: pickFolder, title: "Choose the folder where the evidence is kept", purpose: "evidence"}, func(path string) {
		l.addPlace(assessment.EvidenceFolder, path, "")
	})
}

// addFile fingerprints the file in the background (large files take a
// while to read), then records it.
func (l *evidenceList) addFile(path string) { l.addFileFor(l.item.Ref, path, "") }

// addFileFor is addFile for the question ref, with a note.
func (l *evidenceList) addFileFor(ref, path, note string) {
	l.busy.Show()
	l.d.bg.run(func() func() {
		fp, cond := l.fingerprint(path)
		return func() {
			l.busy.Hide()
			l.d.addEvidence(assessment.Evidence{Ref: ref, Kind: assessment.EvidenceFile, Location: path, Note: note, File: fp, CheckedHere: true}, cond)
		}
	})
}

// addPlace records a folder (looked at in the background first), paper
// location, link or note.
func (l *evidenceList) addPlace(kind assessment.EvidenceKind, location, note string) {
	l.addPlaceOr(kind, location, note, nil)
}

// addPlaceOr is addPlace that runs failed if the location was not saved.
func (l *evidenceList) addPlaceOr(kind assessment.EvidenceKind, location, note string, failed func()) {
	e := assessment.Evidence{Ref: l.item.Ref, Kind: kind, Location: strings.TrimSpace(location), Note: strings.TrimSpace(note), CheckedHere: true}
	if kind != assessment.EvidenceFolder {
		l.d.addEvidenceOr(e, assessment.EvidenceUnchecked, failed)
		return
	}
	l.d.bg.run(func() func() {
		cond := assessment.CheckEvidenceNow(e)
		return func() { l.d.addEvidence(e, cond) }
	})
}

// askText asks for a paper location, web link or note.
func (l *evidenceList) askText(kind assessment.EvidenceKind) { l.askTextWith(kind, "", "") }

// askTextWith asks with the boxes already holding location and noteText. If
// the entry cannot be saved (a full disk), the dialog comes back with what
// was typed, to add again or cancel.
func (l *evidenceList) askTextWith(kind assessment.EvidenceKind, location, noteText string) {
	where := newKeyEntry()
	where.SetText(location)
	where.SetPlaceHolder(placeHolder(kind))
	where.Validator = func(s string) error { return assessment.CheckLocation(kind, s) }
	note := newKeyEntry()
	note.SetText(noteText)
	note.SetPlaceHolder("Optional: what it is, such as \"signed copies, 2026\"")
	items := []*widget.FormItem{widget.NewFormItem(kind.Label(), where)}
	if kind != assessment.EvidenceText { // a note is its own description
		items = append(items, widget.NewFormItem("Description", note))
	}
	l.showForm(askTitle(kind), "Add", items, where, note, func() {
		typedWhere, typedNote, ref := where.Text, note.Text, l.item.Ref
		l.addPlaceOr(kind, typedWhere, typedNote, func() {
			if l.item != nil && l.item.Ref == ref { // still on the same question
				l.askTextWith(kind, typedWhere, typedNote)
			}
		})
	})
}

// askTitle names the dialog after the button that opened it.
func askTitle(kind assessment.EvidenceKind) string {
	switch kind {
	case assessment.EvidencePaper:
		return "Add paper location"
	case assessment.EvidenceLink:
		return "Add web link"
	}
	return "Add " + strings.ToLower(kind.Label())
}

func placeHolder(kind assessment.EvidenceKind) string {
	switch kind {
	case assessment.EvidencePaper:
		return "Blue folder, manager's office cabinet"
	case assessment.EvidenceLink:
		return "https://…"
	}
	return "Where the evidence is, in your own words"
}

func (l *evidenceList) confirmRemove(e assessment.Evidence) {
	msg := wrapLabel(fmt.Sprintf("Remove \"%s\" from the evidence for %s?\nOnly the entry in DSPT Desk is removed; no file is deleted.", e.Location, e.Ref))
	confirm(l.d.win, "Remove evidence", "Remove", "Keep", msg, func(ok bool) {
		if ok {
			l.d.removeEvidence(e)
		}
	})
}
