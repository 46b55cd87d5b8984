package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// overviewFigures is how many figures a card shows before "and N more":
// those with something missing are always shown.
const overviewFigures = 3

// registersScreen lists every register as a card: its rows, its figures
// and what in it wants attention, one click from its own screen.
type registersScreen struct {
	d     *Desk
	intro *widget.Label
	cards []*overviewCard
	root  fyne.CanvasObject
}

func newRegistersScreen(d *Desk) *registersScreen {
	s := &registersScreen{d: d, intro: wrapLabel("")}
	title := widget.NewLabelWithStyle("Registers", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	box := container.NewVBox(title, s.intro)
	for _, r := range register.All() {
		c := newOverviewCard(d, r)
		s.cards = append(s.cards, c)
		box.Add(c.root)
	}
	s.root = container.NewVScroll(box)
	return s
}

func (s *registersScreen) content() fyne.CanvasObject { return s.root }

// refresh works out every register's overview again and redraws the cards.
func (s *registersScreen) refresh() {
	c := s.d.registerContext()
	for _, card := range s.cards {
		card.show(register.OverviewOf(card.reg, c, s.d.findings))
	}
	setLabel(s.intro, registersIntro(s.d.registersEditable()))
}

// registersIntro says what the screen is and how to use it.
func registersIntro(editable bool) string {
	text := "The lists that answer the toolkit's questions for you. Each card shows a register's figures, with a warning sign where something is missing, and what in it needs attention. Click a card to open the register. The number beside Registers on the left counts the questions with something missing."
	if !editable {
		text += " These are an earlier year's registers, kept to read."
	}
	return text
}

// registersWanting counts the findings, of every register, with something
// missing: the number beside Registers in the left-hand panel.
func registersWanting(findings map[string][]register.Finding) int {
	n := 0
	for _, fs := range findings {
		for _, f := range fs {
			if f.Missing != "" {
				n++
			}
		}
	}
	return n
}

// overviewCard is one register on the Registers screen. The whole card
// opens the register, as does its Open button.
type overviewCard struct {
	d         *Desk
	reg       *register.Register
	counts    *widget.Label
	attention *widget.Label
	figures   *fyne.Container // holds the figures, drawn again when they change
	open      *widget.Button
	expanded  bool   // every figure is shown, not only the first few
	drawn     string // the figures shown, so unchanged ones are left alone
	root      fyne.CanvasObject
}

func newOverviewCard(d *Desk, r *register.Register) *overviewCard {
	c := &overviewCard{d: d, reg: r, counts: widget.NewLabel(""), attention: wrapLabel(""), figures: container.NewStack()}
	title := widget.NewLabelWithStyle(r.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.open = widget.NewButtonWithIcon("Open", theme.NavigateNextIcon(), c.openRegister)
	c.open.IconPlacement = widget.ButtonIconTrailingText
	head := border(nil, nil, nil, container.NewVBox(c.open), newFlow(title, c.counts))
	c.root = newTapCard(tight(container.NewVBox(head, c.attention, c.figures)), c.openRegister)
	return c
}

func (c *overviewCard) openRegister() { c.d.openRegister(c.reg.Name) }

// show draws the card for the register's overview.
func (c *overviewCard) show(o register.Overview) {
	setLabel(c.counts, o.Counts())
	text, importance := "Nothing needs attention", widget.SuccessImportance
	if o.Attention() > 0 {
		text, importance = "Needs attention: "+o.AttentionText(), widget.WarningImportance
	}
	if c.attention.Importance != importance {
		c.attention.Importance = importance
		c.attention.Refresh()
	}
	setLabel(c.attention, text)
	fs := firstFigures(o.Findings)
	hidden := len(o.Findings) - len(fs)
	if c.expanded {
		fs = o.Findings
	}
	key := fmt.Sprintf("%v|%d", c.expanded, hidden)
	for _, f := range fs {
		key += fmt.Sprintf("|%s|%s|%q|%v", f.Ref, f.Summary, f.Details, f.Missing != "")
	}
	if key != c.drawn {
		c.drawn = key
		c.figures.Objects = []fyne.CanvasObject{tight(c.figureLines(fs, hidden))} // new lines take the tight theme
		c.figures.Refresh()
	}
}

// firstFigures are the figures a card shows before "show all": every one
// with something missing and the first others, up to overviewFigures, in
// the register's order.
func firstFigures(fs []register.Finding) []register.Finding {
	room := overviewFigures
	for _, f := range fs {
		if f.Missing != "" {
			room--
		}
	}
	var out []register.Finding
	for _, f := range fs {
		if f.Missing != "" || room > 0 {
			if f.Missing == "" {
				room--
			}
			out = append(out, f)
		}
	}
	return out
}

// figureLines is one line per figure, marked as done or wanting, and a
// button to show the hidden figures too (or fewer again).
func (c *overviewCard) figureLines(fs []register.Finding, hidden int) fyne.CanvasObject {
	box := container.NewVBox()
	for _, f := range fs {
		box.Add(figureLine(f))
	}
	if hidden == 0 {
		return box
	}
	label, open := fmt.Sprintf("and %d more: show all", hidden), true
	if c.expanded {
		label, open = "Show fewer", false
	}
	toggle := widget.NewButton(label, func() { c.expand(open) })
	toggle.Importance = widget.LowImportance
	box.Add(container.NewHBox(toggle))
	return box
}

// expand shows every figure, or only the first few again.
func (c *overviewCard) expand(open bool) {
	c.expanded = open
	c.d.screens[screenRegisters].refresh()
}

// figureLine is a figure on one line, cut short with "…" if need be: its
// question, its summary, and a tick or a warning sign.
func figureLine(f register.Finding) fyne.CanvasObject {
	icon := theme.NewSuccessThemedResource(theme.ConfirmIcon())
	if f.Missing != "" {
		icon = theme.NewWarningThemedResource(theme.WarningIcon())
	}
	text := widget.NewLabel(f.Ref + "  " + figureText(f))
	text.Truncation = fyne.TextTruncateEllipsis
	return border(nil, nil, widget.NewIcon(icon), nil, text)
}

// figureText is a finding's summary on one line; a summary that leads into
// its details ("Our top three risks are:") takes them along.
func figureText(f register.Finding) string {
	if strings.HasSuffix(f.Summary, ":") && len(f.Details) > 0 {
		return f.Summary + " " + strings.Join(f.Details, "; ")
	}
	return f.Summary
}
