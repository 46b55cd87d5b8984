package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// searchDialog finds a question by its reference or by words.
type searchDialog struct {
	d       *Desk
	query   *keyEntry
	found   []*assessment.Item
	results *widget.List
	note    *widget.Label
	dlg     *dialog.CustomDialog
}

// openSearch shows the search dialog with the cursor in its box.
func (d *Desk) openSearch() *searchDialog {
	s := &searchDialog{d: d, query: newKeyEntry(), note: widget.NewLabel("Type a reference such as 1.3.2, or words such as \"backup\".")}
	s.query.SetPlaceHolder("Find a question")
	s.query.OnChanged = s.search
	s.results = widget.NewList(func() int { return len(s.found) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		o.(*widget.Label).SetText(s.found[i].Ref + "  " + s.found[i].Short)
	})
	s.results.OnSelected = s.choose
	body := border(container.NewVBox(s.query, s.note), nil, nil, nil, s.results)
	s.dlg = dialog.NewCustom("Find a question", "Close", body, d.win)
	s.dlg.Resize(fyne.NewSize(560, 460))
	withKeys(d.win, s.dlg, func() { s.choose(0) }, s.dlg.Hide, s.query)
	s.dlg.Show()
	d.win.Canvas().Focus(s.query)
	return s
}

func (s *searchDialog) search(q string) {
	s.found = assessment.Search(s.d.edition, q)
	switch {
	case q == "":
		s.note.SetText("Type a reference such as 1.3.2, or words such as \"backup\".")
	case len(s.found) == 0:
		s.note.SetText("No question matches. Try fewer or different words.")
	default:
		s.note.SetText("Choose a question, or press Enter for the first.")
	}
	s.results.UnselectAll()
	s.results.Refresh()
}

func (s *searchDialog) choose(i int) {
	if i < 0 || i >= len(s.found) {
		return
	}
	s.dlg.Hide()
	s.d.questions.showItem(s.found[i])
}
