package report

// line is one wrapped line and the style it is drawn in.
type line struct {
	text string
	st   style
}

// para is a paragraph before wrapping.
type para struct {
	text string
	st   style
}

// cell is the wrapped content of one table cell.
type cell []line

// lay wraps paragraphs into the lines of a cell width millimetres wide.
func (r *renderer) lay(width float64, ps ...para) cell {
	var c cell
	for _, p := range ps {
		for _, l := range r.wrap(p.text, p.st, width) {
			c = append(c, line{l, p.st})
		}
	}
	return c
}

// height is the height of lines from..to of the cell.
func (c cell) height(from, to int) float64 {
	h := 0.0
	for _, l := range c[from:to] {
		h += l.st.lineH()
	}
	return h
}

// column is one column of a table.
type column struct {
	title string
	width float64
	align string // "L", "C" or "R"
}

// rowStyle is how a row is drawn.
type rowStyle struct {
	fill    *rgb // background, or nil
	rule    bool // a thin rule under the row
	padY    float64
	aligned bool // columns align by their own "align" (otherwise all left)
}

var plainRow = rowStyle{rule: true, padY: cellPadY, aligned: true}

// rowHeight is the height a row needs on one page.
func rowHeight(cells []cell, padY float64) float64 {
	h := 0.0
	for _, c := range cells {
		h = max(h, c.height(0, len(c)))
	}
	return h + 2*padY
}

// startHeight is how much of a row must fit below whatever comes before it
// for that to stay on the same page: the whole row when it will not be split,
// otherwise the few lines a split leaves behind.
func startHeight(cells []cell, padY float64) float64 {
	h := rowHeight(cells, padY)
	if h <= keepRowWhole {
		return h
	}
	return 2*padY + float64(minLinesHere)*cellText.lineH()
}

// row draws one table row. A row that does not fit moves to the next page
// when it is short; a long one is split line by line, continuing after the
// repeated header on the next page.
func (r *renderer) row(cols []column, cells []cell, rs rowStyle) {
	pos := make([]int, len(cells))
	for {
		avail := bodyBottom - r.y
		if r.shouldMove(cells, pos, rs.padY, avail) {
			r.newPage()
			continue
		}
		if r.segment(cols, cells, pos, rs, avail) {
			return
		}
		r.newPage()
	}
}

// shouldMove decides whether the rest of a row starts on a new page.
func (r *renderer) shouldMove(cells []cell, pos []int, padY, avail float64) bool {
	if r.atTop() {
		return false
	}
	rest := 0.0
	for i, c := range cells {
		rest = max(rest, c.height(pos[i], len(c)))
	}
	if rest+2*padY <= avail {
		return false
	}
	if rest+2*padY <= keepRowWhole {
		return true
	}
	for i, c := range cells {
		left := len(c) - pos[i]
		if left > 0 && fitLines(c, pos[i], avail-2*padY) < min(minLinesHere, left) {
			return true
		}
	}
	return false
}

// fitLines counts the lines of c from line from that fit in h millimetres.
func fitLines(c cell, from int, h float64) int {
	n := 0
	for _, l := range c[from:] {
		if h < l.st.lineH() {
			break
		}
		h -= l.st.lineH()
		n++
	}
	return n
}

// segment draws as much of a row as fits in avail and reports whether the
// row is finished.
func (r *renderer) segment(cols []column, cells []cell, pos []int, rs rowStyle, avail float64) bool {
	ends, segH, done := make([]int, len(cells)), 0.0, true
	for i, c := range cells {
		ends[i] = pos[i] + fitLines(c, pos[i], avail-2*rs.padY)
		segH = max(segH, c.height(pos[i], ends[i]))
		done = done && ends[i] == len(c)
	}
	segH += 2 * rs.padY
	if rs.fill != nil {
		r.box(marginX, r.y, contentW, segH, *rs.fill)
	}
	x := marginX
	for i, c := range cells {
		r.cellLines(x, cols[i], c[pos[i]:ends[i]], rs)
		x += cols[i].width
		pos[i] = ends[i]
	}
	r.y += segH
	if rs.rule {
		r.hline(marginX, pageW-marginX, r.y, ruleGrey, ruleWidth)
	}
	return done
}

// cellLines draws lines in one column of a row segment.
func (r *renderer) cellLines(x float64, col column, ls []line, rs rowStyle) {
	align := "L"
	if rs.aligned {
		align = col.align
	}
	y := r.y + rs.padY
	for _, l := range ls {
		r.put(x+cellPadX, y, col.width-2*cellPadX, l.text, l.st, align)
		y += l.st.lineH()
	}
}

// headCells lays out a table's column titles.
func (r *renderer) headCells(cols []column) []cell {
	cells := make([]cell, len(cols))
	for i, c := range cols {
		cells[i] = r.lay(c.width-2*cellPadX, para{c.title, headText})
	}
	return cells
}

// tableHead draws a table's header row.
func (r *renderer) tableHead(cols []column) {
	fill := headFill
	r.row(cols, r.headCells(cols), rowStyle{fill: &fill, padY: cellPadY, aligned: true})
}

// headHeight is the height of a table's header row.
func (r *renderer) headHeight(cols []column) float64 {
	return rowHeight(r.headCells(cols), cellPadY)
}

// table draws a header and rows. The header is kept with the first row (with
// both rows of a two-row table), and repeated, after the caption, on every
// page the table continues onto.
func (r *renderer) table(caption string, cols []column, rows [][]cell) {
	if len(rows) == 0 {
		return
	}
	first := startHeight(rows[0], cellPadY)
	if len(rows) == 2 {
		first = max(first, pairHeight(rows))
	}
	r.need(r.headHeight(cols) + first)
	r.tableHead(cols)
	r.repeat = func() {
		if caption != "" {
			r.caption(caption + " (continued)")
		}
		r.tableHead(cols)
	}
	for i, cells := range rows {
		if i > 0 && i == len(rows)-2 {
			r.need(pairHeight(rows[i:]))
		}
		r.row(cols, cells, plainRow)
	}
	r.repeat = nil
}

// pairHeight is the height of the last two rows of a table when both are
// short enough to move together, so the last is not left alone on a page;
// otherwise it is the height of the first.
func pairHeight(rows [][]cell) float64 {
	a, b := rowHeight(rows[0], cellPadY), rowHeight(rows[1], cellPadY)
	if a <= keepRowWhole && b <= keepRowWhole {
		return a + b
	}
	return startHeight(rows[0], cellPadY)
}

// inner is the width of column i inside its padding.
func inner(cols []column, i int) float64 { return cols[i].width - 2*cellPadX }

// caption draws a small muted line, such as "Staffing and roles (continued)".
func (r *renderer) caption(s string) {
	for _, l := range r.wrap(s, small, contentW) {
		r.put(marginX, r.y, contentW, l, small, "L")
		r.y += small.lineH()
	}
	r.y += 1
}

// paragraph draws wrapped text across the page, moving to a new page
// between lines when needed.
func (r *renderer) paragraph(s string, st style) {
	for _, l := range r.wrap(s, st, contentW) {
		r.need(st.lineH())
		r.put(marginX, r.y, contentW, l, st, "L")
		r.y += st.lineH()
	}
}

// heading draws a group or other sub-heading with a little space above.
func (r *renderer) heading(s string, st style, keep float64) {
	ls := r.wrap(s, st, contentW)
	r.gap(3)
	r.need(float64(len(ls))*st.lineH() + 1.5 + keep)
	for _, l := range ls {
		r.put(marginX, r.y, contentW, l, st, "L")
		r.y += st.lineH()
	}
	r.y += 1.5
}
