package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// guidancePane shows our plain-English guidance for the selected question.
type guidancePane struct {
	text    *widget.RichText
	scroll  *container.Scroll
	content fyne.CanvasObject
}

func newGuidancePane() *guidancePane {
	g := &guidancePane{text: widget.NewRichText()}
	g.text.Wrapping = fyne.TextWrapWord
	g.scroll = container.NewVScroll(g.text)
	g.content = g.scroll
	return g
}

// load shows the item's guidance; shortfall is what happens if it is not done
// by publication, worded for this organisation (see assessment.ShortfallAdvice).
func (g *guidancePane) load(it *assessment.Item, shortfall string) {
	g.text.ParseMarkdown(guidanceMarkdown(it, shortfall))
	g.scroll.ScrollToTop()
}

// guidanceMarkdown lays out an item's guidance under plain headings.
func guidanceMarkdown(it *assessment.Item, shortfall string) string {
	gd := it.Guidance
	var b strings.Builder
	section := func(title, body string) {
		if strings.TrimSpace(body) != "" {
			fmt.Fprintf(&b, "**%s**\n\n%s\n\n", title, body)
		}
	}
	fmt.Fprintf(&b, "## Guidance for %s\n\n", it.Ref)
	section("What it is asking", gd.Meaning)
	section("What a good answer looks like", gd.GoodAnswer)
	section("An example", gd.Example)
	section("Watch out for", gd.Pitfalls)
	if len(gd.Templates) > 0 {
		section("Templates that help", "- "+strings.Join(gd.Templates, "\n- "))
	}
	section("When \"Not applicable\" is right", gd.NotApplicable+"\n\n"+it.NotApplicable.HowOnline())
	section("If it is not done when you publish", shortfall)
	section("Standard", fmt.Sprintf("National Data Guardian standard %d: %s.", it.NDG, it.NDGTitle))
	return b.String()
}
