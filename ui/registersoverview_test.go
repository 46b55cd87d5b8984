package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// openRegisters shows the Registers screen.
func (td *testDesk) openRegisters() *registersScreen {
	td.t.Helper()
	td.show(screenRegisters)
	return td.screen(screenRegisters).(*registersScreen)
}

// card is the Registers screen's card for a register.
func (s *registersScreen) card(name string) *overviewCard {
	for _, c := range s.cards {
		if c.reg.Name == name {
			return c
		}
	}
	return nil
}

// navLine is the panel's line for a screen, as shown: its title, its
// count, and whether it is drawn as chosen.
func (td *testDesk) navLine(id string) (title, count string, chosen bool) {
	td.t.Helper()
	i := td.nav.index(id)
	if i < 0 {
		td.t.Fatalf("no line for %s in the panel", id)
	}
	row := td.nav.newRow()
	td.nav.updateRow(i, row)
	text := strings.Fields(shownText(row))
	mark := row.(*fyne.Container).Objects[0].(*canvas.Rectangle)
	return strings.Join(text[:len(text)-1], " "), text[len(text)-1], mark.Visible() || td.nav.selected == id
}

func TestTheRegistersShareOneLineInThePanel(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	lines := 0
	for _, e := range td.nav.entries {
		if strings.HasPrefix(e.id, registerScreenPrefix) {
			t.Errorf("a line of its own for %s", e.title)
		}
		if e.id == screenRegisters {
			lines++
		}
	}
	if lines != 1 {
		t.Fatalf("%d Registers lines in the panel", lines)
	}
	title, count, _ := td.navLine(screenRegisters)
	if want := fmt.Sprint(registersWanting(td.findings)); title != "Registers" || count != want || want == "0" {
		t.Errorf("the line says %q %q, want Registers %s", title, count, want)
	}
}

func TestTheRegistersScreenShowsEachRegistersRowsFiguresAndWhatWantsAttention(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	s := td.openRegisters()
	c := td.registerContext()
	for _, r := range register.All() {
		o := register.OverviewOf(r, c, td.findings)
		got := shownText(s.card(r.Name).root)
		for _, want := range []string{r.Title, o.Counts()} {
			if !strings.Contains(got, want) {
				t.Errorf("%s card lacks %q:\n%s", r.Name, want, got)
			}
		}
		for _, f := range firstFigures(o.Findings) {
			if !strings.Contains(got, f.Ref+"  "+figureText(f)) {
				t.Errorf("%s card lacks the figure for %s:\n%s", r.Name, f.Ref, got)
			}
		}
	}
	staff := shownText(s.card("staff").root)
	o := register.OverviewOf(register.Named("staff"), c, td.findings)
	if !strings.Contains(staff, "3 people · 0 training records") || !strings.Contains(staff, "Needs attention: "+o.AttentionText()) ||
		!strings.Contains(o.AttentionText(), "people") {
		t.Errorf("the staff card says:\n%s", staff)
	}
	calm, wanting := 0, 0
	for _, r := range register.All() {
		got, o := shownText(s.card(r.Name).root), register.OverviewOf(r, c, td.findings)
		want := "Nothing needs attention"
		if o.Attention() > 0 {
			want, wanting = "Needs attention: "+o.AttentionText(), wanting+1
		} else {
			calm++
		}
		if !strings.Contains(got, want) {
			t.Errorf("%s card lacks %q:\n%s", r.Name, want, got)
		}
	}
	if calm == 0 || wanting == 0 {
		t.Errorf("%d registers want nothing, %d something: the test needs both", calm, wanting)
	}
}

func TestACardShowsEveryFigureOnRequestAndFewerAgain(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	card := td.openRegisters().card("staff")
	all := register.OverviewOf(card.reg, td.registerContext(), td.findings).Findings
	first := firstFigures(all)
	if len(first) >= len(all) {
		t.Fatalf("all %d figures shown at first", len(all))
	}
	more := button(card.root, fmt.Sprintf("and %d more: show all", len(all)-len(first)))
	if more == nil {
		t.Fatalf("no button for the other figures:\n%s", shownText(card.root))
	}
	test.Tap(more)
	got := shownText(card.root)
	for _, f := range all {
		if !strings.Contains(got, f.Ref+"  ") {
			t.Errorf("%s not shown after show all", f.Ref)
		}
	}
	test.Tap(button(card.root, "Show fewer"))
	if strings.Contains(shownText(card.root), all[len(all)-1].Ref+"  ") && !isIn(first, all[len(all)-1]) {
		t.Errorf("show fewer still shows every figure")
	}
}

// isIn reports whether the figure for f's question is among fs.
func isIn(fs []register.Finding, f register.Finding) bool {
	for _, x := range fs {
		if x.Ref == f.Ref {
			return true
		}
	}
	return false
}

func TestOpenGoesToTheRegisterAndAllRegistersComesBack(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	test.Tap(td.openRegisters().card("staff").open)
	if td.current != "register:staff" {
		t.Fatalf("Open showed %q", td.current)
	}
	if _, _, chosen := td.navLine(screenRegisters); !chosen {
		t.Errorf("the Registers line is not shown as chosen on a register's screen")
	}
	test.Tap(td.regs.screens["staff"].back)
	if td.current != screenRegisters {
		t.Fatalf("All registers showed %q", td.current)
	}
	test.Tap(td.openRegisters().card("devices").root.(*tapCard))
	if td.current != "register:devices" {
		t.Fatalf("clicking the card showed %q", td.current)
	}
	td.nav.list.Select(td.nav.index(screenRegisters))
	if td.current != screenRegisters {
		t.Errorf("choosing Registers in the panel from a register showed %q", td.current)
	}
	td.show(screenHelp)
	if _, _, chosen := td.navLine(screenRegisters); chosen {
		t.Errorf("the Registers line still looks chosen on Help")
	}
}

func TestTheRegistersScreenFollowsAChange(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	test.Tap(v.addBtn)
	td.typeIn(v.form, "name", "Di Driver")
	v.form.box("type").sel.SetSelected("Employee")
	td.settle()
	card := td.openRegisters().card("staff")
	if got := card.counts.Text; got != "4 people · 0 training records" {
		t.Fatalf("after adding a person the card says %q", got)
	}
	td.registers.Rows["staff"] = td.registers.Rows["staff"][:1]
	td.changed()
	if got := card.counts.Text; got != "1 person · 0 training records" {
		t.Errorf("on show, the card did not follow a change: %q", got)
	}
}

func TestCtrlROpensTheRegistersAndTheGoMenuListsEachRegister(t *testing.T) {
	td := newTestDesk(t, nil)
	var goMenu *fyne.Menu
	for _, m := range td.mainMenu().Items {
		if m.Label == "Go" {
			goMenu = m
		}
	}
	var ctrlR, open *fyne.MenuItem
	for _, it := range goMenu.Items {
		if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok && sc.KeyName == fyne.KeyR && sc.Modifier == fyne.KeyModifierShortcutDefault {
			ctrlR = it
		}
		if it.Label == "Open a register" {
			open = it
		}
	}
	if ctrlR == nil || open == nil || open.ChildMenu == nil || len(open.ChildMenu.Items) != len(register.All()) {
		t.Fatalf("the Go menu lacks Registers (Ctrl+R) or a register: %v %v", ctrlR, open)
	}
	ctrlR.Action()
	if td.current != screenRegisters {
		t.Errorf("Ctrl+R showed %q", td.current)
	}
	open.ChildMenu.Items[1].Action()
	if td.current != "register:"+register.All()[1].Name {
		t.Errorf("the menu's second register showed %q", td.current)
	}
}

// TestEveryLineOfThePanelFitsASmallScreen lays the demo out in the room a
// 1024x700 screen leaves (less than the screenshot tool's window has): the
// panel shows every line without scrolling.
func TestEveryLineOfThePanelFitsASmallScreen(t *testing.T) {
	td := newDemoDesk(t)
	td.resize(fyne.NewSize(1024, 620))
	td.openRegisters()
	td.relayout()
	td.nav.list.ScrollToBottom()
	if off := td.nav.list.GetScrollOffset(); off > 0 {
		t.Errorf("the panel's last line is %v units below its foot", off)
	}
}

func TestARebuiltWindowShowsItsNewScreens(t *testing.T) {
	td := newTestDesk(t, nil)
	td.openRegisters()
	td.build()
	td.show(screenRegisters)
	if td.pages[screenRegisters].Content != td.screen(screenRegisters).content() {
		t.Error("the window shows the Registers screen it had before it was rebuilt")
	}
}

// BenchmarkRegistersScreenChange is what every change costs while the
// Registers screen is on show, for a home of 1,000 staff and 5,000
// training records: every figure worked out and every card redrawn.
func BenchmarkRegistersScreenChange(b *testing.B) {
	td := newTestDeskWith(b, bigHome(b), nil)
	td.show(screenRegisters)
	for b.Loop() {
		td.changed()
	}
}
