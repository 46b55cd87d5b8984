package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// Run opens the main window on app a, opens the database in the background
// with a plain message while it does, and blocks until the window closes.
func Run(a fyne.App, opt Options) {
	keepFilesUntilWritten()
	a.Settings().SetTheme(newDeskTheme())
	win := a.NewWindow(windowTitle(opt))
	win.SetMaster()
	win.Resize(prefs{a.Preferences()}.windowSize())
	win.SetContent(container.NewCenter(widget.NewLabel("Opening your assessment…")))
	if opt.Open == nil {
		opt.Open = func(path string) (Store, error) { return store.Open(path, store.Options{Bank: opt.Bank, Now: opt.Now}) }
	}
	go openInBackground(a, win, opt)
	if opt.WorkArea != nil {
		go fyne.Do(func() { fitScreen(win, opt.WorkArea) })
	}
	win.ShowAndRun()
}

func windowTitle(opt Options) string {
	if opt.Demo {
		return "DSPT Desk (sample: Rosewood House)"
	}
	return "DSPT Desk"
}

// openInBackground opens the store and reads the assessment off the UI
// goroutine (the integrity check, a daily backup, an upgrade or large
// registers can take a moment), then builds the window's content on it (or
// explains what went wrong).
func openInBackground(a fyne.App, win fyne.Window, opt Options) {
	var err error
	if opt.Database != nil {
		if opt.DBPath, err = opt.Database(); err != nil {
			fyne.Do(func() { openFailed(a, win, opt, err) })
			return
		}
	}
	d, err := openDesk(a, win, opt)
	fyne.Do(func() {
		if err != nil {
			openFailed(a, win, opt, err)
			return
		}
		d.open()
		d.start()
	})
}

// openDesk opens the store and reads the assessment from it, off the UI
// goroutine; the store is closed again if the assessment cannot be read.
func openDesk(a fyne.App, win fyne.Window, opt Options) (*Desk, error) {
	st, err := opt.Open(opt.DBPath)
	if err != nil {
		return nil, err
	}
	d, err := loadDesk(a, win, st, opt)
	if err != nil {
		st.Close()
		return nil, err
	}
	return d, nil
}

// start shows the welcome on first run, and says so if today's automatic
// backup could not be made.
func (d *Desk) start() {
	if d.profile.Name == "" && !d.readOnly() {
		d.showWelcome()
	}
	if err := d.store.BackupError(); err != nil {
		d.opt.Log.Printf("the daily backup failed: %v", err)
		showMessage(d.win, "No backup today", "DSPT Desk could not make today's automatic backup, so there is no copy from today to go back to. Your work is still saved as you type.\n\n"+
			assessment.ErrorMessage(err)+"\n\nWhen that is put right, use Back up now on the Backups screen.")
	}
}

// openFailed explains why the file could not be opened. A damaged file gets
// the list of backups to restore from; anything else ends the app.
func openFailed(a fyne.App, win fyne.Window, opt Options, err error) {
	opt.Log.Printf("opening %s: %v", opt.DBPath, err)
	if assessment.ErrorCode(err) == assessment.EDamaged {
		showDamaged(a, win, opt, err)
		return
	}
	msg := wrapLabel(assessment.ErrorMessage(err))
	win.SetContent(container.NewPadded(container.NewVBox(heading("DSPT Desk cannot open your file"), msg,
		container.NewHBox(widget.NewButton("Close DSPT Desk", a.Quit)))))
}

// showDamaged offers the backups of a damaged file; the file itself is left as it is.
func showDamaged(a fyne.App, win fyne.Window, opt Options, err error) {
	backups, listErr := store.ListBackups(opt.DBPath)
	if listErr != nil {
		opt.Log.Printf("listing backups: %v", listErr)
	}
	chosen := -1
	list := widget.NewList(func() int { return len(backups) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(backupLine(backups[i])) })
	restore := widget.NewButton("Restore the chosen backup", func() { restoreAndOpen(a, win, opt, backups[chosen], err) })
	restore.Disable()
	list.OnSelected = func(i widget.ListItemID) { chosen = i; restore.Enable() }
	advice := fmt.Sprintf("%s\n\nChoose a backup to go back to. Your damaged file is kept as it is, beside the backups.", assessment.ErrorMessage(err))
	if len(backups) == 0 {
		advice = assessment.ErrorMessage(err) + "\n\nThere are no backups of this file. Keep the file safe and ask your IT support for help."
	}
	top := container.NewVBox(heading("Your DSPT Desk file needs attention"), wrapLabel(advice))
	win.SetContent(container.NewPadded(border(top, container.NewHBox(restore, widget.NewButton("Close DSPT Desk", a.Quit)), nil, nil, list)))
}

// restoreAndOpen copies the backup into place off the UI goroutine, then
// opens it; if the copy fails, the backups are offered again.
func restoreAndOpen(a fyne.App, win fyne.Window, opt Options, bk store.Backup, damage error) {
	win.SetContent(container.NewCenter(container.NewVBox(widget.NewLabel("Restoring the backup …"), widget.NewProgressBarInfinite())))
	go func() {
		if _, err := store.Restore(opt.DBPath, bk); err != nil {
			opt.Log.Printf("restoring %s: %v", bk.Path, err)
			fyne.Do(func() {
				showDamaged(a, win, opt, damage)
				showMessage(win, "The backup was not restored", assessment.ErrorMessage(err))
			})
			return
		}
		openInBackground(a, win, opt)
	}()
}
