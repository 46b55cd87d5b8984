package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Filter choices for the action plan.
const (
	filterAll     = "All"
	filterOpen    = "Not done"
	ownerAll      = "Everyone"
	whenAny       = "Any date"
	filterOverdue = "Overdue"
	filterSoon    = "Due in 30 days"
	whenNone      = "No target date"
)

// actionsScreen is the action plan: every action, sortable and filterable,
// with overdue ones marked, and an editor for the selected one.
type actionsScreen struct {
	d       *Desk
	shown   []assessment.Action
	list    *widget.List
	status  *widget.Select
	owner   *widget.Select
	when    *widget.Select
	order   *widget.Select
	summary *widget.Label
	editor  *actionEditor
	addBtn  *widget.Button
	gapsBtn *widget.Button
	root    fyne.CanvasObject
	quiet   bool // true while the list is selected from code
}

func newActionsScreen(d *Desk) *actionsScreen {
	s := &actionsScreen{d: d, summary: wrapLabel("")}
	s.list = widget.NewList(func() int { return len(s.shown) }, newActionRow, s.updateRow)
	s.list.OnSelected = func(i widget.ListItemID) {
		if !s.quiet {
			s.editor.load(s.shown[i].ID)
		}
	}
	s.status = newChoice(append([]string{filterAll, filterOpen}, statusLabels()...), filterAll, s.refresh)
	s.owner = newChoice([]string{ownerAll}, ownerAll, s.refresh)
	s.when = newChoice([]string{whenAny, filterOverdue, filterSoon, whenNone}, whenAny, s.refresh)
	s.order = newChoice([]string{string(assessment.ByTargetDate), string(assessment.ByRef), string(assessment.ByStatus), string(assessment.ByOwner)},
		string(assessment.ByTargetDate), s.refresh)
	s.addBtn = widget.NewButtonWithIcon("Add action", theme.ContentAddIcon(), func() { s.add("") })
	s.gapsBtn = widget.NewButtonWithIcon("Create actions for all gaps", theme.ListIcon(), s.createForGaps)
	s.editor = newActionEditor(d, s)
	s.root = s.layout()
	return s
}

// newChoice makes a drop-down showing first, which calls changed when the
// manager picks another option.
func newChoice(options []string, first string, changed func()) *widget.Select {
	sel := widget.NewSelect(options, nil)
	sel.Selected = first
	sel.OnChanged = func(string) { changed() }
	return sel
}

func (s *actionsScreen) layout() fyne.CanvasObject {
	filters := newFlow(container.NewHBox(widget.NewLabel("Show"), s.status), container.NewHBox(widget.NewLabel("Owner"), s.owner),
		container.NewHBox(widget.NewLabel("Due"), s.when), container.NewHBox(widget.NewLabel("Sort by"), s.order))
	top := container.NewVBox(newFlow(heading("Action plan"), s.addBtn, s.gapsBtn), s.summary, filters)
	split := container.NewVSplit(border(top, nil, nil, nil, s.list), s.editor.content)
	s.d.rememberSplit("actions.editor", split, 0.55)
	return split
}

func (s *actionsScreen) content() fyne.CanvasObject { return s.root }

func (s *actionsScreen) refresh() {
	s.owner.Options = s.owners()
	s.shown = s.filtered()
	s.summary.SetText(actionSummary(s.d))
	s.list.Refresh()
	s.highlight(s.editor.id)
	setEnabled(s.addBtn, !s.d.readOnly())
	setEnabled(s.gapsBtn, !s.d.readOnly())
	s.editor.refresh()
}

// actionSummary counts actions (drafts apart, as the pack leaves them out)
// and says whether every gap is planned.
func actionSummary(d *Desk) string {
	open, overdue := 0, 0
	planned := assessment.PlannedActions(d.record.Actions)
	for _, a := range planned {
		if a.Status != assessment.Done {
			open++
		}
		if a.Overdue(d.now()) {
			overdue++
		}
	}
	text := fmt.Sprintf("Actions in the plan: %d, of which %d not done and %d overdue.", len(planned), open, overdue)
	if n := assessment.DraftQuestions(d.record.Actions); n > 0 {
		text += fmt.Sprintf(" Questions with draft actions, not yet planned and not printed: %d (write or change a draft's gap or action to plan it).", n)
	}
	if d.status.Level == assessment.ApproachingStandards {
		text += " Every Standards Met question not yet met has an action with an owner and a target date."
	}
	return text
}

func (s *actionsScreen) owners() []string {
	out := []string{ownerAll}
	seen := map[string]bool{}
	for _, a := range s.d.record.Actions {
		if a.Owner != "" && !seen[a.Owner] {
			seen[a.Owner] = true
			out = append(out, a.Owner)
		}
	}
	return out
}

// filtered applies the status and owner filters and the sort order.
func (s *actionsScreen) filtered() []assessment.Action {
	var out []assessment.Action
	for _, a := range s.d.record.Actions {
		if s.keep(a) {
			out = append(out, a)
		}
	}
	assessment.SortActions(out, assessment.ActionOrder(s.order.Selected))
	return out
}

// keep applies the three filters: status, owner and target date.
func (s *actionsScreen) keep(a assessment.Action) bool {
	if s.owner.Selected != ownerAll && s.owner.Selected != "" && a.Owner != s.owner.Selected {
		return false
	}
	return s.keepStatus(a) && s.keepWhen(a)
}

func (s *actionsScreen) keepStatus(a assessment.Action) bool {
	switch s.status.Selected {
	case filterAll, "":
		return true
	case filterOpen:
		return a.Status != assessment.Done
	}
	return a.Status.Label() == s.status.Selected
}

func (s *actionsScreen) keepWhen(a assessment.Action) bool {
	switch s.when.Selected {
	case filterOverdue:
		return a.Overdue(s.d.now())
	case filterSoon:
		soon := assessment.Day(s.d.now()).AddDate(0, 0, 30)
		return a.Status != assessment.Done && !a.TargetDate.IsZero() && !a.TargetDate.After(soon)
	case whenNone:
		return a.TargetDate.IsZero()
	}
	return true
}

// newActionRow makes a list row: the ref, then the action, owner and status
// with the gap and notes beneath, and the target date on the right.
func newActionRow() fyne.CanvasObject {
	ref := widget.NewLabelWithStyle("10.2.1", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	what := widget.NewLabel("")
	what.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.TextStyle = fyne.TextStyle{Italic: true}
	detail.SizeName = theme.SizeNameCaptionText
	when := widget.NewLabel("Overdue: 30 June 2026")
	// The two lines sit close together: they are one action.
	lines := container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()), what, detail)
	return border(nil, nil, ref, when, lines)
}

func (s *actionsScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	a := s.shown[i]
	row := o.(*fyne.Container)
	ref, lines, when := row.Objects[0].(*widget.Label), row.Objects[1].(*fyne.Container), row.Objects[2].(*widget.Label)
	ref.SetText(a.Ref)
	lines.Objects[0].(*widget.Label).SetText(actionLine(a))
	detail := actionDetail(a)
	if assessment.Settled(s.d.status, a) {
		detail = "Its question is now complete: this action can be marked done."
	}
	lines.Objects[1].(*widget.Label).SetText(detail)
	when.SetText(actionWhen(a, s.d))
	when.Importance = widget.MediumImportance
	if a.Overdue(s.d.now()) {
		when.Importance = widget.DangerImportance
	}
	when.Refresh()
}

// actionLine is a one-line view of an action: what, who and its status.
func actionLine(a assessment.Action) string {
	what := firstLine(a.Action)
	if what == "" {
		what = "(no action written yet)"
	}
	owner := a.Owner
	if owner == "" {
		owner = "no owner"
	}
	line := fmt.Sprintf("%s · %s · %s", what, owner, a.Status.Label())
	if a.Draft {
		line = "Draft: " + line
	}
	return line
}

// actionDetail is the second line of a row: the gap and any notes.
func actionDetail(a assessment.Action) string {
	gap := firstLine(a.Gap)
	if gap == "" {
		gap = "(no gap written)"
	}
	text := "Gap: " + gap
	if notes := firstLine(a.Notes); notes != "" {
		text += " · Notes: " + notes
	}
	return text
}

func actionWhen(a assessment.Action, d *Desk) string {
	switch {
	case a.Status == assessment.Done:
		return "Done " + assessment.HumanDate(a.DoneDate)
	case a.TargetDate.IsZero():
		return "No target date"
	case a.Overdue(d.now()):
		return "Overdue: " + assessment.HumanDate(a.TargetDate)
	}
	return "By " + assessment.HumanDate(a.TargetDate)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// add creates a new action (for ref, if given) and opens it in the editor.
func (s *actionsScreen) add(ref string) {
	if ref == "" && s.d.questions.item != nil {
		ref = s.d.questions.item.Ref
	}
	a := assessment.Action{Ref: ref, Status: assessment.NotStarted, Owner: s.d.profile.ActionOwner()}
	s.d.saveNewActions([]assessment.Action{a}, func(saved []assessment.Action) {
		s.d.show(screenActions)
		s.selectAction(saved[0].ID)
	})
}

func (s *actionsScreen) createForGaps() {
	drafts := assessment.DraftActions(s.d.profile, s.d.status, s.d.record)
	if len(drafts) == 0 {
		showMessage(s.d.win, "No new actions needed", "Every question that is not complete already has an action that is not done.")
		return
	}
	s.d.saveNewActions(drafts, func(saved []assessment.Action) {
		showMessage(s.d.win, "Actions created", fmt.Sprintf("%s added, one for each gap. A draft is not part of the plan, and is not printed, until you write or change its gap or action. Give each a target date and check the owner.", assessment.Count(len(saved), "draft action was", "draft actions were")))
	})
}

// selectAction shows the action with the given id in the list and editor.
func (s *actionsScreen) selectAction(id int64) {
	s.editor.load(id)
	s.highlight(id)
}

// highlight selects the action's row, if it is shown, without reloading the editor.
func (s *actionsScreen) highlight(id int64) {
	s.quiet = true
	defer func() { s.quiet = false }()
	for i, a := range s.shown {
		if a.ID == id {
			s.list.Select(i)
			s.list.ScrollTo(i)
			return
		}
	}
	s.list.UnselectAll()
}

// saveNewActions inserts actions, then adds them to the record and calls done.
func (d *Desk) saveNewActions(actions []assessment.Action, done func([]assessment.Action)) {
	if d.readOnly() {
		return
	}
	id := d.record.Assessment.ID
	saved := make([]assessment.Action, 0, len(actions))
	d.write("the action plan", func(ctx context.Context) error {
		for _, a := range actions {
			s, err := d.store.SaveAction(ctx, id, a)
			if err != nil {
				return err
			}
			saved = append(saved, s)
		}
		return nil
	}, func() {
		d.record.Actions = append(d.record.Actions, saved...)
		d.changed()
		done(saved)
	})
}
