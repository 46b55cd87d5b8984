package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// withFindings makes the staff register's rules say what rules says, for
// the length of the test, and works the figures out again.
func withFindings(t *testing.T, td *testDesk, rules func(register.Context) []register.Finding) {
	t.Helper()
	r := register.Named("staff")
	old := r.Findings
	r.Findings = rules
	t.Cleanup(func() { r.Findings = old })
	td.changed()
}

// trainingFinding is a finding at ref whose figure counts the staff rows.
func trainingFinding(ref string) func(register.Context) []register.Finding {
	return func(c register.Context) []register.Finding {
		n := len(c.Book.Of("staff"))
		return []register.Finding{{Ref: ref,
			Summary: fmt.Sprintf("Training: %d of 50 staff trained in the last 12 months", n),
			Details: []string{"Missing: Ann", "Missing: Bob", "Missing: Cy", "Missing: Di", "Missing: Ed"},
			Missing: fmt.Sprintf("%d more staff need training to reach 95%%", 48-n)}}
	}
}

func tapUnder(t *testing.T, td *testDesk, o fyne.CanvasObject, text string) {
	t.Helper()
	b := button(o, text)
	if b == nil {
		t.Fatalf("no %q button in:\n%s", text, shownText(o))
	}
	test.Tap(b)
	td.settle()
}

func TestTheRegisterCardShowsTheFigureAndFollowsChanges(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, trainingFinding("3.2.1"))
	if d := td.goTo("2.1.1"); d.found.content.Visible() {
		t.Error("a question no register informs shows the card")
	}
	d := td.goTo("3.2.1")
	card := d.found.content
	got := shownText(card)
	for _, want := range []string{"From your registers", "Training: 0 of 50 staff", "Missing: Ann", "Missing: Cy", "48 more staff need training"} {
		if !strings.Contains(got, want) {
			t.Errorf("the card lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Missing: Di") {
		t.Errorf("the card shows every detail before asked:\n%s", got)
	}
	tapUnder(t, td, card, "and 2 more: show all")
	if got := shownText(card); !strings.Contains(got, "Missing: Ed") {
		t.Errorf("Show all left out the rest:\n%s", got)
	}
	for _, b := range []string{"Use this in my answer", "Open the staff and training register"} {
		if button(card, b) == nil {
			t.Errorf("no %q button", b)
		}
	}
	td.registers.Rows = map[string][]register.Row{"staff": {{Table: "staff", Values: register.Values{"name": "Ann"}}}}
	td.changed() // as a register edit does
	if got := shownText(card); !strings.Contains(got, "Training: 1 of 50 staff") || !strings.Contains(got, "47 more staff") {
		t.Errorf("the card did not follow the register:\n%s", got)
	}
}

func TestMissingLineIsInTheWarningColour(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, trainingFinding("3.2.1"))
	d := td.goTo("3.2.1")
	var found bool
	walk(d.found.content, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "48 more") {
			found = l.Importance == widget.WarningImportance
		}
	})
	if !found {
		t.Error("the missing line is not in the warning colour")
	}
}

func TestUseThisGoesIntoTheCommentOfATickQuestion(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, trainingFinding("3.2.1"))
	d := td.goTo("3.2.1")
	tapUnder(t, td, d.found.content, "Use this in my answer")
	want := td.findings["3.2.1"][0].Text()
	if d.comment.Text != want {
		t.Errorf("comment %q, want %q", d.comment.Text, want)
	}
	a := td.saved().Answers["3.2.1"]
	if a.Comment != want || a.Ticked() {
		t.Errorf("saved %+v, want the comment and no tick", a)
	}
}

func TestUseThisAsksBeforeTouchingTypedText(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, trainingFinding("1.1.5"))
	d := td.goTo("1.1.5")
	card := d.found.content
	want := td.findings["1.1.5"][0].Text()
	tapUnder(t, td, card, "Use this in my answer")
	if d.text.Text != want {
		t.Fatalf("an empty answer got %q, want %q", d.text.Text, want)
	}

	d.text.SetText("")
	test.Type(d.text, "Grace trains everyone")
	tapUnder(t, td, card, "Use this in my answer")
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "already has text") {
		t.Fatalf("no question asked: %q", got)
	}
	confirmDialog(t, td, "Cancel")
	if d.text.Text != "Grace trains everyone" {
		t.Errorf("Cancel changed the answer to %q", d.text.Text)
	}

	tapUnder(t, td, card, "Use this in my answer")
	confirmDialog(t, td, "Add below what I wrote")
	if d.text.Text != "Grace trains everyone\n\n"+want {
		t.Errorf("Add below gave %q", d.text.Text)
	}

	d.text.SetText("")
	test.Type(d.text, "Mine")
	tapUnder(t, td, card, "Use this in my answer")
	confirmDialog(t, td, "Replace it")
	if d.text.Text != want {
		t.Errorf("Replace gave %q", d.text.Text)
	}
	if got := td.saved().Answers["1.1.5"].Value; got != want {
		t.Errorf("saved %q, want %q", got, want)
	}
}

func TestEnterAddsBelowAndEscapeCancels(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, trainingFinding("1.1.5"))
	d := td.goTo("1.1.5")
	test.Type(d.text, "Mine")
	d.flush()
	c := td.win.Canvas()
	c.Unfocus()
	tapUnder(t, td, d.found.content, "Use this in my answer")
	press(c, fyne.KeyEscape)
	if c.Overlays().Top() != nil || d.text.Text != "Mine" {
		t.Fatalf("Escape: dialog open %v, answer %q", c.Overlays().Top() != nil, d.text.Text)
	}
	tapUnder(t, td, d.found.content, "Use this in my answer")
	press(c, fyne.KeyReturn)
	if !strings.HasPrefix(d.text.Text, "Mine\n\nTraining:") {
		t.Errorf("Enter gave %q, want the figure added below", d.text.Text)
	}
}

func TestNotApplicableIsOfferedOnlyWhereAllowed(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, func(register.Context) []register.Finding {
		return []register.Finding{
			{Ref: "3.2.1", Summary: "Nothing", NotApplicable: true},
		}
	})
	if d := td.goTo("3.2.1"); button(d.found.content, "Mark as not applicable…") != nil {
		t.Error("3.2.1 does not allow Not applicable, but it is offered")
	}
	d := td.goTo("6.1.2")
	tapUnder(t, td, d.found.content, "Mark as not applicable…")
	if a := td.answer("6.1.2"); a.NotApplicable {
		t.Fatal("marked before the manager said so")
	}
	// 6.1.2 hears from the (empty) breach log itself.
	if got := dialogEntries(t, td)[0].Text; got != "No breaches or near misses recorded in the last twelve months" {
		t.Errorf("the reason offered is %q", got)
	}
	confirmDialog(t, td, "Save")
	a := td.saved().Answers["6.1.2"]
	if !a.NotApplicable || !strings.HasPrefix(a.Comment, "Not applicable: No breaches") {
		t.Errorf("saved %+v", a)
	}
}

func TestCancellingNotApplicableChangesNothing(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, func(register.Context) []register.Finding {
		return []register.Finding{{Ref: "6.1.2", Summary: "No breaches", NotApplicable: true}}
	})
	d := td.goTo("6.1.2")
	tapUnder(t, td, d.found.content, "Mark as not applicable…")
	confirmDialog(t, td, "Cancel")
	if d.na.Checked || td.answer("6.1.2").NotApplicable {
		t.Error("Cancel marked the question not applicable")
	}
}

func TestAnActionIsAddedOnce(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, func(register.Context) []register.Finding {
		return []register.Finding{{Ref: "3.2.1", Summary: "Training: 47 of 50", Missing: "3 more staff need training",
			Action: &assessment.Action{Action: "Book Ann, Bob and Cy on the e-learning", Owner: "Grace"}}}
	})
	d := td.goTo("3.2.1")
	tapUnder(t, td, d.found.content, "Add to action plan")
	confirmDialog(t, td, "Close")
	b := button(d.found.content, "Already in your action plan")
	if b == nil || !b.Disabled() {
		t.Errorf("the button still offers the action:\n%s", shownText(d.found.content))
	}
	d.found.addAction(td.findings["3.2.1"][0])
	td.settle()
	acts := td.saved().Actions
	if len(acts) != 1 || acts[0].Ref != "3.2.1" || acts[0].Gap != "3 more staff need training" || acts[0].Owner != "Grace" {
		t.Errorf("saved actions %+v", acts)
	}
}

func TestTheRegisterIsSavedAsEvidenceOnce(t *testing.T) {
	td := newTestDesk(t, nil)
	td.registers.Rows = map[string][]register.Row{
		"devices":  {{Table: "devices", Values: register.Values{"name": "=Office PC"}}},
		"software": {{Table: "software", Values: register.Values{"name": "Care records"}}},
	}
	withFindings(t, td, func(register.Context) []register.Finding {
		return []register.Finding{{Ref: "7.1.1", Summary: "12 devices", ExportAsEvidence: true}}
	})
	d := td.goTo("7.1.1")
	if button(d.found.content, "Add the register as evidence…") == nil {
		t.Fatal("the evidence button is not offered")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "Devices.csv")
	devices := register.Named("devices")
	second := "Devices - " + devices.Tables[1].Title
	other := filepath.Join(dir, second+".csv")
	if err := os.WriteFile(other, []byte("someone else's"), 0o644); err != nil {
		t.Fatal(err)
	}
	d.found.writeEvidence("7.1.1", devices, path)
	td.settle()
	d.found.writeEvidence("7.1.1", devices, path) // again: the entries are renewed, not doubled
	td.settle()
	if b, _ := os.ReadFile(other); string(b) != "someone else's" {
		t.Error("a file beside it was written over")
	}
	csv, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(csv), "'=Office PC") {
		t.Errorf("the CSV holds %q (%v)", csv, err)
	}
	var got []string
	for _, e := range td.saved().EvidenceFor("7.1.1") {
		got = append(got, filepath.Base(e.Location)+" "+string(e.Kind))
		if !strings.Contains(e.Note, "devices and software register") {
			t.Errorf("note %q", e.Note)
		}
	}
	sort.Strings(got)
	if want := []string{second + " 2.csv file", "Devices.csv file"}; !slices.Equal(got, want) {
		t.Errorf("evidence %v, want the two files once each", got)
	}
}

func TestSavingTheRegisterOverTheDatabaseIsRefused(t *testing.T) {
	td := newTestDesk(t, nil)
	td.goTo("7.1.1").found.writeEvidence("7.1.1", register.Named("devices"), td.path)
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "was not saved") {
		t.Errorf("no refusal shown: %q", got)
	}
	if n := len(td.saved().EvidenceFor("7.1.1")); n != 0 {
		t.Errorf("%d evidence entries added", n)
	}
}

func TestOpeningARegisterFromAQuestionGoesToIt(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, trainingFinding("3.2.1"))
	d := td.goTo("3.2.1")
	tapUnder(t, td, d.found.content, "Open the staff and training register")
	if td.current != "register:staff" || overlayText(td.win.Canvas()) != "" {
		t.Errorf("screen %q, dialog %q", td.current, overlayText(td.win.Canvas()))
	}
}

func TestWhatsMissingListsTheRegisterLines(t *testing.T) {
	td := newTestDesk(t, nil)
	test.Tap(td.goTo("2.1.1").tick)
	withFindings(t, td, func(register.Context) []register.Finding {
		return []register.Finding{
			{Ref: "3.2.1", Summary: "Training", Missing: "3 more staff need training to reach 95%"},
			{Ref: "2.1.1", Summary: "Starters", Missing: "2 starters have no induction"},
		}
	})
	td.show(screenMissing)
	m := td.screen(screenMissing).(*missingScreen)
	at := func(text string) int {
		for i, l := range m.lines {
			if l.text == text {
				return i
			}
		}
		t.Fatalf("no line %q in %+v", text, m.lines)
		return -1
	}
	i := at("From your registers: 3 more staff need training to reach 95%")
	if prev := m.lines[i-1]; prev.ref != "3.2.1" || prev.register {
		t.Errorf("the register line follows %+v, not 3.2.1's gap", prev)
	}
	j := at("2 starters have no induction") // 2.1.1 is ticked, so not a gap
	if m.lines[j].ref != "2.1.1" || !m.lines[j-1].heading {
		t.Errorf("2.1.1's line is %+v after %+v", m.lines[j], m.lines[j-1])
	}
	m.list.Select(i)
	if td.current != screenQuestion || td.questions.item.Ref != "3.2.1" {
		t.Errorf("screen %s item %s, want question 3.2.1", td.current, td.questions.item.Ref)
	}
}

func TestTheSittingShowsTheFigure(t *testing.T) {
	td := newTestDesk(t, nil)
	withFindings(t, td, trainingFinding("3.2.1"))
	td.show(screenSitting)
	s := td.screen(screenSitting).(*sittingScreen)
	for _, c := range s.cards {
		if c.item.Ref == "3.2.1" && !strings.Contains(c.found.Text, "Training: 0 of 50") {
			t.Errorf("3.2.1's card shows %q", c.found.Text)
		}
		if c.item.Ref == "3.1.1" && c.found.Visible() {
			t.Error("a card with no finding shows one")
		}
	}
}
