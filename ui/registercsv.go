package ui

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// importRegisterCSV asks for a CSV file and shows what importing it into
// the table would add, with its columns matched to the table's fields.
func (d *Desk) importRegisterCSV(s *register.Schema) {
	if d.readOnly() {
		showMessage(d.win, "This year is locked", fmt.Sprintf("The %s assessment is published and locked, so its %s cannot change.", d.record.Assessment.EditionID, strings.ToLower(s.Title)))
		return
	}
	d.choosePath(fileChoice{kind: pickOpen, title: "Import " + strings.ToLower(s.Title) + " from a CSV file", ext: ".csv", label: "CSV files", purpose: "registers"}, func(path string) {
		d.readRegisterCSV(s, path)
	})
}

// readRegisterCSV reads and checks the file off the UI goroutine, then
// shows the import dialog, or says why the file cannot be read.
func (d *Desk) readRegisterCSV(s *register.Schema, path string) {
	existing := cloneRows(d.registers.Of(s.Name))
	prog := dialog.NewCustomWithoutButtons("Reading "+filepath.Base(path)+"…", widget.NewProgressBarInfinite(), d.win)
	prog.Show()
	d.bg.run(func() func() {
		file, err := register.ReadCSVFile(path)
		var m register.Mapping
		var checked register.Imported
		if err == nil {
			m = register.AutoMap(s, file.Headings)
			checked = register.Apply(s, file.Lines, m, existing)
		}
		return func() {
			prog.Hide()
			if err != nil {
				d.showError(filepath.Base(path)+" cannot be imported", err)
				return
			}
			d.showCSVImport(&csvImport{d: d, s: s, path: path, file: file, existing: existing, mapping: m, checked: checked})
		}
	})
}

// addImportedRows adds the rows in one transaction, reads the registers
// again and says what was added and which lines were left out.
func (d *Desk) addImportedRows(s *register.Schema, path string, checked register.Imported) {
	id := d.record.Assessment.ID
	before := len(d.registers.Of(s.Name))
	d.top.saving(+1)
	d.bg.write(func() func() {
		ctx := context.Background()
		err := d.store.AddRegisterRows(ctx, id, s.Name, checked.Rows)
		var book register.Book
		if err == nil {
			book, err = d.store.Registers(ctx, id)
		}
		return func() {
			d.top.saving(-1)
			if err != nil {
				d.showError("Nothing was imported", err)
				return
			}
			if d.record.Assessment.ID == id {
				d.registers = book
				d.changed()
			}
			d.showImported(s, path, checked, before)
		}
	})
}

// showImported says how many rows were added and lists the lines skipped
// and the lines naming rows that were already there.
func (d *Desk) showImported(s *register.Schema, path string, checked register.Imported, before int) {
	msg := fmt.Sprintf("Added %s from %s to %s", assessment.Count(len(checked.Rows), s.One, s.Many), filepath.Base(path), s.Title)
	if before > 0 {
		msg += fmt.Sprintf(", with the %d already there", before)
	}
	var list []string
	if n := len(checked.Bad); n > 0 {
		list = append(list, fmt.Sprintf("%s not imported:", assessment.Count(n, "line was", "lines were")))
		list = append(list, lineTexts(checked.Bad)...)
	}
	if n := len(checked.Duplicates); n > 0 {
		list = append(list, fmt.Sprintf("%s already in %s before (check for doubles):", assessment.Count(n, "line names a "+s.One, "lines name "+s.Many), s.Title))
		list = append(list, lineTexts(checked.Duplicates)...)
	}
	body := fyne.CanvasObject(wrapLabel(msg + "."))
	if len(list) > 0 {
		body = border(wrapLabel(msg+"."), nil, nil, nil, container.NewVScroll(wrapLabel(shortList(list))))
	}
	dlg := dialog.NewCustom("Imported", "OK", body, d.win)
	dlg.Resize(fyne.NewSize(600, listHeight(len(list))))
	withKeys(d.win, dlg, nil, dlg.Hide)
	dlg.Show()
}

// listHeight is the height of a message: its own, unless it lists lines.
func listHeight(lines int) float32 {
	if lines == 0 {
		return 0
	}
	return 420
}

// lineTexts writes each line's problem or note as a sentence.
func lineTexts[T fmt.Stringer](lines []T) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.String()
	}
	return out
}

// shortList joins the first shownProblems lines and counts the rest:
// laying out thousands of lines would freeze the window.
func shortList(lines []string) string {
	if len(lines) <= shownProblems {
		return strings.Join(lines, "\n")
	}
	return strings.Join(lines[:shownProblems], "\n") + fmt.Sprintf("\n… and %s more.", thousands(len(lines)-shownProblems))
}

// exportRegisterCSV asks where to save a table as CSV, then writes it in
// the background and offers to open it.
func (d *Desk) exportRegisterCSV(s *register.Schema) {
	name := strings.TrimSuffix(pdfName(d.profile.Name+" "+s.Title, d.now()), ".pdf") + ".csv"
	d.choosePath(fileChoice{kind: pickSave, title: "Save " + strings.ToLower(s.Title) + " as CSV", name: name, ext: ".csv", label: "CSV files", purpose: "registers"}, func(path string) {
		d.writeRegisterCSV(s, path)
	})
}

// writeRegisterCSV writes the table's rows as shown to path, whole or not
// at all, never over one of the database's own files.
func (d *Desk) writeRegisterCSV(s *register.Schema, path string) {
	if !d.exportAllowed("The CSV file was not written", path) {
		return
	}
	rows := cloneRows(d.registers.Of(s.Name))
	d.bg.run(func() func() {
		err := register.WriteCSVFile(path, s, rows)
		return func() {
			if err != nil {
				removeIfEmpty(path)
				d.showError("The CSV file was not written", err)
				return
			}
			d.offerToOpenTitled(s.Title+" saved", path)
		}
	})
}

// cloneRows copies rows for work off the UI goroutine, which must not read
// what the window may change meanwhile.
func cloneRows(rows []register.Row) []register.Row {
	out := make([]register.Row, len(rows))
	for i, r := range rows {
		r.Values = maps.Clone(r.Values)
		out[i] = r
	}
	return out
}
