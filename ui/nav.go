package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Screen ids. Question groups use groupScreen(id).
const (
	screenQuestion = "questions"
	screenMissing  = "missing"
	screenProfile  = "profile"
	screenActions  = "actions"
	screenExport   = "export"
	screenBackups  = "backups"
	screenHelp     = "help"
	screenCompare  = "compare"
	screenYears    = "years"
	screenSitting  = "sitting"
	// screenRegisters lists every register; each register's own screen
	// is registerScreenPrefix + its name.
	screenRegisters = "registers"
)

// navEntry is one line of the left-hand panel.
type navEntry struct {
	id      string // a screen id, or a group id for a question group
	title   string
	icon    fyne.Resource
	isGroup bool
}

// navPanel lists the four question groups with their progress, then the
// other screens. Its lines are tight, so that all of them fit a 1024x700
// screen without scrolling; the registers share one line.
type navPanel struct {
	d        *Desk
	entries  []navEntry
	list     *widget.List
	content  fyne.CanvasObject
	selected string
	quiet    bool // true while the list is selected from code
}

func newNavPanel(d *Desk) *navPanel {
	n := &navPanel{d: d}
	for _, g := range d.edition.Groups {
		n.entries = append(n.entries, navEntry{id: g.ID, title: g.Title, icon: theme.DocumentIcon(), isGroup: true})
	}
	n.entries = append(n.entries,
		navEntry{id: screenMissing, title: "What's missing", icon: theme.ListIcon()})
	n.entries = append(n.entries,
		navEntry{id: screenRegisters, title: "Registers", icon: theme.GridIcon()},
		navEntry{id: screenProfile, title: "Organisation profile", icon: theme.AccountIcon()},
		navEntry{id: screenActions, title: "Action plan", icon: theme.CalendarIcon()},
		navEntry{id: screenCompare, title: "Compare with last year", icon: theme.ViewRefreshIcon()},
		navEntry{id: screenYears, title: "Years and publication", icon: theme.MediaSkipNextIcon()},
		navEntry{id: screenSitting, title: "Toolkit sitting", icon: theme.ContentCopyIcon()},
		navEntry{id: screenExport, title: "Export and import", icon: theme.DocumentPrintIcon()},
		navEntry{id: screenBackups, title: "Backups", icon: theme.StorageIcon()},
		navEntry{id: screenHelp, title: "Help", icon: theme.HelpIcon()},
	)
	n.list = widget.NewList(func() int { return len(n.entries) }, n.newRow, n.updateRow)
	n.list.OnSelected = n.onSelected
	title := widget.NewLabelWithStyle("Question groups", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	n.content = atLeast(fyne.NewSize(navMinWidth, 0), border(tight(title), nil, nil, widget.NewSeparator(), tight(n.list)))
	return n
}

// newRow is a line of the panel: a highlight (see highlighted), the icon,
// the title and a count.
func (n *navPanel) newRow() fyne.CanvasObject {
	count := widget.NewLabel("00/00")
	title := widget.NewLabel("Policies and procedures")
	title.Truncation = fyne.TextTruncateEllipsis
	mark := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	mark.CornerRadius = theme.SelectionRadiusSize()
	mark.Hide()
	return container.NewStack(mark, border(nil, nil, widget.NewIcon(theme.DocumentIcon()), count, title))
}

func (n *navPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	e := n.entries[i]
	row := o.(*fyne.Container).Objects[1].(*fyne.Container)
	icon, label, count := row.Objects[0].(*widget.Icon), row.Objects[1].(*widget.Label), row.Objects[2].(*widget.Label)
	n.mark(o.(*fyne.Container).Objects[0].(*canvas.Rectangle), n.highlighted(e))
	setLabel(label, e.title)
	icon.SetResource(e.icon)
	text, importance := "", widget.MediumImportance
	if e.isGroup {
		gp := n.d.status.Groups[i]
		text = fmt.Sprintf("%d/%d", gp.SM.Done, gp.SM.Total)
		if gp.SM.Done == gp.SM.Total {
			icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		}
	}
	switch e.id {
	case screenMissing:
		text = fmt.Sprint(len(n.d.status.Missing))
	case screenRegisters:
		if k := registersWanting(n.d.findings); k > 0 {
			text, importance = fmt.Sprint(k), widget.WarningImportance
		}
	}
	if count.Importance != importance {
		count.Importance = importance
		count.Refresh()
	}
	setLabel(count, text)
}

// highlighted reports whether a line is drawn as chosen by hand: the
// Registers line while one register's screen is on show. It is not
// selected in the list, so that choosing it opens the list of registers.
func (n *navPanel) highlighted(e navEntry) bool {
	return e.id == screenRegisters && strings.HasPrefix(n.selected, registerScreenPrefix)
}

// mark shows or hides a line's highlight, in the colour of a selected line.
func (n *navPanel) mark(r *canvas.Rectangle, on bool) {
	showIf(r, on)
	if on {
		r.FillColor = theme.Color(theme.ColorNameSelection)
		r.CornerRadius = theme.SelectionRadiusSize()
		r.Refresh()
	}
}

func (n *navPanel) onSelected(i widget.ListItemID) {
	if n.quiet {
		return
	}
	e := n.entries[i]
	if e.isGroup {
		n.d.questions.showGroup(n.d.edition.Group(e.id))
		return
	}
	n.d.show(e.id)
}

// selectScreen highlights the line for a screen or group without acting on
// it. A register's screen highlights the Registers line.
func (n *navPanel) selectScreen(id string) {
	if id == screenQuestion && n.d.questions.group != nil {
		id = n.d.questions.group.ID
	}
	if id == n.selected {
		return
	}
	was := n.selected
	n.selected = id
	n.quiet = true
	if i := n.index(id); i >= 0 {
		n.list.Select(i)
	} else if strings.HasPrefix(id, registerScreenPrefix) {
		n.list.UnselectAll()
	}
	n.quiet = false
	if strings.HasPrefix(id, registerScreenPrefix) != strings.HasPrefix(was, registerScreenPrefix) {
		n.list.RefreshItem(n.index(screenRegisters))
	}
}

// index is the line of a screen or group, or -1.
func (n *navPanel) index(id string) int {
	for i, e := range n.entries {
		if e.id == id {
			return i
		}
	}
	return -1
}

func (n *navPanel) refresh() { n.list.Refresh() }
