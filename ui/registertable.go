package ui

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// lastYearsNote marks a row kept with last year's assessment.
const lastYearsNote = "Last year's"

// tableView is one register table: a sortable, filterable table of its
// rows with a form below it for the row chosen.
type tableView struct {
	d      *Desk
	reg    *register.Register
	schema *register.Schema
	cols   []register.Field
	note   bool // the table has a Note column
	all    []tableRow
	shown  []tableRow
	// sortCol is the column sorted on (the Note column is len(cols)), or
	// -1 for the order the rows were added in; desc reverses it.
	sortCol int
	desc    bool
	filter  *widget.Entry
	choice  *widget.Select // filters on choiceOf, if the table has a choice column
	// choiceOf is the column index the choice filter applies to.
	choiceOf  int
	count     *widget.Label
	hint      *widget.Label // how to open a row, while none is open
	table     *rowTable
	form      *rowForm
	split     *container.Split // the table, and the form when a row is open
	addBtn    *widget.Button
	importBtn *widget.Button
	exportBtn *widget.Button
	content   fyne.CanvasObject
	quiet     bool // true while the table is selected from code
}

// tableRow is a row as the table shows it.
type tableRow struct {
	row      register.Row
	lastYear bool
	cells    []string // the shown text of each column, then the note
	warn     bool
}

func newTableView(d *Desk, r *register.Register, s *register.Schema) *tableView {
	v := &tableView{d: d, reg: r, schema: s, cols: s.Columns(), sortCol: -1, choiceOf: -1, count: widget.NewLabel("")}
	v.note = s.Note != nil || s.NotesAmong != nil || !s.Carry
	v.filter = widget.NewEntry()
	v.filter.SetPlaceHolder("Filter: type any word")
	v.filter.OnChanged = func(string) { v.refresh() }
	v.makeChoiceFilter()
	v.table = newRowTable(v)
	v.form = newRowForm(d, v)
	v.addBtn = widget.NewButtonWithIcon("Add "+s.One, theme.ContentAddIcon(), v.add)
	v.importBtn = widget.NewButtonWithIcon("Import from CSV…", theme.DownloadIcon(), func() { d.importRegisterCSV(s) })
	v.exportBtn = widget.NewButtonWithIcon("Export to CSV…", theme.UploadIcon(), func() { d.exportRegisterCSV(s) })
	v.content = v.layout()
	return v
}

// makeChoiceFilter offers a drop-down on the first choice column.
func (v *tableView) makeChoiceFilter() {
	for i, f := range v.cols {
		if f.Kind != register.Choice {
			continue
		}
		options := []string{anyChoice(f)}
		for _, o := range f.Options {
			options = append(options, o.Label)
		}
		v.choice = newChoice(options, options[0], v.refresh)
		v.choiceOf = i
		return
	}
}

// anyChoice is the choice filter's first option: "Any type".
func anyChoice(f register.Field) string { return "Any " + strings.ToLower(f.Label) }

func (v *tableView) layout() fyne.CanvasObject {
	v.count.SizeName = theme.SizeNameCaptionText
	v.hint = widget.NewLabel(fmt.Sprintf("Choose %s to see and change it, or add one.", aOrAn(v.schema.One)))
	v.hint.SizeName = theme.SizeNameCaptionText
	v.hint.Truncation = fyne.TextTruncateEllipsis
	bar := []fyne.CanvasObject{v.addBtn, atLeast(fyne.NewSize(150, 0), v.filter)}
	if v.choice != nil {
		bar = append(bar, v.choice)
	}
	bar = append(bar, v.importBtn, v.exportBtn)
	v.split = container.NewHSplit(border(nil, border(nil, nil, v.count, nil, v.hint), nil, nil, v.table.content), v.form.content)
	v.d.rememberSplit("register."+v.schema.Name, v.split, 0.6)
	return border(newFlow(bar...), nil, nil, nil, v.split)
}

// add starts a new row in the form.
func (v *tableView) add() {
	if !v.d.registersEditable() {
		return
	}
	v.form.leave(func() {
		v.unselect()
		v.form.loadNew()
	})
}

// unselect leaves no row selected in the table, without closing the form.
func (v *tableView) unselect() {
	v.quiet = true
	v.table.UnselectAll()
	v.quiet = false
}

func (v *tableView) focusFilter() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v.filter); c != nil {
		c.Focus(v.filter)
	}
}

// refresh reads the rows again, then filters, sorts and redraws them.
func (v *tableView) refresh() {
	v.all = v.rows()
	v.shown = v.filtered()
	v.sort()
	setLabel(v.count, v.countText())
	v.table.Refresh()
	v.highlight()
	on := v.d.registersEditable()
	setEnabled(v.addBtn, on)
	setEnabled(v.importBtn, on)
	v.form.refresh()
}

// rows are this year's rows and, for a table that stays with its year,
// last year's.
func (v *tableView) rows() []tableRow {
	today := v.d.now()
	// A table whose rows' state depends on other rows (a person's on their
	// training) has every note worked out at once.
	var among map[int64]register.RowNote
	if v.schema.NotesAmong != nil {
		among = v.schema.Notes(v.d.registerContext())
	}
	var out []tableRow
	for _, r := range v.d.registers.Of(v.schema.Name) {
		out = append(out, v.tableRow(r, false, today, among))
	}
	if !v.schema.Carry && v.d.previous != nil {
		for _, r := range v.d.previous.registers.Of(v.schema.Name) {
			out = append(out, v.tableRow(r, true, today, nil))
		}
	}
	return out
}

// tableRow is a row as the table shows it: each column's text and the
// row's note, from among (the notes of a table with NotesAmong) or else
// the table's Note.
func (v *tableView) tableRow(r register.Row, lastYear bool, today time.Time, among map[int64]register.RowNote) tableRow {
	t := tableRow{row: r, lastYear: lastYear, cells: make([]string, len(v.cols), len(v.cols)+1)}
	for i, f := range v.cols {
		t.cells[i] = oneLine(f.Show(r.Values[f.Key]))
	}
	if v.note {
		var note string
		switch {
		case among != nil:
			n := among[r.ID]
			note, t.warn = n.Text, n.Warn
		case v.schema.Note != nil:
			note, t.warn = v.schema.Note(r, today)
		}
		if lastYear {
			note = strings.TrimSuffix(lastYearsNote+": "+note, ": ")
		}
		t.cells = append(t.cells, oneLine(note))
	}
	return t
}

// oneLine joins a value's lines for a table cell.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// filtered keeps the rows with the filter's words in any shown cell, and
// the chosen option of the choice filter.
func (v *tableView) filtered() []tableRow {
	words := strings.Fields(strings.ToLower(v.filter.Text))
	choice := ""
	if v.choice != nil && v.choice.SelectedIndex() > 0 {
		choice = v.choice.Selected
	}
	if len(words) == 0 && choice == "" {
		return v.all
	}
	var out []tableRow
	for _, r := range v.all {
		if (choice == "" || r.cells[v.choiceOf] == choice) && hasWords(r.cells, words) {
			out = append(out, r)
		}
	}
	return out
}

// hasWords reports whether every word is in one of the cells.
func hasWords(cells []string, words []string) bool {
	text := strings.ToLower(strings.Join(cells, "\n"))
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// sort orders the rows shown by the chosen column: dates by day, numbers
// by value, the rest alphabetically; blanks last either way.
func (v *tableView) sort() {
	if v.sortCol < 0 {
		return
	}
	less := v.less()
	sort.SliceStable(v.shown, func(i, j int) bool {
		a, b := v.shown[i], v.shown[j]
		if ab, bb := v.blank(a), v.blank(b); ab || bb {
			return !ab && bb
		}
		if v.desc {
			return less(b, a)
		}
		return less(a, b)
	})
}

func (v *tableView) blank(r tableRow) bool { return r.cells[v.sortCol] == "" }

// less compares two rows on the sorted column.
func (v *tableView) less() func(a, b tableRow) bool {
	if v.sortCol >= len(v.cols) {
		return func(a, b tableRow) bool {
			return strings.ToLower(a.cells[v.sortCol]) < strings.ToLower(b.cells[v.sortCol])
		}
	}
	f := v.cols[v.sortCol]
	switch f.Kind {
	case register.Date:
		return func(a, b tableRow) bool { return a.row.Values[f.Key] < b.row.Values[f.Key] }
	case register.Number:
		return func(a, b tableRow) bool {
			x, _ := strconv.Atoi(a.row.Values[f.Key])
			y, _ := strconv.Atoi(b.row.Values[f.Key])
			return x < y
		}
	}
	return func(a, b tableRow) bool {
		return strings.ToLower(a.cells[v.sortCol]) < strings.ToLower(b.cells[v.sortCol])
	}
}

// sortBy sorts on a column; the same column again reverses the order.
func (v *tableView) sortBy(col int) {
	if v.sortCol == col {
		v.desc = !v.desc
	} else {
		v.sortCol, v.desc = col, false
	}
	v.refresh()
}

// countText says how many rows there are and how many are shown: "50
// people, 3 shown".
func (v *tableView) countText() string {
	this, last := 0, 0
	for _, r := range v.all {
		if r.lastYear {
			last++
		} else {
			this++
		}
	}
	if len(v.all) == 0 {
		return "No " + v.schema.Many + " yet: add them one by one, or import them from a CSV file."
	}
	text := assessment.Count(this, v.schema.One, v.schema.Many)
	if last > 0 {
		text += " and " + strconv.Itoa(last) + " from last year"
	}
	if len(v.shown) != len(v.all) {
		text += ", " + strconv.Itoa(len(v.shown)) + " shown"
	}
	return text
}

// highlight selects the row in the form, if it is shown, without
// reloading the form.
func (v *tableView) highlight() {
	v.quiet = true
	defer func() { v.quiet = false }()
	if id, ok := v.form.shownID(); ok {
		for i, r := range v.shown {
			if r.row.ID == id && r.lastYear == v.form.lastYear {
				v.table.Select(widget.TableCellID{Row: i, Col: v.table.selected.Col})
				return
			}
		}
	}
	v.table.UnselectAll()
}

// chosen loads the row at i of the rows shown into the form.
func (v *tableView) chosen(i int) {
	if v.quiet || i < 0 || i >= len(v.shown) {
		return
	}
	r := v.shown[i]
	v.form.leave(func() { v.form.load(r) })
}
