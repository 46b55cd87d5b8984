package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// sittingCard is one question on the toolkit sitting screen. Every line
// wraps, so that it fits a narrow window.
type sittingCard struct {
	s        *sittingScreen
	item     *assessment.Item
	title    *widget.Label
	wording  *widget.Label
	live     *widget.Label // how the wording compares with the live toolkit
	matchBtn *widget.Button
	diffBtn  *widget.Button
	answer   *copyText
	copyAns  *widget.Button
	comment  *widget.Label
	copyCom  *widget.Button
	comBox   *fyne.Container
	evidence *widget.Label
	copyEv   *widget.Button
	evBox    *fyne.Container
	naHow    *widget.Label
	found    *widget.Label // what the registers say, to help type the answer
	entered  *widget.Check
	root     fyne.CanvasObject
}

func newSittingCard(s *sittingScreen, it *assessment.Item, i int) *sittingCard {
	c := &sittingCard{s: s, item: it, title: wrapLabel(fmt.Sprintf("%s  %s", it.Ref, it.Short)), wording: wrapLabel(it.Question),
		live: wrapLabel(""), comment: wrapLabel(""), evidence: wrapLabel(""), naHow: wrapLabel(it.NotApplicable.HowOnline()), found: wrapLabel("")}
	c.title.TextStyle = fyne.TextStyle{Bold: true}
	c.naHow.SizeName = theme.SizeNameCaptionText
	c.matchBtn = widget.NewButton("It matches", func() { s.matches(it) })
	c.diffBtn = widget.NewButton("It differs…", func() { s.differs(it) })
	c.answer = newCopyText(c.copyAnswer, func(step int) { s.move(i, step) })
	c.copyAns = widget.NewButton("Copy", c.copyAnswer)
	c.copyCom = widget.NewButton("Copy", func() {
		s.copy("comment", it.Ref, s.d.record.Answers[it.Ref].Comment)
	})
	c.copyEv = widget.NewButton("Copy", func() {
		s.copy("evidence locations", it.Ref, assessment.EvidenceLocations(s.d.record.EvidenceFor(it.Ref)))
	})
	c.entered = widget.NewCheck("Entered in the online toolkit", func(on bool) { s.setEntered(it, on) })
	c.comBox = container.NewVBox(heading("Comment"), border(nil, nil, nil, container.NewVBox(c.copyCom), c.comment))
	c.evBox = container.NewVBox(heading("Evidence locations"), border(nil, nil, nil, container.NewVBox(c.copyEv), c.evidence))
	c.root = container.NewVBox(c.title, c.wording, border(nil, nil, nil, container.NewHBox(c.matchBtn, c.diffBtn), c.live),
		heading("Your answer"), border(nil, nil, nil, container.NewVBox(c.copyAns), c.answer), c.found,
		c.comBox, c.evBox, c.naHow, c.entered, widget.NewSeparator())
	return c
}

// copyAnswer copies the stored answer, exactly as stored.
func (c *sittingCard) copyAnswer() {
	a := c.s.d.record.Answers[c.item.Ref]
	text := assessment.OnlineAnswer(c.item, a)
	if text == "" && c.item.Answer != assessment.Text {
		c.s.say(fmt.Sprintf("Nothing to copy for question %s. %s", c.item.Ref, answerShown(c.item, a)))
		return
	}
	c.s.copy("answer", c.item.Ref, text)
}

// refresh shows the question's answer, wording check and tick as recorded.
func (c *sittingCard) refresh() {
	d := c.s.d
	a := d.record.Answers[c.item.Ref]
	c.answer.SetText(answerShown(c.item, a))
	showIf(c.copyAns, assessment.OnlineAnswer(c.item, a) != "")
	c.comment.SetText(a.Comment)
	showIf(c.comBox, a.Comment != "")
	ev := assessment.EvidenceLocations(d.record.EvidenceFor(c.item.Ref))
	c.evidence.SetText(ev)
	showIf(c.evBox, ev != "")
	c.refreshWording()
	c.found.SetText(findingSummaries(d.findings[c.item.Ref]))
	showIf(c.found, c.found.Text != "")
	c.entered.SetChecked(d.record.IsEnteredOnline(c.item.Ref))
	enable(!d.readOnly(), c.entered, c.matchBtn, c.diffBtn)
}

// refreshWording says how the wording compares with the live toolkit.
func (c *sittingCard) refreshWording() {
	w, checked := c.s.d.record.Wording[c.item.Ref]
	c.diffBtn.SetText("It differs…")
	c.live.Importance = widget.MediumImportance
	switch {
	case !checked:
		c.live.SetText("Not yet compared with the live toolkit.")
	case w.State == assessment.WordingMatches:
		c.live.Importance = widget.SuccessImportance
		c.live.SetText("Matches the live toolkit.")
	default:
		c.live.Importance = widget.WarningImportance
		c.live.SetText(differsText(w))
		c.diffBtn.SetText("Change the live wording…")
	}
}

// differsText says what the live toolkit asks instead.
func differsText(w assessment.WordingCheck) string {
	text := "Differs. The live toolkit asks: " + w.LiveWording
	if w.LiveRef != "" {
		text += " (question " + w.LiveRef + " there)"
	}
	return text
}

// answerShown is the answer as the card shows it: the stored text, or what
// to do online where there is nothing to type.
func answerShown(it *assessment.Item, a assessment.Answer) string {
	if text := assessment.OnlineAnswer(it, a); text != "" {
		return text
	}
	switch it.Answer {
	case assessment.Tick:
		if a.Ticked() {
			return "Ticked: tick the box in the online toolkit."
		}
		return "Not ticked yet."
	case assessment.Document:
		return "Your evidence locations (below) are the answer."
	}
	return "No written answer yet."
}

// enable enables or disables the widgets together.
func enable(on bool, ws ...fyne.Disableable) {
	for _, w := range ws {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// findingSummaries writes what the registers say about a question, one
// figure a line: "From your registers: Training: 47 of 50 staff...".
func findingSummaries(fs []register.Finding) string {
	var lines []string
	for _, f := range fs {
		lines = append(lines, "From your registers: "+f.Summary)
	}
	return strings.Join(lines, "\n")
}
