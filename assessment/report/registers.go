package report

import (
	"cmp"
	"fmt"
	"sort"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// SetRegisters gives the pack this year's registers and last year's (for
// the rules that look back twelve months), and works out what each
// register says about its questions on the print date. Each register with
// rows then has an appendix, unless LeaveOut names it.
func (in *Input) SetRegisters(book, lastYear register.Book) {
	in.Registers, in.LastYear = book, lastYear
	in.Findings = map[string][]register.Finding{}
	c := register.Context{Today: in.PrintedAt, Book: book, LastYear: lastYear}
	for _, reg := range register.All() {
		in.Findings[reg.Name] = register.FindingsOf(reg, c)
	}
}

// appendices lists the registers printed as appendices: those not left
// out, when the registers hold any row at all. A manager who keeps no
// registers in DSPT Desk gets the pack without them.
func (r *renderer) appendices() []*register.Register {
	if r.in.Registers.Count() == 0 {
		return nil
	}
	var out []*register.Register
	for _, reg := range register.All() {
		if !r.in.LeaveOut[reg.Name] {
			out = append(out, reg)
		}
	}
	return out
}

// registerSections is one section per appendix, lettered A, B, C... A
// register with nothing recorded follows on the same page rather than
// leave a nearly blank one.
func (r *renderer) registerSections() []section {
	var out []section
	for i, reg := range r.appendices() {
		title := fmt.Sprintf("Appendix %c: %s", 'A'+i, reg.Title)
		out = append(out, section{title, func() { r.appendix(reg) }, r.rowsOf(reg) > 0})
	}
	return out
}

// rowsOf counts a register's rows in every table, last year's printed
// ones included.
func (r *renderer) rowsOf(reg *register.Register) int {
	n := 0
	for _, s := range reg.Tables {
		n += len(r.in.Registers.Of(s.Name)) + len(r.lastYearsRows(s))
	}
	return n
}

// lastYearsRows are the rows of last year's assessment printed after a
// table's own: for a table that stays with its year (breaches, spot
// checks), last year's rows not also in this year's, as the window shows
// them and as the figures (which look back twelve months) count them.
// A table that carries into next year has none.
func (r *renderer) lastYearsRows(s *register.Schema) []register.Row {
	if s.Carry {
		return nil
	}
	c := register.Context{Book: r.in.Registers, LastYear: r.in.LastYear}
	return c.BothYears(s)[len(r.in.Registers.Of(s.Name)):]
}

// appendix prints one register for an inspector: what it is, what it shows
// for each question (the figure first), then each table with its count.
func (r *renderer) appendix(reg *register.Register) {
	r.paragraph(reg.Intro, bodyItalic)
	if reg.Working != "" {
		r.paragraph(reg.Working, bodyItalic)
	}
	r.y += 2
	if fs := r.in.Findings[reg.Name]; len(fs) > 0 {
		rows := r.findingRows(fs)
		r.heading("Figures for the questions", groupH, r.tableStart(findingCols, rows))
		r.table("Figures for the questions", findingCols, rows)
	}
	if r.rowsOf(reg) == 0 {
		r.y += 2
		r.paragraph("Nothing is recorded in this register.", body)
		return
	}
	for _, s := range reg.Tables {
		r.registerTable(s, s.Title, r.in.Registers.Of(s.Name), register.Context{Today: r.in.PrintedAt, Book: r.in.Registers, LastYear: r.in.LastYear})
		if last := r.lastYearsRows(s); len(last) > 0 {
			r.registerTable(s, s.Title+" from last year's assessment", last, register.Context{Today: r.in.PrintedAt, Book: r.in.LastYear})
		}
	}
}

// findingCols are the columns of a register's figures.
var findingCols = []column{
	{"Question", 20, "L"},
	{"What the register shows", contentW - 20, "L"},
}

// findingRows lays out each finding: its question, its figure in bold and
// the names or things behind it.
func (r *renderer) findingRows(fs []register.Finding) [][]cell {
	rows := make([][]cell, len(fs))
	for i, f := range fs {
		ps := []para{{f.Summary, cellBold}}
		for _, d := range f.Details {
			ps = append(ps, para{d, cellText})
		}
		rows[i] = []cell{r.lay(inner(findingCols, 0), para{f.Ref, cellBold}), r.lay(inner(findingCols, 1), ps...)}
	}
	return rows
}

// registerTable prints rows of one table of a register under a heading
// (title and count), its columns fitted to the page, and a note on each
// row's state where the table gives one (warnings in red), worked out in
// c, the context of the book the rows are in.
func (r *renderer) registerTable(s *register.Schema, title string, rows []register.Row, c register.Context) {
	rows = sortedRows(s, rows)
	heading := fmt.Sprintf("%s: %s", title, assessment.Count(len(rows), s.One, s.Many))
	if len(rows) == 0 {
		r.heading(heading, groupH, body.lineH())
		r.paragraph("None recorded.", body)
		return
	}
	fields := s.Columns()
	notes, warns := rowNotes(s, rows, c)
	if notes != nil {
		fields = append(fields, register.Field{Label: "Note", Kind: register.Text})
	}
	texts := make([][]string, len(rows))
	for i, row := range rows {
		texts[i] = make([]string, len(fields))
		for j, f := range fields {
			texts[i][j] = r.clean(f.Show(row.Values[f.Key]))
		}
		if notes != nil {
			texts[i][len(fields)-1] = r.clean(notes[i])
		}
	}
	cols := r.fitColumns(fields, texts)
	cells := make([][]cell, len(rows))
	for i := range rows {
		cells[i] = make([]cell, len(fields))
		for j := range fields {
			st := cellText
			if notes != nil && j == len(fields)-1 && warns[i] {
				st = warnText
			}
			cells[i][j] = r.lay(inner(cols, j), para{texts[i][j], st})
		}
	}
	r.heading(heading, groupH, r.tableStart(cols, cells))
	r.table(title, cols, cells)
}

// tableStart is the height a table needs below its heading so that the
// heading is not left alone at the foot of a page: its header row and the
// start of its first row.
func (r *renderer) tableStart(cols []column, rows [][]cell) float64 {
	return r.headHeight(cols) + startHeight(rows[0], cellPadY)
}

// rowNotes is each row's state in a few words on the print date, as the
// register's screen shows it ("Past its end of support", "Left on
// 12/11/2026: access removal not recorded"), and whether it needs
// attention; nil when the table has no such notes or none to say.
func rowNotes(s *register.Schema, rows []register.Row, c register.Context) ([]string, []bool) {
	byID := s.Notes(c)
	if len(byID) == 0 {
		return nil, nil
	}
	notes, warns, any := make([]string, len(rows)), make([]bool, len(rows)), false
	for i, row := range rows {
		n := byID[row.ID]
		notes[i], warns[i] = n.Text, n.Warn
		any = any || notes[i] != ""
	}
	if !any {
		return nil, nil
	}
	return notes, warns
}

// sortedRows orders a table's rows by its first column (people by name,
// breaches by date), then by its dates (each person's training oldest
// first), then by its other columns, keeping the order they were added
// among equals. Numbers in text sort as numbers: Device 2 before Device 10.
func sortedRows(s *register.Schema, rows []register.Row) []register.Row {
	out := append([]register.Row(nil), rows...)
	cols := s.Columns()
	if len(cols) == 0 {
		return out
	}
	fields := []register.Field{cols[0]}
	for _, dates := range []bool{true, false} {
		for _, f := range cols[1:] {
			if (f.Kind == register.Date) == dates {
				fields = append(fields, f)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		for _, f := range fields {
			if c := naturalCompare(out[i].Values[f.Key], out[j].Values[f.Key]); c != 0 {
				return c < 0
			}
		}
		return false
	})
	return out
}

// naturalCompare compares text ignoring case, with runs of digits compared
// by their value; stored dates (2026-03-14) sort by day.
func naturalCompare(a, b string) int {
	a, b = strings.ToLower(a), strings.ToLower(b)
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if c := cmp.Compare(len(na), len(nb)); c != 0 {
				return c
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

// digits is the length of the run of ASCII digits that starts s.
func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
