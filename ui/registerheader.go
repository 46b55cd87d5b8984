package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// figuresShown is how many of a register's figures its header shows, a line
// each, before "Show all", so that the table keeps most of the height.
const figuresShown = 3

// registerHeader heads a register's screen in few lines: its title and what
// it is for, then its figures (one line per question it informs, what is still
// wanting in the warning colour), its settings, and, folded away until
// asked for, how the figures are worked out and the settings' guidance.
type registerHeader struct {
	s       *registerScreen
	figures *widget.RichText
	more    *widget.Button // "Show all 7 figures" / "Show in full" / "Show less"
	how     *widget.Button // opens and closes the working
	working fyne.CanvasObject
	all     bool   // all the figures are shown in full, wrapped
	drawn   string // the figures drawn, so unchanged figures are left alone
	content fyne.CanvasObject
}

func newRegisterHeader(s *registerScreen) *registerHeader {
	h := &registerHeader{s: s, figures: widget.NewRichText()}
	h.more = widget.NewButton("", h.toggleAll)
	h.more.Importance = widget.LowImportance
	box := container.NewVBox(h.figures)
	for _, st := range s.reg.Settings {
		box.Add(h.settingCheck(st))
	}
	bar := []fyne.CanvasObject{}
	h.working = h.workingText()
	if h.working != nil {
		h.working.Hide()
		h.how = widget.NewButtonWithIcon("How the figures are worked out", theme.InfoIcon(), h.toggleWorking)
		h.how.Importance = widget.LowImportance
		bar = append(bar, h.how)
	}
	bar = append(bar, h.more)
	box.Add(newFlow(bar...))
	if h.working != nil {
		box.Add(h.working)
	}
	h.content = box
	return h
}

// settingCheck is a setting's tick with its guidance in a few words
// beside it; the guidance in full is with the working.
func (h *registerHeader) settingCheck(st register.Setting) fyne.CanvasObject {
	s := h.s
	check := widget.NewCheck(st.Label, nil)
	check.OnChanged = func(on bool) { s.saveSetting(st, on) }
	s.checks = append(s.checks, check)
	return border(nil, nil, check, nil, captionLabel(st.Short))
}

// workingText is how the figures are worked out and what each setting
// means, or nil when the register has neither.
func (h *registerHeader) workingText() fyne.CanvasObject {
	reg := h.s.reg
	var lines []fyne.CanvasObject
	if reg.Working != "" {
		lines = append(lines, captionLabel(reg.Working))
	}
	for _, st := range reg.Settings {
		lines = append(lines, captionLabel(st.Label+": "+st.Help))
	}
	if len(lines) == 0 {
		return nil
	}
	return container.NewVBox(lines...)
}

// captionLabel is wrapped text in the small size.
func captionLabel(text string) *widget.Label {
	l := wrapLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// toggleWorking opens or closes how the figures are worked out.
func (h *registerHeader) toggleWorking() {
	if h.working.Visible() {
		h.working.Hide()
	} else {
		h.working.Show()
	}
	h.content.Refresh()
}

// toggleAll shows all the figures, or the first few again.
func (h *registerHeader) toggleAll() {
	h.all = !h.all
	h.drawn = ""
	h.refresh()
	h.content.Refresh()
}

// findings are what the register says about its questions, in the order of
// its questions.
func (h *registerHeader) findings() []register.Finding {
	var out []register.Finding
	for _, ref := range h.s.reg.Questions {
		for _, f := range h.s.d.findings[ref] {
			if f.Register == h.s.reg.Name {
				out = append(out, f)
			}
		}
	}
	return out
}

// refresh draws the figures again when they have changed.
func (h *registerHeader) refresh() {
	fs := h.findings()
	shown := fs
	if !h.all && len(fs) > figuresShown {
		shown = fs[:figuresShown]
	}
	h.more.Hidden = len(fs) == 0
	switch {
	case h.all:
		h.more.SetText("Show less")
	case len(fs) > figuresShown:
		h.more.SetText("Show all " + strconv.Itoa(len(fs)) + " figures")
	default:
		h.more.SetText("Show in full")
	}
	key := strconv.FormatBool(h.all) + figuresKey(shown)
	if key == h.drawn {
		return
	}
	h.drawn = key
	// Folded, each line is cut to the width; in full, it wraps.
	h.figures.Wrapping, h.figures.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
	if h.all {
		h.figures.Wrapping, h.figures.Truncation = fyne.TextWrapWord, fyne.TextTruncateOff
	}
	h.figures.Segments = append(h.intro(), figureSegments(shown)...)
	h.figures.Refresh()
}

// intro is the register's title in bold and what it is for, as a
// paragraph above its figures (in one text, so that they sit close).
func (h *registerHeader) intro() []widget.RichTextSegment {
	return []widget.RichTextSegment{
		&widget.TextSegment{Text: h.s.reg.Title + ".  ", Style: widget.RichTextStyleStrong},
		&widget.TextSegment{Text: h.s.reg.Intro, Style: widget.RichTextStyleParagraph},
	}
}

// figuresKey is what the figures say, to tell whether they changed.
func figuresKey(fs []register.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Ref + "\x00" + f.Summary + "\x00" + f.Missing + "\n")
	}
	return b.String()
}

// figureSegments are the figures, one paragraph each: the question's
// reference, the figure in bold, then what is still wanting in the warning
// colour.
func figureSegments(fs []register.Finding) []widget.RichTextSegment {
	if len(fs) == 0 {
		return []widget.RichTextSegment{&widget.TextSegment{Text: "No figures yet.", Style: widget.RichTextStyleParagraph}}
	}
	warn := widget.RichTextStyleInline
	warn.ColorName = theme.ColorNameWarning
	var out []widget.RichTextSegment
	for _, f := range fs {
		out = append(out,
			&widget.TextSegment{Text: f.Ref + "  ", Style: widget.RichTextStyleInline},
			&widget.TextSegment{Text: f.Summary, Style: widget.RichTextStyleStrong})
		if f.Missing != "" {
			out = append(out, &widget.TextSegment{Text: "  " + f.Missing, Style: warn})
		}
		last := out[len(out)-1].(*widget.TextSegment)
		last.Style.Inline = false // ends the line
	}
	return out
}

// headerShare is the most of a register screen's height its header takes;
// past it, the header scrolls and the table keeps the rest.
const headerShare = 0.4

// capTop puts top above body, top scrolling once it would take more than
// headerShare of the height or leave the body less than it needs, so that
// on a small screen the table is still there to work in.
func capTop(top, body fyne.CanvasObject) *fyne.Container {
	scroll := container.NewVScroll(top)
	return container.New(&cappedTop{top: top}, scroll, body)
}

// cappedTop lays out a scrolled header (its first object) and the body
// beneath it (the second); top is the header's content, for its height.
type cappedTop struct{ top fyne.CanvasObject }

// Layout gives the header its height, up to headerShare and down to two
// lines when the body needs the room, and the body the rest.
func (c *cappedTop) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Padding()
	h := min(c.top.MinSize().Height, size.Height*headerShare)
	if room := size.Height - gap - objs[1].MinSize().Height; h > room {
		h = max(min(h, 2*theme.TextSize()), room)
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, h))
	objs[1].Move(fyne.NewPos(0, h+gap))
	objs[1].Resize(fyne.NewSize(size.Width, max(0, size.Height-h-gap)))
}

// MinSize is the body's with a line of the header above it.
func (c *cappedTop) MinSize(objs []fyne.CanvasObject) fyne.Size {
	body := objs[1].MinSize()
	return fyne.NewSize(max(body.Width, objs[0].MinSize().Width), body.Height+theme.Padding()+2*theme.TextSize())
}
