package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// missingScreen lists what stands between the level reachable now and the
// next one, each line one click from its question.
type missingScreen struct {
	d     *Desk
	title *widget.Label
	intro *widget.Label
	list  *widget.List
	root  fyne.CanvasObject
}

func newMissingScreen(d *Desk) *missingScreen {
	m := &missingScreen{d: d, title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), intro: wrapLabel("")}
	m.title.SizeName = theme.SizeNameSubHeadingText
	m.list = widget.NewList(func() int { return len(d.status.Missing) }, newMissingRow, m.updateRow)
	m.list.OnSelected = func(i widget.ListItemID) {
		m.list.UnselectAll()
		m.open(d.status.Missing[i])
	}
	m.root = border(container.NewVBox(m.title, m.intro), nil, nil, nil, m.list)
	return m
}

func (m *missingScreen) content() fyne.CanvasObject { return m.root }

func (m *missingScreen) refresh() {
	s := m.d.status
	m.title.SetText(missingTitle(s))
	m.intro.SetText(missingIntro(s))
	m.list.Refresh()
}

func missingTitle(s *assessment.Status) string {
	if s.Next == assessment.NotReady {
		return "Standards Exceeded: nothing is missing"
	}
	return fmt.Sprintf("What's missing for %s: %s", s.Next, assessment.MissingCount(s.Missing))
}

func missingIntro(s *assessment.Status) string {
	text := "Reachable now: " + s.Level.String() + ". Choose a line to go to it."
	if s.Next == assessment.ApproachingStandards {
		text += " For Approaching Standards, answer the 26 questions it needs and give every other question that is not done an action with an owner and a target date."
	}
	if s.Note != "" {
		text += " " + s.Note
	}
	return text
}

func newMissingRow() fyne.CanvasObject {
	ref := widget.NewLabelWithStyle("10.2.1", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	return border(nil, nil, ref, widget.NewIcon(theme.NavigateNextIcon()), text)
}

func (m *missingScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	g := m.d.status.Missing[i]
	row := o.(*fyne.Container)
	ref := g.Ref
	if ref == "" {
		ref = "Profile"
	}
	row.Objects[0].(*widget.Label).SetText(ref)
	row.Objects[1].(*widget.Label).SetText(g.Short + ": " + g.Problem)
}

// open goes to the gap's question, or to the profile for the certificate.
func (m *missingScreen) open(g assessment.Gap) {
	if it := m.d.edition.Item(g.Ref); it != nil {
		m.d.questions.showItem(it)
		return
	}
	m.d.show(screenProfile)
}
