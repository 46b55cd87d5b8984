package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// retryEvery is how often changes whose save failed are tried again.
var retryEvery = 10 * time.Second

// closeWait is how long closing may wait for saves before it says why.
var closeWait = time.Second

// unsavedChange is a change the manager made whose save failed. It stays
// pending until a save of it (or of a newer change to the same thing)
// succeeds, or the manager chooses to close without it.
type unsavedChange struct {
	what  string // for messages: "question 1.1.5"
	op    func(ctx context.Context) error
	apply func() // puts the change back into the record after a reload; may be nil
	err   error
}

// saveChange saves a change to one thing (key names it: a question, an
// action, the profile) in the background. If the save fails, the change is
// kept and tried again: with the next change saved, every retryEvery, and
// when the window closes. A newer change to the same thing replaces it.
func (d *Desk) saveChange(key, what string, op func(ctx context.Context) error, apply func()) {
	d.queueChange(key, unsavedChange{what: what, op: op, apply: apply})
	d.retryUnsaved()
}

func (d *Desk) queueChange(key string, c unsavedChange) {
	if d.unsaved == nil {
		d.unsaved, d.saveSeq = map[string]unsavedChange{}, map[string]int{}
	}
	if old, ok := d.unsaved[key]; ok { // still pending, now with the newest change
		c.err = old.err
		d.unsaved[key] = c
	}
	d.saveSeq[key]++
	seq := d.saveSeq[key]
	d.top.saving(+1)
	d.bg.write(func() func() {
		err := c.op(context.Background())
		return func() { d.changeSaved(key, seq, c, err) }
	})
}

// changeSaved records how a save ended. Only the newest save of a thing
// counts: an older one failing after a newer one was queued changes nothing.
func (d *Desk) changeSaved(key string, seq int, c unsavedChange, err error) {
	d.top.saving(-1)
	switch {
	case seq != d.saveSeq[key]:
	case err == nil:
		delete(d.unsaved, key)
	default:
		first := len(d.unsaved) == 0
		c.err = err
		d.unsaved[key] = c
		d.failedSaves++
		if first {
			d.showError("Your change to "+c.what+" was not saved", err)
			d.opt.Log.Printf("DSPT Desk will keep trying to save %s", c.what)
		}
		d.scheduleRetry()
	}
	d.top.failed = len(d.unsaved) > 0
	d.top.showSaved()
}

// forgetUnsaved drops the pending change to one thing, because what it
// changed was deleted or put back to an earlier version.
func (d *Desk) forgetUnsaved(key string) {
	delete(d.unsaved, key)
	d.top.failed = len(d.unsaved) > 0
	d.top.showSaved()
}

// retryUnsaved tries every pending change again.
func (d *Desk) retryUnsaved() {
	for key, c := range d.unsaved {
		d.queueChange(key, c)
	}
}

// scheduleRetry starts the retry timer, if it is not already running.
// It is not background work: closing does not wait for it.
func (d *Desk) scheduleRetry() {
	if d.retrying {
		return
	}
	d.retrying = true
	time.AfterFunc(retryEvery, func() {
		d.opt.post(func() {
			d.retrying = false
			if d.closed || len(d.unsaved) == 0 {
				return
			}
			d.retryUnsaved()
		})
	})
}

// reapplyUnsaved puts pending changes back into the record after it was
// read again from disk, so that the window keeps showing (and later saves)
// what the manager typed.
func (d *Desk) reapplyUnsaved() {
	for _, c := range d.unsaved {
		if c.apply != nil {
			c.apply()
		}
	}
}

// closeWindow saves everything and closes once it is on disk. It waits only
// for saves; if they take longer than closeWait it says so, and if one
// failed the manager chooses: try again, close without saving, or cancel.
func (d *Desk) closeWindow() {
	if d.closing || d.closed {
		return
	}
	d.closing = true
	d.checks.stop()
	d.savePlace()
	d.flushEdits()
	d.retryUnsaved()
	var waiting dialog.Dialog
	slow := time.AfterFunc(closeWait, func() {
		d.opt.post(func() {
			if d.closing {
				waiting = stillSavingDialog(d.win)
			}
		})
	})
	d.afterWrites(func() {
		slow.Stop()
		if waiting != nil {
			waiting.Hide()
		}
		d.closing = false
		if len(d.unsaved) > 0 {
			d.askCloseUnsaved()
			return
		}
		d.closeNow()
	})
}

// afterWrites saves any waiting typing and runs then once every write has
// finished, including writes that finishing ones started.
func (d *Desk) afterWrites(then func()) {
	d.bg.whenWritten(func() {
		d.flushEdits()
		if !d.bg.writesDone() {
			d.afterWrites(then)
			return
		}
		then()
	})
}

// closeNow closes the database and the window.
func (d *Desk) closeNow() {
	d.closed = true
	d.stopTime()
	if err := d.store.Close(); err != nil {
		d.opt.Log.Printf("closing the database: %v", err)
	}
	d.win.Close()
}

func stillSavingDialog(win fyne.Window) dialog.Dialog {
	msg := wrapLabel("DSPT Desk is still saving your latest changes. It will close by itself as soon as they are safely saved.")
	dlg := dialog.NewCustomWithoutButtons("Saving before closing…", container.NewVBox(msg, widget.NewProgressBarInfinite()), win)
	dlg.Resize(fyne.NewSize(440, 0))
	dlg.Show()
	return dlg
}

// askCloseUnsaved asks what to do about changes that could not be saved.
func (d *Desk) askCloseUnsaved() {
	var what string
	var err error
	for _, c := range d.unsaved {
		what, err = c.what, c.err
		break
	}
	msg := "Your change to " + what + " could not be saved"
	if n := len(d.unsaved); n > 1 {
		msg = "Changes to " + what + " and " + assessment.Count(n-1, "other thing", "other things") + " could not be saved"
	}
	msg += ":\n" + assessment.ErrorMessage(err) + "\n\nTry again once that is put right, or close without saving these changes (everything else is saved)."
	var dlg *dialog.CustomDialog
	tryAgain := func() { dlg.Hide(); d.closeWindow() }
	retry := widget.NewButtonWithIcon("Try again", theme.ViewRefreshIcon(), tryAgain)
	retry.Importance = widget.HighImportance
	discard := widget.NewButtonWithIcon("Close without saving", theme.DeleteIcon(), func() {
		dlg.Hide()
		d.unsaved = nil
		d.closeNow()
	})
	discard.Importance = widget.DangerImportance
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), func() { dlg.Hide() })
	dlg = dialog.NewCustomWithoutButtons("Save failed", container.NewVBox(wrapLabel(msg)), d.win)
	dlg.SetButtons([]fyne.CanvasObject{cancel, discard, retry})
	dlg.Resize(fyne.NewSize(520, 0))
	withKeys(d.win, dlg, tryAgain, dlg.Hide)
	dlg.Show()
}
