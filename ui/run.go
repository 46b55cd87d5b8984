package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// Run opens the main window on app a and blocks until it closes. The
// database is opened and read in the background from the start, while the
// window is made and shows a plain message.
func Run(a fyne.App, opt Options) {
	keepFilesUntilWritten()
	opening := make(chan opened, 1)
	go func() { opening <- openFile(a, opt) }()
	a.Settings().SetTheme(newDeskTheme())
	win := a.NewWindow(windowTitle(opt))
	win.SetMaster()
	win.Resize(prefs{a.Preferences()}.windowSize())
	win.SetContent(container.NewCenter(widget.NewLabel("Opening your assessment…")))
	select {
	case o := <-opening: // already read: the first frame shows it
		showOpened(a, win, o)
	default:
		go func() {
			o := <-opening
			fyne.Do(func() { showOpened(a, win, o) })
		}()
	}
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

// opened is the outcome of opening the file: the desk, or why not.
type opened struct {
	opt  Options // with DBPath set
	desk *Desk
	err  error
}

// openFile opens the store and reads the assessment, off the UI goroutine
// (the integrity check, a daily backup, an upgrade or large registers can
// take a moment), while the window is being made.
func openFile(a fyne.App, opt Options) opened {
	if opt.Database != nil {
		path, bank, err := opt.Database()
		if err != nil {
			return opened{opt: opt, err: err}
		}
		opt.DBPath, opt.Bank = path, bank
	}
	if opt.Open == nil {
		opt.Open = func(path string) (Store, error) { return store.Open(path, store.Options{Bank: opt.Bank, Now: opt.Now}) }
	}
	st, err := opt.Open(opt.DBPath)
	if err != nil {
		return opened{opt: opt, err: err}
	}
	d, err := loadDesk(a, st, opt)
	if err != nil {
		st.Close()
	}
	return opened{opt: opt, desk: d, err: err}
}

// showOpened builds the window's content from the desk that was opened, on
// the UI goroutine, or explains what went wrong.
func showOpened(a fyne.App, win fyne.Window, o opened) {
	if o.err != nil {
		openFailed(a, win, o.opt, o.err)
		return
	}
	o.desk.open(win)
	o.desk.start()
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
		o := openFile(a, opt)
		fyne.Do(func() { showOpened(a, win, o) })
	}()
}
