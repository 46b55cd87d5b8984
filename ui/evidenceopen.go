package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// open opens an evidence location the safe way (assessment.HowToOpen): a
// document, picture, folder or web link in its own program; for a program
// only the folder it is in; for a file of a type DSPT Desk does not know,
// only after asking.
func (l *evidenceList) open(e assessment.Evidence) {
	if c := l.d.evidence[e.ID]; c == assessment.EvidenceMissing {
		showMessage(l.d.win, "Not found", evidenceWarning(e, c))
		return
	}
	way, why := assessment.HowToOpen(e)
	switch way {
	case assessment.OpenDirectly:
		l.openLocation(e)
	case assessment.OpenFolderOnly:
		l.offerFolder(e, "This is a program", why)
	case assessment.OpenAsk:
		l.askBeforeOpening(e, why)
	default:
		showMessage(l.d.win, "DSPT Desk does not open this", why)
	}
}

// openLocation hands a checked location to the system's own program.
func (l *evidenceList) openLocation(e assessment.Evidence) {
	u := assessment.WebLink(e.Location)
	if e.Kind != assessment.EvidenceLink {
		u = fileURL(assessment.ExaminePath(e.Location).Path)
	}
	if err := l.d.app.OpenURL(u); err != nil {
		l.d.openFailed(e.Kind, e.Location, err)
	}
}

// openFolder shows the folder that holds a file, never the file itself.
func (l *evidenceList) openFolder(e assessment.Evidence) {
	dir := assessment.ParentFolder(e.Location)
	if dir == "" {
		showMessage(l.d.win, "No folder to show", "This entry does not say which folder the file is in. Use \"Edit…\" to give its full place.")
		return
	}
	l.openLocation(assessment.Evidence{Kind: assessment.EvidenceFolder, Location: dir})
}

// offerFolder explains why a file is not opened and offers its folder.
func (l *evidenceList) offerFolder(e assessment.Evidence, title, why string) {
	msg := wrapLabel(why + "\n\n" + e.Location)
	confirm(l.d.win, title, "Show its folder", "Cancel", msg, func(ok bool) {
		if ok {
			l.openFolder(e)
		}
	})
}

// askBeforeOpening names the risk of opening a file of an unknown type and
// lets the manager open it, show its folder, or do nothing.
func (l *evidenceList) askBeforeOpening(e assessment.Evidence, why string) {
	var d *dialog.CustomDialog
	anyway := widget.NewButton("Open it anyway", func() { d.Hide(); l.openLocation(e) })
	anyway.Importance = widget.DangerImportance
	folder := widget.NewButton("Show its folder", func() { d.Hide(); l.openFolder(e) })
	folder.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Open this file?", wrapLabel(why+"\n\n"+e.Location), l.d.win)
	d.SetButtons([]fyne.CanvasObject{cancel, anyway, folder})
	d.Resize(fyne.NewSize(520, 0))
	withKeys(l.d.win, d, func() { d.Hide(); l.openFolder(e) }, d.Hide)
	d.Show()
}
