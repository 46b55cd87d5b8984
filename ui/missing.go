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
// next one, each line one click from its question, with what the registers
// find wanting under the question it concerns.
type missingScreen struct {
	d     *Desk
	title *widget.Label
	intro *widget.Label
	list  *widget.List
	lines []missingLine
	root  fyne.CanvasObject
}

func newMissingScreen(d *Desk) *missingScreen {
	m := &missingScreen{d: d, title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), intro: wrapLabel("")}
	m.title.SizeName = theme.SizeNameSubHeadingText
	m.list = widget.NewList(func() int { return len(m.lines) }, newMissingRow, m.updateRow)
	m.list.OnSelected = func(i widget.ListItemID) {
		m.list.UnselectAll()
		m.open(m.lines[i])
	}
	m.root = border(container.NewVBox(m.title, m.intro), nil, nil, nil, m.list)
	return m
}

func (m *missingScreen) content() fyne.CanvasObject { return m.root }

func (m *missingScreen) refresh() {
	s := m.d.status
	m.lines = missingLines(s.Missing, m.d.edition, m.d.findings)
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
	l := m.lines[i]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(l.ref)
	text := row.Objects[1].(*widget.Label)
	text.TextStyle = fyne.TextStyle{Bold: l.heading}
	text.Importance = widget.MediumImportance
	if l.register {
		text.Importance = widget.WarningImportance
	}
	text.SetText(l.text)
	showIf(row.Objects[2], !l.heading)
}

// open goes to the line's question, or to the profile for the certificate.
func (m *missingScreen) open(l missingLine) {
	if l.heading {
		return
	}
	if it := m.d.edition.Item(l.target); it != nil {
		m.d.questions.showItem(it)
		return
	}
	m.d.show(screenProfile)
}
