package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// shortcut is a keyboard shortcut with what it does, for the menus and the help screen.
type shortcut struct {
	label string
	key   fyne.KeyName
	keys  string // how the help screen writes it
	do    func()
}

// shortcuts lists the keyboard shortcuts. They live in the main menu, so
// they work wherever the cursor is, even inside a text box.
func (d *Desk) shortcuts() []shortcut {
	return []shortcut{
		{"Next question", fyne.KeyDown, "Ctrl+Down", func() { d.questions.step(+1) }},
		{"Previous question", fyne.KeyUp, "Ctrl+Up", func() { d.questions.step(-1) }},
		{"Next unanswered question", fyne.KeyJ, "Ctrl+J", d.nextUnanswered},
		{"Find a question (on a register: filter its table)…", fyne.KeyF, "Ctrl+F", d.findOrFilter},
		{"Add a row to the register on show", fyne.KeyN, "Ctrl+N", d.addRegisterRow},
		{"What's missing", fyne.KeyM, "Ctrl+M", func() { d.show(screenMissing) }},
		{"Registers: every register at a glance", fyne.KeyR, "Ctrl+R", func() { d.show(screenRegisters) }},
		{"Toolkit sitting: copy answers into the online toolkit", fyne.KeyT, "Ctrl+T", func() { d.show(screenSitting) }},
		{"Save now (changes also save by themselves)", fyne.KeyS, "Ctrl+S", d.saveNow},
		{"Print the pack…", fyne.KeyP, "Ctrl+P", d.printPack},
		{"Export PDF…", fyne.KeyE, "Ctrl+Shift+E", d.exportPDF},
	}
}

// modifier is the keys held with the shortcut's key: Ctrl (Cmd on a Mac),
// and Shift when the help screen's keys say so.
func (s shortcut) modifier() fyne.KeyModifier {
	if strings.Contains(s.keys, "Shift+") {
		return fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift
	}
	return fyne.KeyModifierShortcutDefault
}

func (d *Desk) mainMenu() *fyne.MainMenu {
	items := map[string]*fyne.MenuItem{}
	for _, s := range d.shortcuts() {
		it := fyne.NewMenuItem(s.label, s.do)
		it.Shortcut = &desktop.CustomShortcut{KeyName: s.key, Modifier: s.modifier()}
		items[s.keys] = it
	}
	quit := fyne.NewMenuItem("Quit", d.closeWindow) // saves first, as the close button does
	quit.IsQuit = true
	file := fyne.NewMenu("File", items["Ctrl+S"], items["Ctrl+P"], items["Ctrl+Shift+E"],
		fyne.NewMenuItem("Back up now", d.backupNow), fyne.NewMenuItemSeparator(), quit)
	goMenu := fyne.NewMenu("Go", items["Ctrl+Down"], items["Ctrl+Up"], items["Ctrl+J"], items["Ctrl+F"], items["Ctrl+N"], items["Ctrl+M"],
		items["Ctrl+R"], d.registersMenu(), items["Ctrl+T"])
	help := fyne.NewMenu("Help", fyne.NewMenuItem("Help and keyboard shortcuts", func() { d.show(screenHelp) }))
	return fyne.NewMainMenu(file, goMenu, help)
}

// registersMenu opens one register's screen.
func (d *Desk) registersMenu() *fyne.MenuItem {
	var regs []*fyne.MenuItem
	for _, r := range register.All() {
		regs = append(regs, fyne.NewMenuItem(r.Title, func() { d.openRegister(r.Name) }))
	}
	it := fyne.NewMenuItem("Open a register", nil)
	it.ChildMenu = fyne.NewMenu("", regs...)
	return it
}

// nextUnanswered goes to the next question that is not complete.
func (d *Desk) nextUnanswered() {
	if !d.questions.nextUnanswered() {
		showMessage(d.win, "All done", "Every question is complete.")
	}
}

// saveNow saves any typing at once; the top bar then says "Saved".
func (d *Desk) saveNow() { d.flushEdits() }
