package ui

import (
	"net/url"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
)

// restorePlace reopens the screen and question the manager left last time,
// or the first question.
func (d *Desk) restorePlace() {
	screenID, ref := d.prefs.place()
	if it := d.edition.Item(ref); it != nil {
		d.questions.showItem(it)
	} else {
		d.questions.showGroup(d.edition.Groups[0])
	}
	if d.hasScreen(screenID) && screenID != screenQuestion {
		d.show(screenID)
	}
}

// savePlace remembers the screen, the question and the window size.
func (d *Desk) savePlace() {
	ref := ""
	if d.questions.item != nil {
		ref = d.questions.item.Ref
	}
	d.prefs.setPlace(d.current, ref)
	d.prefs.setWindowSize(d.win.Canvas().Size())
	for name, s := range d.splits {
		d.prefs.setSplitOffset(name, s.Offset)
	}
}

// documentsDir is the user's Documents folder, or their home folder.
func documentsDir() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	if docs := filepath.Join(home, "Documents"); isDir(docs) {
		return docs, nil
	}
	return home, nil
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// fileURL turns a path into a file:// URL for opening in the system's app.
func fileURL(path string) *url.URL {
	u, _ := url.Parse(storage.NewFileURI(path).String())
	return u
}

// rememberSplit puts a divider where the manager left it last time (or at
// fallback the first time); savePlace stores it again on closing.
func (d *Desk) rememberSplit(name string, s *container.Split, fallback float64) {
	if d.splits == nil {
		d.splits = map[string]*container.Split{}
	}
	s.Offset = d.prefs.splitOffset(name, fallback)
	d.splits[name] = s
}
