package report

import (
	"fmt"

	"github.com/jung-kurt/gofpdf"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// renderer draws one document. All gofpdf calls live in this package, so a
// one-line import change could move it to gofpdf's maintained successor.
type renderer struct {
	pdf   *gofpdf.Fpdf
	in    Input
	chars *coverage
	meas  map[string]*measurer

	cur     style // the face and size gofpdf has selected
	fontSet bool

	y       float64 // where the next thing is drawn
	topY    float64 // where the body starts on the current page, after any repeated header
	repeat  func()  // redraws what a page break interrupts, such as a table header
	marks   []mark  // where each section starts, for the contents
	tocY    float64 // where the cover's contents go, on page tocPage
	tocPage int
	byIndex map[string]int // item position, group by group, for sorting actions
}

// mark records the page on which a section starts.
type mark struct {
	title string
	page  int
}

func newRenderer(in Input) (*renderer, error) {
	chars, err := drawable()
	if err != nil {
		return nil, err
	}
	pdf := gofpdf.New("P", "mm", "A4", "")
	r := &renderer{pdf: pdf, in: in, chars: chars, meas: map[string]*measurer{}, byIndex: map[string]int{}}
	pdf.SetMargins(marginX, bodyTop, marginX)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0)
	for _, ff := range fontFiles {
		pdf.AddUTF8FontFromBytes(family, ff.style, ff.ttf)
		r.meas[ff.style] = newMeasurer(pdf.GetStringSymbolWidth)
	}
	r.setInfo()
	for _, g := range in.Edition.Groups {
		for _, it := range g.Items {
			r.byIndex[it.Ref] = len(r.byIndex)
		}
	}
	return r, pdf.Error()
}

// setInfo fills the document information and fixes every date, so the
// same input always gives the same bytes.
func (r *renderer) setInfo() {
	org := orgName(r.in.Profile)
	r.pdf.SetTitle(metaText(org+": DSPT "+r.in.Edition.ID+" summary and action plan"), true)
	r.pdf.SetAuthor(metaText(org), true)
	r.pdf.SetSubject(metaText(r.in.Edition.Title+": summary and action plan"), true)
	r.pdf.SetCreator(metaText("DSPT Desk "+r.in.Version), true)
	r.pdf.SetKeywords(metaText("DSPT, CQC, "+r.in.Profile.ODSCode), true)
	r.pdf.SetCreationDate(r.in.PrintedAt)
	r.pdf.SetModificationDate(r.in.PrintedAt)
	r.pdf.SetCatalogSort(true)
	r.pdf.SetDisplayMode("fullwidth", "OneColumn")
}

// render draws the whole document.
func (r *renderer) render() {
	r.cover()
	for _, s := range r.sections() {
		r.startSection(s)
		s.draw()
	}
	r.finish()
}

// use selects a style's font in gofpdf, only when it changes, and its colour.
func (r *renderer) use(st style) {
	if !r.fontSet || st.face != r.cur.face || st.size != r.cur.size {
		r.pdf.SetFont(family, st.face, st.size)
		r.cur, r.fontSet = st, true
	}
	r.pdf.SetTextColor(st.color.r, st.color.g, st.color.b)
}

// clean prepares user or program text for drawing (see the clean function).
func (r *renderer) clean(s string) string { return clean(r.chars, s) }

// wrap cleans s and breaks it into lines that fit width millimetres in st.
func (r *renderer) wrap(s string, st style, width float64) []string {
	r.use(st)
	limit := int(width * 1000 / (st.size * ptToMM))
	return r.meas[st.face].wrapText(r.clean(s), limit)
}

// textWidth measures cleaned text in st, in millimetres.
func (r *renderer) textWidth(s string, st style) float64 {
	r.use(st)
	return float64(r.meas[st.face].width(s)) * st.size * ptToMM / 1000
}

// put draws one line of cleaned text in a box of width w whose top is y.
func (r *renderer) put(x, y, w float64, s string, st style, align string) {
	r.use(st)
	r.pdf.SetXY(x, y)
	r.pdf.CellFormat(w, st.lineH(), s, "", 0, align, false, 0, "")
}

// hline draws a horizontal rule.
func (r *renderer) hline(x1, x2, y float64, c rgb, width float64) {
	r.pdf.SetDrawColor(c.r, c.g, c.b)
	r.pdf.SetLineWidth(width)
	r.pdf.Line(x1, y, x2, y)
}

// vline draws a thin vertical rule.
func (r *renderer) vline(x, y1, y2 float64, c rgb) {
	r.pdf.SetDrawColor(c.r, c.g, c.b)
	r.pdf.SetLineWidth(ruleWidth)
	r.pdf.Line(x, y1, x, y2)
}

// box fills a rectangle.
func (r *renderer) box(x, y, w, h float64, c rgb) {
	r.pdf.SetFillColor(c.r, c.g, c.b)
	r.pdf.Rect(x, y, w, h, "F")
}

// newPage starts a body page with the running header, then redraws whatever
// the page break interrupted.
func (r *renderer) newPage() {
	r.pdf.AddPage()
	r.header()
	r.y, r.topY = bodyTop, bodyTop
	if r.repeat != nil {
		r.repeat()
	}
	r.topY = r.y
}

// atTop reports whether nothing has been drawn on the page yet, apart from
// the header and any repeated table header.
func (r *renderer) atTop() bool { return r.y <= r.topY+0.01 }

// need starts a new page unless h millimetres fit on this one.
func (r *renderer) need(h float64) {
	if r.y+h > bodyBottom && !r.atTop() {
		r.newPage()
	}
}

// gap adds vertical space, except at the top of a page.
func (r *renderer) gap(h float64) {
	if !r.atTop() {
		r.y += h
	}
}

// header draws the organisation and edition at the top of a body page.
func (r *renderer) header() {
	right := r.clean("Data Security and Protection Toolkit " + r.in.Edition.ID)
	rw := r.textWidth(right, running)
	lines := r.wrap(orgName(r.in.Profile), runningB, contentW-rw-6)
	if len(lines) > 2 {
		lines = []string{lines[0], lines[1] + "…"}
	}
	y := headerRuleY - 1.2 - float64(len(lines))*runningB.lineH()
	for i, l := range lines {
		r.put(marginX, y+float64(i)*runningB.lineH(), contentW-rw-6, l, runningB, "L")
	}
	r.put(pageW-marginX-rw, headerRuleY-1.2-running.lineH(), rw, right, running, "R")
	r.hline(marginX, pageW-marginX, headerRuleY, ruleGrey, ruleWidth)
}

// finish goes back to write the page numbers in the cover's contents and
// the footers, now that the number of pages is known. (gofpdf's page-count
// alias would also replace "{nb}" typed in an answer.) It ends on the last
// page: gofpdf writes only the pages up to the current one.
func (r *renderer) finish() {
	n := r.pdf.PageCount()
	r.toPage(r.tocPage)
	r.contents()
	left := r.clean(fmt.Sprintf("Printed %s by DSPT Desk %s", assessment.HumanDate(r.in.PrintedAt), r.in.Version))
	for p := 1; p <= n; p++ {
		r.toPage(p)
		r.hline(marginX, pageW-marginX, footerRuleY, ruleGrey, ruleWidth)
		r.put(marginX, footerY, contentW/2, left, running, "L")
		r.put(pageW/2, footerY, contentW/2, fmt.Sprintf("Page %d of %d", p, n), running, "R")
	}
}

// toPage goes back to page p. Its content stream does not know the font
// selected on the last page, so the next text selects its font again.
func (r *renderer) toPage(p int) {
	r.pdf.SetPage(p)
	r.fontSet = false
}
