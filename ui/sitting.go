package ui

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// sittingScreen is for the hour, usually once a year, in which the manager
// types every answer into the online toolkit: every question in the
// toolkit's order, with the answer ready to copy, how "Not applicable" is
// entered online, the wording check and a tick once it is entered.
type sittingScreen struct {
	d        *Desk
	edition  *assessment.Edition // the edition the cards were built for
	cards    []*sittingCard
	progress *widget.Label
	note     *widget.Label // what was last copied, or why nothing was
	head     *fyne.Container
	list     *fyne.Container
	scroll   *container.Scroll
	wording  *wordingBadge // the question page's wording dialogs and save, reused
	root     fyne.CanvasObject
}

func newSittingScreen(d *Desk) *sittingScreen {
	s := &sittingScreen{d: d, progress: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		note: wrapLabel(""), list: container.NewVBox()}
	s.wording = newWordingBadge(d)
	s.wording.onSaved = s.refresh
	title := widget.NewLabelWithStyle("Toolkit sitting", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	s.note.Hide()
	s.scroll = container.NewVScroll(s.list)
	s.head = container.NewVBox(border(nil, nil, title, nil, s.progress), s.note)
	s.root = border(s.head, nil, nil, nil, s.scroll)
	return s
}

func (s *sittingScreen) content() fyne.CanvasObject { return s.root }

// refresh builds the cards for the edition on show, then fills them in.
func (s *sittingScreen) refresh() {
	if s.edition != s.d.edition {
		s.build()
	}
	for _, c := range s.cards {
		c.refresh()
	}
	s.progress.SetText(assessment.Sitting(s.d.edition, s.d.record).String())
}

// build makes one card per question, with a heading before each group.
func (s *sittingScreen) build() {
	s.edition = s.d.edition
	s.cards = nil
	objs := []fyne.CanvasObject{wrapLabel("Every question in the online toolkit's order. Copy each answer into the toolkit, then tick it as entered. " +
		"Click an answer (or Tab to it): Ctrl+C copies it, Down goes to the next question.")}
	for _, g := range s.edition.Groups {
		h := widget.NewLabelWithStyle(g.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		h.SizeName = theme.SizeNameSubHeadingText
		objs = append(objs, h)
		for _, it := range g.Items {
			c := newSittingCard(s, it, len(s.cards))
			s.cards = append(s.cards, c)
			objs = append(objs, c.root)
		}
	}
	s.list.Objects = objs
	s.list.Refresh()
	s.say("")
}

// say shows a short note under the progress line, or hides it.
func (s *sittingScreen) say(text string) {
	s.note.SetText(text)
	showIf(s.note, text != "")
	s.head.Refresh()
}

// move puts the focus on the answer of the card step away from card i, and
// scrolls to it.
func (s *sittingScreen) move(i, step int) {
	j := i + step
	if j < 0 || j >= len(s.cards) {
		return
	}
	c := s.cards[j]
	s.scroll.Offset = fyne.NewPos(0, c.root.Position().Y)
	s.scroll.Refresh()
	s.d.win.Canvas().Focus(c.answer)
}

// copy puts text on the clipboard exactly as given, and says so.
func (s *sittingScreen) copy(what, ref, text string) {
	if text == "" {
		s.say(fmt.Sprintf("Question %s has no %s to copy.", ref, what))
		return
	}
	s.d.app.Clipboard().SetContent(text)
	s.say(fmt.Sprintf("Copied the %s of question %s. Paste it into the online toolkit.", what, ref))
}

// setEntered records whether a question is entered in the online toolkit.
func (s *sittingScreen) setEntered(it *assessment.Item, entered bool) {
	d := s.d
	if d.readOnly() || d.record.IsEnteredOnline(it.Ref) == entered {
		return
	}
	if d.record.EnteredOnline == nil {
		d.record.EnteredOnline = map[string]time.Time{}
	}
	delete(d.record.EnteredOnline, it.Ref)
	if entered {
		d.record.EnteredOnline[it.Ref] = d.now()
	}
	s.progress.SetText(assessment.Sitting(d.edition, d.record).String())
	id, ref := d.record.Assessment.ID, it.Ref
	d.write("whether question "+ref+" is entered online", func(ctx context.Context) error {
		_, err := d.store.SaveEnteredOnline(ctx, id, ref, entered)
		return err
	}, nil)
}

// matches records that the question reads the same in the live toolkit.
func (s *sittingScreen) matches(it *assessment.Item) {
	s.wording.item = it
	s.wording.save(assessment.WordingCheck{Ref: it.Ref, State: assessment.WordingMatches})
}

// differs asks for the live toolkit's wording of the question.
func (s *sittingScreen) differs(it *assessment.Item) {
	s.wording.item = it
	s.wording.askLiveWording()
}
