package report

import (
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// signRowH is the height of a sign-off row: room for a signature.
const signRowH = 13.0

// cover draws the first page: who, which edition, the level reached, the
// contents and the sign-off block. It has no running header.
func (r *renderer) cover() {
	r.pdf.AddPage()
	r.y = coverTop
	r.topY = r.y
	r.coverTitle()
	r.coverDetails()
	r.levelBox()
	r.contentsSpace()
	r.signOff()
}

func (r *renderer) coverTitle() {
	r.paragraph("DATA SECURITY AND PROTECTION TOOLKIT  ·  "+r.in.Edition.ID, coverKick)
	r.y += 3
	r.paragraph(orgName(r.in.Profile), coverTitle)
	r.y += 1
	r.paragraph("Self-assessment: summary and action plan", coverSub)
	r.hline(marginX, pageW-marginX, r.y+3, accent, 0.8)
	r.y += 9
}

// coverDetails lists the organisation's identifiers, the edition and the print date.
func (r *renderer) coverDetails() {
	p := r.in.Profile
	rows := [][2]string{
		{"ODS code", orBlank(p.ODSCode)},
		{"ICO registration number", orBlank(p.ICONumber)},
		{"CQC location ID", orBlank(p.CQCLocationID)},
		{"Edition", r.in.Edition.Title},
		{"Printed", assessment.HumanDate(r.in.PrintedAt)},
	}
	cols := []column{{width: 52, align: "L"}, {width: contentW - 52, align: "L"}}
	for _, kv := range rows {
		r.row(cols, []cell{r.lay(inner(cols, 0), para{kv[0], label}), r.lay(inner(cols, 1), para{kv[1], bodyBold})}, plainRow)
	}
}

// levelBox shows the level reached, the progress and the publication.
func (r *renderer) levelBox() {
	st := r.in.Status
	level, lst := levelReached(st.Level), levelText
	if st.Level == assessment.NotReady {
		lst = levelNone
	}
	w := contentW - 10
	c := r.lay(w, para{"Level reached", label}, para{level, lst},
		para{"Progress: " + st.Summary() + ".", body}, para{r.publication(), body})
	if st.Note != "" {
		c = append(c, r.lay(w, para{st.Note, bodyItalic})...)
	}
	h := c.height(0, len(c)) + 8
	r.y += 7
	r.need(h)
	r.box(marginX, r.y, contentW, h, bandFill)
	r.box(marginX, r.y, 1.6, h, accent)
	cols := []column{{width: contentW, align: "L"}}
	r.cellLines(marginX+5-cellPadX, cols[0], c, rowStyle{padY: 4})
	r.y += h
}

// publication says when the assessment was published, or the deadline.
func (r *renderer) publication() string {
	a := r.in.Record.Assessment
	if a.Locked() {
		return "Published " + a.PublishedWhen() + "."
	}
	return fmt.Sprintf("Not yet published. The deadline for publishing this edition is %s.", assessment.HumanDate(r.in.Edition.Deadline()))
}

// contentsSpace draws the contents heading and leaves room for the entries,
// which contents fills in once the page numbers are known.
func (r *renderer) contentsSpace() {
	r.y += 7
	lines := len(r.sections())
	if r.wordingsChecked() > 0 {
		lines++
	}
	r.heading("Contents", groupH, float64(lines)*body.lineH())
	r.tocY, r.tocPage = r.y, r.pdf.PageNo()
	r.y += float64(lines) * body.lineH()
}

// contents writes each section's title and page on the cover.
func (r *renderer) contents() {
	y := r.tocY
	for i, m := range r.marks {
		page := fmt.Sprintf("page %d", m.page)
		pw := r.textWidth(page, body)
		r.put(marginX, y, contentW-pw-4, r.clean(fmt.Sprintf("%d   %s", i+1, m.title)), body, "L")
		r.put(pageW-marginX-pw, y, pw, page, body, "R")
		y += body.lineH()
	}
	if n := r.wordingsChecked(); n > 0 {
		text := fmt.Sprintf("Wording checked against the live online toolkit by the manager: %d of %d questions.", n, len(r.in.Edition.Items))
		r.put(marginX, y, contentW, r.clean(text), small, "L")
	}
}

// wordingsChecked is how many questions the manager has compared with the
// live toolkit, matching or not.
func (r *renderer) wordingsChecked() int {
	return assessment.Sitting(r.in.Edition, r.in.Record).Confirmed
}

// signOff draws the sign-off block at the foot of the cover.
func (r *renderer) signOff() {
	cols := []column{{"Role", 64, "L"}, {"Name", 44, "L"}, {"Signature", 42, "L"}, {"Date", contentW - 150, "L"}}
	intro := "We confirm that this summary and action plan reflect the assessment as recorded on the print date."
	introH := float64(len(r.wrap(intro, small, contentW))) * small.lineH()
	rest := introH + 1 + r.headHeight(cols) + 2*signRowH
	h := 3 + groupH.lineH() + 1.5 + rest // as heading draws it
	r.y = max(r.y+4, bodyBottom-h)
	r.heading("Sign-off", groupH, rest)
	r.caption(intro)
	r.tableHead(cols)
	p := r.in.Profile
	r.signRow(cols, "Registered manager", p.RegisteredManager)
	r.signRow(cols, "Data security and protection lead", p.SecurityLead)
}

func (r *renderer) signRow(cols []column, role, name string) {
	r.need(signRowH)
	top := r.y
	r.row(cols, []cell{r.lay(inner(cols, 0), para{role, cellBold}), r.lay(inner(cols, 1), para{name, cellText})}, rowStyle{padY: 2.5})
	r.y = max(r.y, top+signRowH)
	r.hline(marginX, pageW-marginX, r.y, ruleGrey, ruleWidth)
	x := marginX
	for _, c := range cols[:len(cols)-1] {
		x += c.width
		r.vline(x, top, r.y, ruleGrey)
	}
}
