package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
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
)

// navEntry is one line of the left-hand panel.
type navEntry struct {
	id      string // a screen id, or a group id for a question group
	title   string
	icon    fyne.Resource
	isGroup bool
}

// navPanel lists the four question groups with their progress, then the
// other screens.
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
	n.entries = append(n.entries, registerNavEntries()...)
	n.entries = append(n.entries,
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
	n.content = atLeast(fyne.NewSize(navMinWidth, 0), border(title, nil, nil, widget.NewSeparator(), n.list))
	return n
}

func (n *navPanel) newRow() fyne.CanvasObject {
	count := widget.NewLabel("00/00")
	title := widget.NewLabel("Policies and procedures")
	title.Truncation = fyne.TextTruncateEllipsis
	return border(nil, nil, widget.NewIcon(theme.DocumentIcon()), count, title)
}

func (n *navPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	e := n.entries[i]
	row := o.(*fyne.Container)
	icon, label, count := row.Objects[0].(*widget.Icon), row.Objects[1].(*widget.Label), row.Objects[2].(*widget.Label)
	setLabel(label, e.title)
	icon.SetResource(e.icon)
	text := ""
	if e.isGroup {
		gp := n.d.status.Groups[i]
		text = fmt.Sprintf("%d/%d", gp.SM.Done, gp.SM.Total)
		if gp.SM.Done == gp.SM.Total {
			icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		}
	}
	if e.id == screenMissing {
		text = fmt.Sprint(len(n.d.status.Missing))
	}
	setLabel(count, text)
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

// selectScreen highlights the line for a screen or group without acting on it.
func (n *navPanel) selectScreen(id string) {
	if id == screenQuestion && n.d.questions.group != nil {
		id = n.d.questions.group.ID
	}
	for i, e := range n.entries {
		if e.id == id && n.selected != id {
			n.quiet = true
			n.list.Select(i)
			n.quiet = false
		}
	}
	n.selected = id
}

func (n *navPanel) refresh() { n.list.Refresh() }
