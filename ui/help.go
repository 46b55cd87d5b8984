package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// helpScreen explains the levels, how saving works, where the data lives,
// and lists the keyboard shortcuts.
type helpScreen struct {
	d    *Desk
	text *widget.RichText
	root fyne.CanvasObject
}

func newHelpScreen(d *Desk) *helpScreen {
	h := &helpScreen{d: d, text: widget.NewRichText()}
	h.text.Wrapping = fyne.TextWrapWord
	h.root = container.NewVScroll(container.NewPadded(h.text))
	return h
}

func (h *helpScreen) content() fyne.CanvasObject { return h.root }

func (h *helpScreen) refresh() { h.text.ParseMarkdown(helpMarkdown(h.d)) }

func helpMarkdown(d *Desk) string {
	var b strings.Builder
	b.WriteString("# Help\n\n## Keyboard shortcuts\n\nThese work anywhere in the window, even while you are typing an answer. They are also in the menus at the top.\n\n")
	for _, s := range d.shortcuts() {
		fmt.Fprintf(&b, "- **%s**: %s\n", s.keys, s.label)
	}
	b.WriteString("- **Tab** and **Shift+Tab**: move between boxes and buttons; **Space** ticks a box or presses a button\n")
	b.WriteString("- On the **Toolkit sitting** screen, click an answer: **Ctrl+C** copies it exactly as saved, **Down** goes to the next question\n\n")
	b.WriteString("## Saving\n\nThere is no Save button. Everything you type is saved a moment after you stop typing, and at once when you leave a box, move to another question or close the window. The top bar says **Saved** when it is on disk.\n\n")
	b.WriteString(levelsMarkdown)
	fmt.Fprintf(&b, "## Where your data is\n\nEverything is in one file on this computer:\n\n`%s`\n\nA copy is made automatically the first time you open DSPT Desk each day; see **Backups**. DSPT Desk never needs the internet.\n\n", d.store.Path())
	fmt.Fprintf(&b, "## About\n\nDSPT Desk %s. The guidance is our own plain-English help; the question wording and references follow the online toolkit. Where we could not confirm a question against the live toolkit, the question says so.\n", d.opt.Version)
	return b.String()
}

// levelsMarkdown explains the three levels, two sentences each.
const levelsMarkdown = `## The three levels

**Approaching Standards.** You have answered the 26 questions it needs and made an action plan for every other question. It can be used only once, the first time you publish.

**Standards Met.** You have answered all 45 questions. This is the level the NHS and most councils expect every year.

**Standards Exceeded.** You meet every standard and hold a Cyber Essentials Plus certificate that has not expired. It cannot be reached by answering questions alone.

`
