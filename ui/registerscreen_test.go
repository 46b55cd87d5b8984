package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// summaryOf is what the registers say about a question, for the register.
func summaryOf(td *testDesk, ref, reg string) register.Finding {
	for _, f := range td.findings[ref] {
		if f.Register == reg {
			return f
		}
	}
	td.t.Fatalf("no finding for %s from %s", ref, reg)
	return register.Finding{}
}

func TestARegistersFiguresAreShownAndFollowChanges(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	s := td.openRegister("staff")
	h := s.header
	before := summaryOf(td, "3.2.1", "staff")
	text := h.figures.String()
	if !strings.Contains(text, "3.2.1") || !strings.Contains(text, before.Summary) || !strings.Contains(text, s.reg.Intro) {
		t.Fatalf("the figure %q is not shown: %q", before.Summary, text)
	}
	if before.Missing != "" && !hasSegment(h.figures, before.Missing, theme.ColorNameWarning) {
		t.Errorf("what is missing is not in the warning colour: %q", before.Missing)
	}
	if strings.Contains(s.reg.Intro, register.TrainingRule) || strings.Contains(text, register.TrainingRule) {
		t.Errorf("the rule sentence is still in the header's few lines")
	}
	s.checks[0].SetChecked(!s.checks[0].Checked) // agency staff now count the other way
	td.settle()
	after := summaryOf(td, "3.2.1", "staff")
	if after.Summary == before.Summary || !strings.Contains(h.figures.String(), after.Summary) {
		t.Errorf("the figure did not follow the setting: %q, then %q; shown %q", before.Summary, after.Summary, h.figures.String())
	}
}

func TestMoreThanThreeFiguresFoldAndTheWorkingIsAskedFor(t *testing.T) {
	td := newTestDesk(t, nil)
	s := td.openRegister("staff")
	h := s.header
	lines := func() int { // the paragraphs after the intro: a figure each
		n := -1
		for _, seg := range h.figures.Segments {
			if !seg.Inline() {
				n++
			}
		}
		return n
	}
	if n := len(s.reg.Questions); lines() != figuresShown || h.more.Text != "Show all 7 figures" || n != 7 {
		t.Fatalf("%d figure lines shown, button %q", lines(), h.more.Text)
	}
	test.Tap(h.more)
	if lines() != 7 || h.more.Text != "Show less" {
		t.Errorf("after Show all: %d figure lines, button %q", lines(), h.more.Text)
	}
	if h.working.Visible() {
		t.Fatal("the working is open before it is asked for")
	}
	test.Tap(h.how)
	var working []string
	walk(h.working, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			working = append(working, l.Text)
		}
	})
	all := strings.Join(working, "\n")
	if !h.working.Visible() || !strings.Contains(all, register.TrainingRule) || !strings.Contains(all, register.CountAgency.Help) {
		t.Errorf("the working says %q", all)
	}
}

// hasSegment reports whether the rich text has a segment with the text in
// the colour.
func hasSegment(rt *widget.RichText, text string, color fyne.ThemeColorName) bool {
	for _, seg := range rt.Segments {
		if ts, ok := seg.(*widget.TextSegment); ok && strings.Contains(ts.Text, text) && ts.Style.ColorName == color {
			return true
		}
	}
	return false
}

func TestTheFormIsShownOnlyWithARowOpen(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	if v.form.content.Visible() {
		t.Fatal("the form takes room with no row chosen")
	}
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if !v.form.content.Visible() || v.form.ticket == nil {
		t.Fatal("choosing a row does not show the form")
	}
	c := td.win.Canvas()
	c.Focus(v.table)
	press(c, fyne.KeyEscape)
	if v.form.content.Visible() || v.form.ticket != nil || v.table.selected.Row != -1 {
		t.Fatal("Escape on the table does not put the form away")
	}
	test.Tap(v.addBtn)
	if !v.form.content.Visible() || v.form.inMemory {
		t.Fatal("Add does not show the form for a new row")
	}
	test.Tap(v.form.closer)
	if v.form.content.Visible() {
		t.Error("Close on an empty new row does not put the form away")
	}
}

func TestClosingTheFormKeepsWhatWasTyped(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	id := v.shown[0].row.ID
	test.Type(v.form.box("role").entry, "Night carer") // no pause before Close
	test.Tap(v.form.closer)
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	e := v.form.box("role").entry
	e.SetText("")
	test.Type(e, "Day carer") // and none before Escape in the box
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if v.form.content.Visible() {
		t.Fatal("Escape in a box does not put the form away")
	}
	for _, r := range td.storedRows("staff") {
		if r.ID == id && r.Values["role"] != "Day carer" {
			t.Errorf("the typing was lost: %q", r.Values["role"])
		}
	}
	assertAllSaved(t, td)
}

func TestAStartedNewRowAsksBeforeTheFormCloses(t *testing.T) {
	td := newTestDesk(t, nil)
	v := td.openRegister("staff").tables[0]
	test.Tap(v.addBtn)
	td.typeIn(v.form, "name", "Jo Bloggs")
	test.Tap(v.form.closer)
	confirmDialog(t, td, "Go back")
	if !v.form.content.Visible() || v.form.box("name").entry.Text != "Jo Bloggs" {
		t.Fatal("the started row was put away without asking")
	}
}
