package ui

import (
	"context"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/store"
)

// backupsScreen lists the backup copies and can make or restore one.
type backupsScreen struct {
	d       *Desk
	backups []store.Backup
	list    *widget.List
	chosen  int
	restore *widget.Button
	note    *widget.Label
	root    fyne.CanvasObject
}

func newBackupsScreen(d *Desk) *backupsScreen {
	b := &backupsScreen{d: d, chosen: -1, note: wrapLabel("")}
	b.list = widget.NewList(func() int { return len(b.backups) }, func() fyne.CanvasObject {
		// On a narrow or scaled window the file's name ends in "…" rather
		// than running off the edge.
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		o.(*widget.Label).SetText(backupLine(b.backups[i]))
	})
	b.list.OnSelected = func(i widget.ListItemID) { b.chosen = i; b.restore.Enable() }
	b.restore = widget.NewButtonWithIcon("Restore the chosen backup…", theme.HistoryIcon(), b.confirmRestore)
	now := widget.NewButtonWithIcon("Back up now", theme.DocumentSaveIcon(), d.backupNow)
	now.Importance = widget.HighImportance
	top := container.NewVBox(heading("Backups"), b.note, container.NewHBox(now, b.restore))
	b.root = border(top, nil, nil, nil, b.list)
	return b
}

func backupLine(bk store.Backup) string {
	return fmt.Sprintf("%s, %s   (%s, %d KB)", bk.Time.Local().Format("Monday 2 January 2006 at 15:04"), bk.Reason.Describe(), filepath.Base(bk.Path), (bk.Size+1023)/1024)
}

func (b *backupsScreen) content() fyne.CanvasObject { return b.root }

func (b *backupsScreen) refresh() {
	list, err := store.ListBackups(b.d.store.Path())
	if err != nil {
		b.d.opt.Log.Printf("listing backups: %v", err)
	}
	b.backups = list
	b.note.SetText(backupsNote(filepath.Join(filepath.Dir(b.d.store.Path()), "backups")))
	b.chosen = -1
	b.list.UnselectAll()
	b.list.Refresh()
	b.restore.Disable()
}

// backupNow makes a backup in the background and says where it went.
func (d *Desk) backupNow() {
	d.flushEdits()
	prog := dialog.NewCustomWithoutButtons("Backing up", widget.NewProgressBarInfinite(), d.win)
	prog.Show()
	d.bg.write(func() func() {
		bk, err := d.store.BackupNow(context.Background())
		return func() {
			prog.Hide()
			if err != nil {
				d.showError("The backup was not made", err)
				return
			}
			showMessage(d.win, "Backed up", "A copy of everything was saved to "+bk.Path+".")
			if d.current == screenBackups {
				d.screens[screenBackups].refresh()
			}
		}
	})
}

func (b *backupsScreen) confirmRestore() {
	if b.chosen < 0 {
		return
	}
	bk := b.backups[b.chosen]
	msg := fmt.Sprintf("Go back to the copy from %s?\n\nYour file as it is now is backed up first, so this can be undone by restoring that copy.", bk.Time.Local().Format("2 January 2006 at 15:04"))
	confirm(b.d.win, "Restore a backup", "Restore", "Cancel", wrapLabel(msg), func(ok bool) {
		if ok {
			b.d.restoreBackup(bk)
		}
	})
}

// restoreBackup closes the database, restores the copy in the background
// (the current file is backed up first), and opens it again.
func (d *Desk) restoreBackup(bk store.Backup) {
	prog := dialog.NewCustomWithoutButtons("Restoring", widget.NewProgressBarInfinite(), d.win)
	prog.Show()
	d.afterSaves(func() { d.restoreWhenSaved(bk, prog) })
}

// restoreWhenSaved swaps the file for the backup once every save is done.
func (d *Desk) restoreWhenSaved(bk store.Backup, prog dialog.Dialog) {
	old := d.store
	d.bg.run(func() func() {
		path := old.Path()
		if err := old.Close(); err != nil {
			d.opt.Log.Printf("closing before a restore: %v", err)
		}
		_, restoreErr := store.Restore(path, bk)
		st, openErr := d.opt.Open(path)
		return func() {
			prog.Hide()
			d.afterRestore(bk, st, restoreErr, openErr)
		}
	})
}

func (d *Desk) afterRestore(bk store.Backup, st Store, restoreErr, openErr error) {
	if openErr != nil {
		d.showError("DSPT Desk could not open your file again. Close DSPT Desk and start it again", openErr)
		return
	}
	d.store = st
	d.reloadAll()
	if restoreErr != nil {
		d.showError("The backup was not restored", restoreErr)
		return
	}
	showMessage(d.win, "Restored", "Your assessment is back as it was on "+bk.Time.Local().Format("2 January 2006 at 15:04")+".")
}

// backupsNote says when copies are made and how many of each are kept.
func backupsNote(dir string) string {
	return fmt.Sprintf("A copy of your file is made the first time you open DSPT Desk each day; those of the last %d days you used it are kept. "+
		"A copy is also made before an import, an upgrade, a restore or recording a publication, and when you press Back up now; the newest %d of those are kept. "+
		"They are in %s. To move to a new computer, use Export and import instead.", store.KeptDaily, store.KeptChanges, dir)
}
