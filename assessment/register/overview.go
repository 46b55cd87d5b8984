package register

import (
	"sort"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Overview is one register in brief, for the list of every register: how
// many rows each table has, what it says about its questions, and how much
// in it wants the manager's attention.
type Overview struct {
	Register *Register
	// Rows is the number of this year's rows in each table, in the order
	// of Register.Tables.
	Rows []int
	// Findings are what the register says about its questions, in the
	// order of Register.Questions.
	Findings []Finding
	// Missing counts the findings with something missing.
	Missing int
	// Warned counts the rows whose note is a warning, in each table.
	Warned []int
}

// OverviewOf sums up a register. all is every register's findings by
// question (as Findings returns them), so that they are not worked out
// again; the register's own are taken from it.
func OverviewOf(r *Register, c Context, all map[string][]Finding) Overview {
	o := Overview{Register: r, Findings: findingsFrom(r, all)}
	for _, s := range r.Tables {
		o.Rows = append(o.Rows, len(c.Book.Of(s.Name)))
		warned := 0
		for _, n := range s.Notes(c) {
			if n.Warn {
				warned++
			}
		}
		o.Warned = append(o.Warned, warned)
	}
	for _, f := range o.Findings {
		if f.Missing != "" {
			o.Missing++
		}
	}
	return o
}

// findingsFrom picks the register's findings out of every register's, in
// the order of its questions (and any others after them, by reference).
func findingsFrom(r *Register, all map[string][]Finding) []Finding {
	rank := map[string]int{}
	for i, ref := range r.Questions {
		rank[ref] = i + 1
	}
	var out []Finding
	for _, fs := range all {
		for _, f := range fs {
			if f.Register == r.Name {
				out = append(out, f)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := rankOf(rank, out[i].Ref), rankOf(rank, out[j].Ref)
		if a != b {
			return a < b
		}
		return assessment.RefLess(out[i].Ref, out[j].Ref)
	})
	return out
}

// rankOf is a question's place in a register's list; questions not listed
// come after every listed one.
func rankOf(rank map[string]int, ref string) int {
	if n, ok := rank[ref]; ok {
		return n
	}
	return len(rank) + 1
}

// Attention is how many things in the register want the manager's
// attention: findings with something missing and rows that warn.
func (o Overview) Attention() int {
	n := o.Missing
	for _, w := range o.Warned {
		n += w
	}
	return n
}

// AttentionText says what wants attention, by kind: "4 questions · 10
// people"; empty when nothing does.
func (o Overview) AttentionText() string {
	var parts []string
	if o.Missing > 0 {
		parts = append(parts, assessment.Count(o.Missing, "question", "questions"))
	}
	for i, s := range o.Register.Tables {
		if o.Warned[i] > 0 {
			parts = append(parts, assessment.Count(o.Warned[i], s.One, s.Many))
		}
	}
	return strings.Join(parts, " · ")
}

// Counts writes the rows of each table in words: "50 people · 212
// training records". A table whose rows stay with their year says so ("2
// incidents this year"), as its figures may also count last year's.
func (o Overview) Counts() string {
	var parts []string
	for i, s := range o.Register.Tables {
		part := assessment.Count(o.Rows[i], s.One, s.Many)
		if !s.Carry {
			part += " this year"
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, " · ")
}
