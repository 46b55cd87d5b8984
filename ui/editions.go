package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// addEditionTitle is the command that adds a toolkit edition from a file.
const addEditionTitle = "Add a toolkit edition from a file…"

// bank is the question bank in use: the built-in editions and those added
// from a file, as the store holds them.
func (d *Desk) bank() *assessment.Bank {
	if b := d.store.Bank(); b != nil {
		return b
	}
	return d.opt.Bank
}

// editionsSection lists the toolkit years DSPT Desk knows, where each comes
// from and its revision, and offers to add one from a file.
type editionsSection struct {
	d    *Desk
	list *widget.Label
	note *widget.Label
	// support says where the end-of-support dates come from (see supportfile.go).
	support *widget.Label
	root    fyne.CanvasObject
}

func newEditionsSection(d *Desk) *editionsSection {
	e := &editionsSection{d: d, list: wrapLabel(""), note: wrapLabel(""), support: wrapLabel("")}
	e.note.Importance = widget.WarningImportance
	add := widget.NewButtonWithIcon(addEditionTitle, theme.ContentAddIcon(), d.chooseEditionFile)
	support := widget.NewButtonWithIcon(addSupportTitle, theme.ContentAddIcon(), d.addSupportFile)
	e.root = container.NewVBox(heading("Toolkit years"),
		wrapLabel("Each year's toolkit questions come in an edition file. When a new toolkit year starts, your care association, IT support or the DSPT Desk project can send you its file (for example 2027-28.toml) by email or on a USB stick: add it here. It is checked first and added only if all of it is valid, and it is kept in your DSPT Desk file, so it is in your backups and exports."),
		e.note, e.list, container.NewHBox(add),
		e.support, container.NewHBox(support))
	e.refresh()
	return e
}

func (e *editionsSection) refresh() {
	var lines []string
	for _, ed := range e.d.bank().Editions {
		lines = append(lines, fmt.Sprintf("%s: %s.", ed.ID, editionSource(ed)))
	}
	e.list.SetText("DSPT Desk has the questions for:\n" + strings.Join(lines, "\n"))
	e.note.SetText(e.d.bank().NewYearNote(e.d.now()))
	e.support.SetText(supportSource())
	showIf(e.note, e.note.Text != "")
}

// editionSource says where an edition comes from, in a sentence's middle.
func editionSource(ed *assessment.Edition) string {
	if ed.Origin == nil {
		return fmt.Sprintf("built into DSPT Desk (revision %d in use)", ed.Revision)
	}
	return fmt.Sprintf("%s (revision %d in use)", ed.From(), ed.Revision)
}

// nextEditionNote says why no next year can start: the newest edition is
// already in use. It says how to add the next one.
func nextEditionNote(d *Desk, latest *assessment.Edition) string {
	if note := d.bank().NewYearNote(d.now()); note != "" {
		return note
	}
	return fmt.Sprintf("DSPT Desk's newest questions are the %s ones, which this assessment already uses. When the next toolkit goes live, add its edition file with \"%s\" on the Export and import screen; then start the review here.", latest.ID, addEditionTitle)
}

// chooseEditionFile asks for an edition file, then adds it.
func (d *Desk) chooseEditionFile() {
	d.choosePath(fileChoice{kind: pickOpen, title: "Add a toolkit edition from a file", ext: ".toml", label: "Toolkit edition files", purpose: "editions"}, d.addEditionFrom)
}

// addEditionFrom reads and adds the edition file in the background, then
// says what happened.
func (d *Desk) addEditionFrom(path string) {
	addCheckedFile(d, path, store.MaxEditionBytes, d.store.AddEdition, func(ed *assessment.Edition, err error) {
		d.afterAddEdition(path, ed, err)
	})
}

func (d *Desk) afterAddEdition(path string, ed *assessment.Edition, err error) {
	var bad *assessment.EditionError
	switch {
	case errors.As(err, &bad):
		d.opt.Log.Printf("edition file %s refused: %v", path, err)
		showFileProblems(d, "The edition file has problems", filepath.Base(path), bad.Problems)
	case err != nil:
		d.showError("The edition was not added", err)
	default:
		d.reloadAll()
		showMessage(d.win, "Toolkit edition added", fmt.Sprintf("DSPT Desk now has the %d questions of the %s toolkit, %s. %s",
			len(ed.Items), ed.ID, editionSource(ed), afterAddAdvice(d, ed)))
	}
}

// afterAddAdvice says what to do with an edition just added.
func afterAddAdvice(d *Desk, ed *assessment.Edition) string {
	if ed.ID <= d.edition.ID {
		return fmt.Sprintf("Your %s assessment uses these questions from now on.", ed.ID)
	}
	return ed.StartAdvice(d.now())
}
