package ui

import (
	"errors"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/storage"
)

// pickKind says what a file dialog is for.
type pickKind int

const (
	pickOpen   pickKind = iota // choose an existing file
	pickFolder                 // choose a folder
	pickSave                   // choose where to write a new file
)

// fileChoice describes a file dialog.
type fileChoice struct {
	kind  pickKind
	title string
	name  string // the suggested file name, for pickSave
	ext   string // such as ".pdf"; "" for any file
	label string // what the files are, such as "PDF files"
	// purpose groups dialogs that share a remembered folder: "evidence",
	// "export", "import", "editions", "problems" (a refused import's list)
	// or "registers" (a register's CSV files, in and out).
	// Every dialog has one.
	purpose string
}

// errNoNativeDialog means this system has no native dialog in DSPT Desk.
var errNoNativeDialog = errors.New("no native file dialog on this system")

// choosePath shows the system's own file dialog where DSPT Desk has one
// (Windows), and Fyne's otherwise or if the system's fails, then calls
// then with the chosen path. Nothing happens when the manager cancels.
func (d *Desk) choosePath(p fileChoice, chosen func(path string)) {
	dir := d.startFolder(p.purpose)
	then := func(path string) { d.usePath(p, path, chosen) }
	owner := nativeHandle(d.win)
	go func() {
		path, ok, err := nativePick(owner, dir, p)
		d.opt.post(func() {
			switch {
			case err != nil:
				if !errors.Is(err, errNoNativeDialog) {
					d.opt.Log.Printf("the system file dialog failed, using DSPT Desk's own: %v", err)
				}
				d.fynePick(p, then)
			case ok:
				then(path)
			}
		})
	}()
}

// nativeHandle returns the window's system handle (an HWND on Windows), or 0.
func nativeHandle(win fyne.Window) uintptr {
	var h uintptr
	if nw, ok := win.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			if wc, ok := ctx.(driver.WindowsWindowContext); ok {
				h = wc.HWND
			}
		})
	}
	return h
}

// fynePick shows Fyne's own file dialog.
func (d *Desk) fynePick(p fileChoice, then func(string)) {
	var fd *dialog.FileDialog
	switch p.kind {
	case pickFolder:
		fd = dialog.NewFolderOpen(func(u fyne.ListableURI, err error) { d.picked(u, err, then) }, d.win)
	case pickSave:
		fd = dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if w != nil {
				w.Close()
				d.picked(w.URI(), err, then)
				return
			}
			d.picked(nil, err, then)
		}, d.win)
		fd.SetFileName(p.name)
	default:
		fd = dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if r != nil {
				r.Close()
				d.picked(r.URI(), err, then)
				return
			}
			d.picked(nil, err, then)
		}, d.win)
	}
	if p.ext != "" {
		fd.SetFilter(storage.NewExtensionFileFilter([]string{p.ext}))
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(d.startFolder(p.purpose))); err == nil {
		fd.SetLocation(l)
	}
	fd.Show()
	// Fyne's default file dialog is small; most of the window shows more files
	// at once. It can only be resized once shown.
	size := d.win.Canvas().Size()
	fd.Resize(fyne.NewSize(size.Width*0.85, size.Height*0.85))
}

// picked reports a failed dialog, or passes on the chosen path.
func (d *Desk) picked(u fyne.URI, err error, then func(string)) {
	switch {
	case err != nil:
		d.opt.Log.Printf("the file dialog failed: %v", err)
		showMessage(d.win, "That place cannot be used", "DSPT Desk could not use the place chosen or typed. Check that the folder exists and that you may save there, then try again.")
	case u != nil:
		then(u.Path())
	}
}

// startFolder is where a file dialog opens: the folder last used for the
// same purpose if it is still there, else Documents.
func (d *Desk) startFolder(purpose string) string {
	if dir := d.prefs.folderFor(purpose); dir != "" {
		if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
			return dir
		}
	}
	dir, _ := documentsDir()
	return dir
}

// usePath checks a chosen or typed path, remembers its folder for next
// time, and passes it on. A path that does not exist is answered plainly.
func (d *Desk) usePath(p fileChoice, path string, then func(string)) {
	if msg := pathProblem(p.kind, path); msg != "" {
		showMessage(d.win, "Not found", msg)
		return
	}
	if p.purpose != "" {
		d.prefs.setFolderFor(p.purpose, filepath.Dir(path))
	}
	then(path)
}

// pathProblem says what is wrong with a chosen path, or "".
func pathProblem(kind pickKind, path string) string {
	check := path
	if kind == pickSave {
		check = filepath.Dir(path)
	}
	fi, err := os.Stat(check)
	switch {
	case err != nil && kind == pickSave:
		return "There is no folder " + check + ". Check the path, or choose a folder that exists, then try again."
	case err != nil:
		return "There is nothing at " + path + ". Check the path (it may have been moved or renamed), then try again."
	case kind == pickFolder && !fi.IsDir():
		return path + " is a file, not a folder. Choose the folder that holds it."
	case kind == pickOpen && fi.IsDir():
		return path + " is a folder. Choose a file inside it."
	}
	return ""
}
