package ui

import (
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/atomicfile"
	"github.com/dsptdesk/dsptdesk/store"
)

// shownProblems is how many problems of a refused import the window lists;
// the rest are counted, and can be saved as a text file. Laying out
// hundreds of thousands of lines would freeze the window for minutes.
const shownProblems = 100

// problemsText lists the first shownProblems problems, one per line, and
// then says how many more there are.
func problemsText(bad *store.ImportError) string {
	var b strings.Builder
	for i, p := range bad.Problems {
		if i == shownProblems {
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	if more := len(bad.Problems) - shownProblems; more > 0 {
		fmt.Fprintf(&b, "\n… and %s more. Save the full list to see them all.", thousands(more))
	}
	return b.String()
}

// problemsHeading says how many problems there are and how many are shown.
func problemsHeading(n int) string {
	switch {
	case n == 1:
		return "Nothing was imported. The file has this problem:"
	case n <= shownProblems:
		return fmt.Sprintf("Nothing was imported. The file has these %d problems:", n)
	}
	return fmt.Sprintf("Nothing was imported. The file has %s problems; here are the first %d:", thousands(n), shownProblems)
}

// thousands writes n with commas: 199,900.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// showImportProblems lists what is wrong with a refused import file and,
// when the list is longer than the window shows, offers to save it all.
func (d *Desk) showImportProblems(bad *store.ImportError) {
	text := widget.NewLabel(problemsText(bad))
	text.Wrapping = fyne.TextWrapWord
	body := border(wrapLabel(problemsHeading(len(bad.Problems))), nil, nil, nil, container.NewVScroll(text))
	if len(bad.Problems) > shownProblems {
		dlg := dialog.NewCustomConfirm("The file cannot be imported", "Save the full list…", "Close", body, func(save bool) {
			if save {
				d.saveProblems(bad)
			}
		}, d.win)
		dlg.Resize(fyne.NewSize(640, 420))
		withKeys(d.win, dlg, dlg.Confirm, dlg.Hide)
		dlg.Show()
		return
	}
	dlg := dialog.NewCustom("The file cannot be imported", "OK", body, d.win)
	dlg.Resize(fyne.NewSize(640, 420))
	withKeys(d.win, dlg, nil, dlg.Hide)
	dlg.Show()
}

// saveProblems asks where to save the full list of problems as a text file.
func (d *Desk) saveProblems(bad *store.ImportError) {
	d.choosePath(fileChoice{kind: pickSave, title: "Save the list of problems", name: "import-problems.txt", ext: ".txt", label: "Text files", purpose: "problems"}, func(path string) {
		d.writeProblems(path, bad)
	})
}

// writeProblems writes every problem to path off the UI goroutine, whole or
// not at all, and never over one of the database's own files.
func (d *Desk) writeProblems(path string, bad *store.ImportError) {
	if !d.exportAllowed("The list of problems was not saved", path) {
		return
	}
	d.bg.run(func() func() {
		err := atomicfile.Write(path, 0o600, func(w io.Writer) error {
			_, err := io.WriteString(w, bad.Error()+"\n")
			return err
		})
		return func() {
			if err != nil {
				removeIfEmpty(path)
				d.showError("The list of problems was not saved", err)
				return
			}
			showMessage(d.win, "Saved", "The full list of problems was saved to "+path+".")
		}
	})
}
