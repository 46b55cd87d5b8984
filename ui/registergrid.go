package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// rowTable is a register table on screen: a heading per column that sorts
// when clicked, one line per row with long text cut short, the columns
// sharing out the width. Arrows move through it and Enter (or Space) opens
// the row in the form.
type rowTable struct {
	widget.Table
	v           *tableView
	selected    widget.TableCellID // the cell selected; Row is -1 when none is
	highlighted widget.TableCellID // the cell the arrows are on
	// sizing hides the rows while the columns are given their widths, so
	// that the cells are laid out once rather than once per column.
	sizing  bool
	content fyne.CanvasObject
}

func newRowTable(v *tableView) *rowTable {
	t := &rowTable{v: v}
	t.Length = func() (int, int) {
		if t.sizing {
			return 0, t.columns()
		}
		return len(v.shown), t.columns()
	}
	t.CreateCell = newTableCell
	t.UpdateCell = t.updateCell
	t.ShowHeaderRow = true
	t.StickyColumnCount = 1 // the row's name stays in view when it scrolls sideways
	t.CreateHeader = func() fyne.CanvasObject { return newHeaderCell() }
	t.UpdateHeader = t.updateHeader
	t.OnSelected = func(id widget.TableCellID) {
		t.selected = id
		v.chosen(id.Row)
	}
	t.OnUnselected = func(widget.TableCellID) { t.selected.Row = -1 } // the column stays, for the next selection
	t.OnHighlighted = func(id widget.TableCellID) { t.highlighted = id }
	t.ExtendBaseWidget(t)
	t.content = container.New(&shareWidth{t: t}, t)
	return t
}

// field is the column of the rows' cells (and of sorting) that the table's
// column col shows: the note, which says what needs attention, comes right
// after the first column, so that it is in view without scrolling sideways.
func (t *rowTable) field(col int) int {
	switch {
	case !t.v.note || col == 0:
		return col
	case col == 1:
		return len(t.v.cols)
	}
	return col - 1
}

// columns is the number of columns: the fields shown and the note.
func (t *rowTable) columns() int {
	if t.v.note {
		return len(t.v.cols) + 1
	}
	return len(t.v.cols)
}

// title is a column's heading, with an arrow on the sorted column.
func (t *rowTable) title(col int) string {
	col = t.field(col)
	text := "Note"
	if col < len(t.v.cols) {
		text = t.v.cols[col].Label
	}
	if col == t.v.sortCol {
		text += map[bool]string{false: " ▲", true: " ▼"}[t.v.desc]
	}
	return text
}

func newTableCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (t *rowTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	col := t.field(id.Col)
	if id.Row >= len(t.v.shown) || col >= len(t.v.shown[id.Row].cells) {
		l.SetText("")
		return
	}
	r := t.v.shown[id.Row]
	importance := widget.MediumImportance
	if r.warn && col == len(t.v.cols) {
		importance = widget.DangerImportance
	}
	style := fyne.TextStyle{Italic: r.lastYear}
	if l.Text == r.cells[col] && l.Importance == importance && l.TextStyle == style {
		return // unchanged: laying the text out again is most of a redraw's cost
	}
	l.Importance, l.TextStyle, l.Text = importance, style, r.cells[col]
	l.Refresh()
}

func (t *rowTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*headerCell)
	if title := t.title(id.Col); h.label.Text != title {
		h.label.SetText(title)
	}
	col := t.field(id.Col)
	h.tapped = func() { t.v.sortBy(col) }
}

// TypedKey opens the highlighted row on Enter, as Space does, and puts the
// form away on Escape.
func (t *rowTable) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		t.Select(t.highlighted)
		return
	case fyne.KeyEscape:
		t.v.form.close()
		return
	}
	t.Table.TypedKey(k)
}

// headerCell is a column heading that sorts the table when clicked.
type headerCell struct {
	widget.BaseWidget
	label  *widget.Label
	tapped func()
}

func newHeaderCell() *headerCell {
	h := &headerCell{label: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	h.label.Truncation = fyne.TextTruncateEllipsis
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer shows the heading.
func (h *headerCell) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(h.label) }

// Tapped sorts on the column.
func (h *headerCell) Tapped(*fyne.PointEvent) {
	if h.tapped != nil {
		h.tapped()
	}
}

// MinSize is the height of a heading; the width comes from the table.
func (h *headerCell) MinSize() fyne.Size {
	return fyne.NewSize(theme.Padding()*4, h.label.MinSize().Height)
}

// shareWidth lays the table out over its whole area and shares the width
// among its columns by how much text each kind of field holds.
type shareWidth struct {
	t     *rowTable
	width float32
	cols  int
}

// kindMin is the narrowest a column of the kind is made: dates whole, and
// names and roles wide enough to read ("Registered manager").
func kindMin(k register.Kind) float32 {
	switch k {
	case register.Date:
		return 104
	case register.YesNo, register.Number:
		return 72
	case register.Choice:
		return 90
	}
	return 150
}

// widestMin caps how wide a column's minimum grows for its heading or its
// options, so that one long option does not push the others out of view.
const widestMin = 170

// columnMin is the narrowest the column of field i is made: its kind's minimum, or its
// heading's width, or for a choice its longest option's; a table with many
// columns in a narrow window scrolls sideways.
func (s *shareWidth) columnMin(i int, k register.Kind) float32 {
	w := kindMin(k)
	if i >= len(s.t.v.cols) {
		return w
	}
	f := s.t.v.cols[i]
	pad := 2*theme.InnerPadding() + theme.Padding()
	texts := []string{f.Label}
	for _, o := range f.Options {
		texts = append(texts, o.Label)
	}
	for j, text := range texts {
		style := fyne.TextStyle{Bold: j == 0}
		w = max(w, min(widestMin, fyne.MeasureText(text, theme.TextSize(), style).Width+pad))
	}
	return w
}

func (s *shareWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if cols := s.t.columns(); size.Width != s.width || cols != s.cols {
		s.width, s.cols = size.Width, cols
		s.share(size.Width)
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (s *shareWidth) share(width float32) {
	kinds := make([]register.Kind, s.cols)
	total := float32(0)
	for i := range kinds {
		kinds[i] = register.Long // the note: a few words, worth the room
		if f := s.t.field(i); f < len(s.t.v.cols) {
			kinds[i] = s.t.v.cols[f].Kind
		}
		total += kindWeight(kinds[i])
	}
	room := width - theme.Padding()*float32(s.cols+2) - theme.ScrollBarSize()
	s.t.sizing = true
	for i, k := range kinds {
		s.t.SetColumnWidth(i, max(s.columnMin(s.t.field(i), k), room*kindWeight(k)/total))
	}
	s.t.sizing = false
	s.t.Refresh()
}

// kindWeight is how wide a column of the kind is, against the others.
func kindWeight(k register.Kind) float32 {
	switch k {
	case register.Long:
		return 3
	case register.Text, register.Place:
		return 2
	case register.Choice:
		return 1.6
	case register.Date:
		return 1.1
	}
	return 0.9
}

func (s *shareWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(2*kindMin(register.Choice), 120)
}
