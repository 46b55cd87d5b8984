package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// focusName names a focusable control the way a person would point at it.
func focusName(o fyne.Focusable) string {
	switch w := o.(type) {
	case *widget.Button:
		return "button " + w.Text
	case *widget.Check:
		return "tick " + w.Text
	case *autosaveEntry:
		return "box " + w.PlaceHolder
	case *widget.List:
		return "list"
	}
	return fmt.Sprintf("%T", o)
}

// tabOrder presses Tab from the start of the window until focus comes back
// round, and returns the names of the controls visited.
func tabOrder(c fyne.Canvas) []string {
	c.Unfocus()
	var names []string
	for range 200 {
		c.FocusNext()
		f := c.Focused()
		if f == nil {
			break
		}
		name := focusName(f)
		if len(names) > 0 && name == names[0] {
			break
		}
		names = append(names, name)
	}
	return names
}

func TestTabReachesEveryPartOfAQuestionInReadingOrder(t *testing.T) {
	td := newTestDesk(t, nil)
	var ref string // a written answer, not first in its group so that Previous is on
	for _, it := range td.edition.Groups[1].Items[1:] {
		if it.Answer == assessment.Text && ref == "" {
			ref = it.Ref
		}
	}
	td.goTo(ref)
	order := tabOrder(td.win.Canvas())
	steps := []string{
		"button What's missing",   // the top bar
		"list",                    // the groups on the left
		"list",                    // the group's questions
		"button History",          // the question's heading
		"box Type your answer",    // the answer
		"box Optional: a comment", // the comment
		"button Add file",         // the evidence
		"button Add an action",    // the actions
		"button Previous",
		"button Next",
	}
	rest := order
	for _, s := range steps {
		i := slices.IndexFunc(rest, func(name string) bool { return strings.HasPrefix(name, s) })
		if i < 0 {
			t.Fatalf("after the controls before it, Tab never reaches %q; the order is %q", s, order)
		}
		rest = rest[i+1:]
	}
}

func TestTabLeavesAnAnswerBoxInsteadOfTypingATab(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.1.5")
	for _, e := range []*autosaveEntry{d.text, d.comment} {
		if e.AcceptsTab() {
			t.Errorf("the box %q keeps Tab, so the keyboard cannot leave it", e.PlaceHolder)
		}
	}
}
