package ui

import (
	"fmt"
	"maps"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// notInFile is the choice for a field that no column holds.
const notInFile = "Not in the file"

// previewLines is how many of the rows to be saved the dialog shows.
const previewLines = 8

// csvImport is the dialog that matches a CSV file's columns to a table's
// fields, previews the rows as they will be saved and lists every problem
// by line, again after each change of match. Nothing is written until the
// manager imports, and then only if every line is good or the bad ones are
// skipped.
type csvImport struct {
	d        *Desk
	s        *register.Schema
	path     string
	file     *register.CSVFile
	existing []register.Row
	mapping  register.Mapping
	checked  register.Imported
	// seq counts changes of match and done the last one checked: the
	// dialog imports only what the matches on show give.
	seq, done int

	selects  []*keySelect // one per field, in the schema's order
	shown    []register.Field
	unread   *widget.Label
	preview  *widget.Table
	problems *widget.Label
	dups     *widget.Label
	skip     *widget.Check
	status   *widget.Label
	add      *widget.Button
	dlg      *dialog.CustomDialog
}

// showCSVImport builds and shows the import dialog for a file just read.
func (d *Desk) showCSVImport(c *csvImport) {
	body := c.build()
	c.dlg = dialog.NewCustomWithoutButtons("Import "+strings.ToLower(c.s.Title)+" from "+filepath.Base(c.path), body, d.win)
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), c.dlg.Hide)
	c.dlg.SetButtons([]fyne.CanvasObject{cancel, c.add})
	win := d.win.Canvas().Size()
	c.dlg.Resize(fyne.NewSize(fyne.Min(980, win.Width-24), fyne.Min(640, win.Height-24)))
	boxes := make([]keyBox, len(c.selects))
	for i, s := range c.selects {
		boxes[i] = s
	}
	withKeys(d.win, c.dlg, c.submit, c.dlg.Hide, boxes...)
	c.refresh()
	c.dlg.Show()
}

// build makes the dialog's parts: the matches on the left, the preview and
// the problems on the right, what will happen below.
func (c *csvImport) build() fyne.CanvasObject {
	c.unread, c.problems, c.dups, c.status = wrapLabel(""), wrapLabel(""), wrapLabel(""), wrapLabel("")
	c.dups.Importance = widget.WarningImportance
	c.skip = widget.NewCheck("", func(bool) { c.refresh() })
	c.add = widget.NewButtonWithIcon("Import", theme.UploadIcon(), c.submit)
	c.add.Importance = widget.HighImportance
	c.preview = c.newPreview()
	left := border(heading("Match each field to a column"), c.unread, nil, nil, container.NewVScroll(c.fieldRows()))
	saved := container.NewVBox(heading("The first lines as they will be saved"), atLeast(fyne.NewSize(0, 230), c.preview))
	right := border(saved, nil, nil, nil, border(heading("Problems"), c.dups, nil, nil, container.NewVScroll(c.problems)))
	split := container.NewHSplit(atLeast(fyne.NewSize(260, 0), left), atLeast(fyne.NewSize(360, 0), right))
	split.Offset = 0.4
	return border(wrapLabel(c.intro()), container.NewVBox(c.skip, c.status), nil, nil, split)
}

// intro says what the file holds and what the dialog asks.
func (c *csvImport) intro() string {
	return fmt.Sprintf("%s has %s under %s: %s. Check the column each field is read from; a field left \"%s\" stays blank.",
		filepath.Base(c.path), assessment.Count(len(c.file.Lines), "line", "lines"), assessment.Count(len(c.file.Headings), "heading", "headings"),
		strings.Join(c.file.Headings, ", "), notInFile)
}

// fieldRows makes one labelled choice of column per field, set to the
// match found from the headings.
func (c *csvImport) fieldRows() fyne.CanvasObject {
	options := append([]string{notInFile}, columnNames(c.file.Headings)...)
	rows := container.NewVBox()
	for _, f := range c.s.Fields {
		sel := newKeySelect(options, nil)
		sel.SetSelectedIndex(0)
		if i, ok := c.mapping[f.Key]; ok {
			sel.SetSelectedIndex(i + 1)
		}
		key := f.Key
		sel.OnChanged = func(string) { c.match(key, sel.SelectedIndex()) }
		c.selects = append(c.selects, sel)
		label := widget.NewLabel(f.Label)
		if f.Required {
			label.SetText(f.Label + " (needed)")
			label.TextStyle.Bold = true
		}
		label.Wrapping = fyne.TextWrapWord
		rows.Add(container.NewGridWithColumns(2, label, sel))
	}
	return rows
}

// columnNames are the choices of column: the headings, with a repeated
// heading told apart by its place.
func columnNames(headings []string) []string {
	count := map[string]int{}
	for _, h := range headings {
		count[h]++
	}
	out := make([]string, len(headings))
	for i, h := range headings {
		out[i] = h
		if count[h] > 1 {
			out[i] = fmt.Sprintf("%s (column %d)", h, i+1)
		}
	}
	return out
}

// match reads the field from the chosen column (0 is not in the file) and
// checks every line again, off the UI goroutine.
func (c *csvImport) match(key string, choice int) {
	if choice <= 0 {
		delete(c.mapping, key)
	} else {
		c.mapping[key] = choice - 1
	}
	c.seq++
	seq, m := c.seq, maps.Clone(c.mapping)
	c.add.Disable()
	c.d.bg.run(func() func() {
		checked := register.Apply(c.s, c.file.Lines, m, c.existing)
		return func() {
			if seq == c.seq {
				c.checked, c.done = checked, seq
				c.refresh()
			}
		}
	})
}

// ready reports whether the import button may write: the check of the
// matches on show is done and its lines can be imported.
func (c *csvImport) ready() bool {
	return c.done == c.seq && c.checked.CanImport(c.skip.Checked)
}

// submit writes the rows, if they may be written.
func (c *csvImport) submit() {
	if !c.ready() {
		return
	}
	c.dlg.Hide()
	c.d.addImportedRows(c.s, c.path, c.checked)
}

// refresh shows the latest check: the preview, the problems, the choice
// to skip the bad lines and what importing will do.
func (c *csvImport) refresh() {
	c.shown = c.shown[:0]
	for _, f := range c.s.Fields {
		if _, ok := c.mapping[f.Key]; ok {
			c.shown = append(c.shown, f)
		}
	}
	c.unread.SetText(c.unreadText())
	showIf(c.unread, c.unread.Text != "")
	c.preview.Refresh()
	c.problems.SetText(c.problemsText())
	c.dups.SetText(c.duplicatesText())
	showIf(c.dups, c.dups.Text != "")
	bad, good := len(c.checked.Bad), len(c.checked.Rows)
	c.skip.Text = fmt.Sprintf("Skip the %s and import the other %d (the skipped lines are listed afterwards)", assessment.Count(bad, "bad line", "bad lines"), good)
	c.skip.Refresh()
	showIf(c.skip, bad > 0 && good > 0 && len(c.checked.Unmapped) == 0)
	c.status.SetText(c.statusText())
	c.add.SetText("Import " + assessment.Count(good, c.s.One, c.s.Many))
	if c.ready() {
		c.add.Enable()
	} else {
		c.add.Disable()
	}
}

// unreadText names the columns no field is read from.
func (c *csvImport) unreadText() string {
	used := map[int]bool{}
	for _, i := range c.mapping {
		used[i] = true
	}
	var unread []string
	for i, h := range c.file.Headings {
		if !used[i] {
			unread = append(unread, h)
		}
	}
	if len(unread) == 0 {
		return ""
	}
	return "Not read: " + strings.Join(unread, ", ")
}

func (c *csvImport) problemsText() string {
	problems := c.checked.Problems()
	switch {
	case len(problems) > 0:
		return shortList(problems)
	case len(c.checked.Rows) == 0:
		return "The file has no lines under its headings."
	}
	return "None: every line can be imported."
}

func (c *csvImport) duplicatesText() string {
	d := c.checked.Duplicates
	if len(d) == 0 {
		return ""
	}
	return fmt.Sprintf("Already in %s (they would be added again): %s", c.s.Title, shortList(lineTexts(d)))
}

// statusText says what importing will do, or what stops it.
func (c *csvImport) statusText() string {
	in := c.checked
	switch {
	case len(in.Unmapped) > 0:
		return fmt.Sprintf("Choose the column that holds %s: every %s needs it.", strings.Join(in.Unmapped, " and "), c.s.One)
	case len(in.Rows) == 0 && len(in.Bad) == 0:
		return "There is nothing to import: the file has only its headings."
	case len(in.Rows) == 0:
		return "Nothing can be imported: every line has a problem."
	case len(in.Bad) > 0 && !c.skip.Checked:
		return fmt.Sprintf("Nothing will be imported while %s %s problems. Correct the file and choose it again, or skip them.",
			assessment.Count(len(in.Bad), "line", "lines"), assessment.Pick(len(in.Bad), "has", "have"))
	}
	s := fmt.Sprintf("Importing adds %s", assessment.Count(len(in.Rows), c.s.One, c.s.Many))
	if n := len(c.existing); n > 0 {
		return s + fmt.Sprintf(" to the %d already there.", n)
	}
	return s + " to " + c.s.Title + ", which is empty now."
}

// newPreview makes the table of the first rows as they will be saved,
// with their line numbers, a column per field read.
func (c *csvImport) newPreview() *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return min(len(c.checked.Rows), previewLines), len(c.shown) + 1 },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(c.previewCell(id)) })
	t.ShowHeaderColumn = false
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.TextStyle.Bold = true
		l.Truncation = fyne.TextTruncateEllipsis
		l.SetText(c.previewHeading(id.Col))
	}
	t.SetColumnWidth(0, 56)
	for i := 1; i <= len(c.s.Fields); i++ {
		t.SetColumnWidth(i, 150)
	}
	return t
}

func (c *csvImport) previewHeading(col int) string {
	if col == 0 {
		return "Line"
	}
	if col-1 < len(c.shown) {
		return c.shown[col-1].Label
	}
	return ""
}

// previewCell shows a stored value as the register shows it, on one line.
func (c *csvImport) previewCell(id widget.TableCellID) string {
	if id.Row >= len(c.checked.Rows) {
		return ""
	}
	if id.Col == 0 {
		return fmt.Sprint(c.checked.Lines[id.Row])
	}
	if id.Col-1 >= len(c.shown) {
		return ""
	}
	f := c.shown[id.Col-1]
	return strings.Join(strings.Fields(f.Show(c.checked.Rows[id.Row][f.Key])), " ")
}
