package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// aboveWorkedOut marks, in the list of levels, one above what the answers support.
const aboveWorkedOut = " (above what DSPT Desk works out)"

// publicationForm asks for the date and level published online. It stays
// open, keeping what was typed, until both are given; then it asks once
// more, because recording a publication locks the year for good.
type publicationForm struct {
	d       *Desk
	y       *yearsScreen
	when    *dateBox
	level   *keySelect
	warn    *widget.Label
	problem *widget.Label
	dlg     *dialog.CustomDialog
}

// askPublication opens the publication form.
func (y *yearsScreen) askPublication() {
	d := y.d
	f := &publicationForm{d: d, y: y, when: newDateBox(), warn: wrapLabel(""), problem: wrapLabel("")}
	today := assessment.Day(d.now())
	f.when.SetDate(&today)
	f.level = newKeySelect(levelChoices(d), func(string) { f.showWarning() })
	if d.status.Level != assessment.NotReady {
		f.level.SetSelected(d.status.Level.String())
	}
	f.warn.Importance = widget.DangerImportance
	f.problem.Importance = widget.DangerImportance
	f.showWarning()
	form := widget.NewForm(widget.NewFormItem("Published on", f.when), widget.NewFormItem("Level", f.level))
	intro := wrapLabel("Record the date you published in the online toolkit and the level it gave you. " + workedOut(d))
	body := container.NewVBox(intro, form, f.warn, f.problem)
	record := widget.NewButtonWithIcon("Record and lock…", theme.ConfirmIcon(), f.submit)
	record.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), func() { f.dlg.Hide() })
	f.dlg = dialog.NewCustomWithoutButtons("Record publication", body, d.win)
	f.dlg.SetButtons([]fyne.CanvasObject{cancel, record})
	f.dlg.Resize(fyne.NewSize(580, 0))
	withKeys(d.win, f.dlg, f.submit, f.dlg.Hide, f.when, f.level)
	f.dlg.Show()
}

func levelNames(levels []assessment.Level) []string {
	var out []string
	for _, l := range levels {
		out = append(out, l.String())
	}
	return out
}

// levelChoices lists the levels that can be recorded, marking those above
// the level the answers support.
func levelChoices(d *Desk) []string {
	var out []string
	for _, l := range d.profile.PublishableLevels() {
		name := l.String()
		if l > d.status.Level {
			name += aboveWorkedOut
		}
		out = append(out, name)
	}
	return out
}

func workedOut(d *Desk) string {
	if d.status.Level == assessment.NotReady {
		return "DSPT Desk works out that this assessment is not ready to publish yet."
	}
	return fmt.Sprintf("DSPT Desk works out %s for this assessment.", d.status.Level)
}

// chosen is the level picked, or NotReady.
func (f *publicationForm) chosen() assessment.Level {
	return assessment.LevelNamed(strings.TrimSuffix(f.level.Selected, aboveWorkedOut))
}

func (f *publicationForm) showWarning() {
	f.warn.SetText(levelWarning(f.d, f.chosen()))
	showIf(f.warn, f.warn.Text != "")
}

// levelWarning warns when the level chosen is above the one the answers support.
func levelWarning(d *Desk, chosen assessment.Level) string {
	if chosen == assessment.NotReady || chosen <= d.status.Level {
		return ""
	}
	return fmt.Sprintf("%s is above what your answers here support. %s Record %s only if the online toolkit really gave you %s; otherwise cancel and finish what is missing first.",
		chosen, workedOut(d), chosen, chosen)
}

// submit checks the form, keeping it open with what was typed if something
// is missing, then asks for the last word.
func (f *publicationForm) submit() {
	on, level := dateOf(f.when.Date), f.chosen()
	var missing []string
	if on.IsZero() {
		missing = append(missing, "the date you published (such as "+exampleDate()+")")
	}
	if level == assessment.NotReady {
		missing = append(missing, "the level the online toolkit gave you")
	}
	if len(missing) > 0 {
		f.problem.SetText("Give " + strings.Join(missing, " and ") + ".")
		return
	}
	f.problem.SetText("")
	msg := fmt.Sprintf("Record that this assessment was published on %s at %s, and lock it?\n\nAre you sure? This cannot be undone: the answers, evidence and actions of this year can no longer be changed.\n\nDSPT Desk takes a backup just before. If you record this by mistake, go to Backups and restore the backup taken just before publication.",
		assessment.HumanDate(on), level)
	if w := levelWarning(f.d, level); w != "" {
		msg += "\n\n" + w
	}
	confirm(f.d.win, "Are you sure?", "Yes, record and lock", "Go back", wrapLabel(msg), func(ok bool) {
		if ok {
			f.dlg.Hide()
			f.y.publishAt(on, level)
		}
	})
}

// publishAt records the publication and locks the assessment; the store
// takes a backup first, and if that fails nothing is locked. The message
// names that backup, so the manager knows what to restore to undo it.
func (y *yearsScreen) publishAt(on time.Time, level assessment.Level) {
	d := y.d
	d.flushEdits()
	id := d.record.Assessment.ID
	var bk store.Backup
	d.write("the publication", func(ctx context.Context) error {
		if err := d.store.Publish(ctx, id, on, level); err != nil {
			return err
		}
		bk = newestBackup(d.store.Path(), store.BackupPublish)
		return nil
	}, func() {
		d.reloadAll()
		showMessage(d.win, "Publication recorded", fmt.Sprintf("Published on %s at %s. This assessment is now kept as it was published and can no longer be changed.\n\nTo undo this, restore the backup from %s on the Backups screen.",
			assessment.HumanDate(on), level, bk.Time.Local().Format("2 January 2006 at 15:04")))
	})
}

// newestBackup returns the newest backup of the file taken for reason.
func newestBackup(dbPath string, reason store.BackupReason) store.Backup {
	list, _ := store.ListBackups(dbPath)
	var newest store.Backup
	for _, b := range list {
		if b.Reason == reason && b.Time.After(newest.Time) {
			newest = b
		}
	}
	return newest
}
