// Package register holds the registers a care home keeps beside its
// answers: staff and training, breaches and near misses, spot checks,
// devices and software, suppliers, information and sharing, and top risks.
//
// Every register is an instance of one pattern. Its tables are described by
// a Schema (the fields, how each is written and checked, whether it carries
// into next year), its rows are plain Values keyed by field, and its rules
// turn the rows into Findings: one line per question it informs, with who
// or what is missing. The store keeps the rows, the window edits them, the
// pack prints them; none of them knows what a particular register means.
package register

import (
	"sort"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Register is one register as the manager sees it: one screen, one
// appendix in the pack, one or more tables, and the rules that say what the
// tables mean for the questions.
type Register struct {
	// Name identifies the register in preferences and screen ids: "staff".
	Name string
	// Title is how the register is named on screen and in the pack.
	Title string
	// Intro is a sentence or two on what the register is for, short
	// enough to head its screen.
	Intro string
	// Working says how the register's figures are worked out, where that
	// needs saying (the 95% rule); shown beside the figures and in the pack.
	Working string
	// Tables are the register's tables, the main one first.
	Tables []*Schema
	// Settings are choices that change how the rules count.
	Settings []Setting
	// Questions lists the references the register informs.
	Questions []string
	// Findings works out what the register says about its questions.
	Findings func(Context) []Finding
}

// Setting is a yes-or-no choice that changes how a register's rules count,
// such as whether agency staff count towards the training figure.
type Setting struct {
	Key   string
	Label string
	// Short is the guidance in a few words, shown beside the tick; Help
	// says it in full where the figures' working is explained.
	Short   string
	Help    string // the toolkit's guidance, in our words
	Default bool
}

// Context is what the rules work from.
type Context struct {
	// Today is the day the figures are worked out for.
	Today time.Time
	// Book holds this year's rows and settings.
	Book Book
	// LastYear holds last year's rows, where there is a last year; rules
	// that look back twelve months (breaches) read it too. Only the tables
	// that stay with their year (YearTables) need be in it.
	LastYear Book
}

// Finding is what a register says about one question.
type Finding struct {
	Ref      string // the question's reference
	Register string // the register's Name
	// Summary is the figure in one line: "Training: 47 of 50 staff
	// trained in the last 12 months (94%)".
	Summary string
	// Details lists who or what is behind the figure, one per line:
	// "Missing: Jo Bloggs (care assistant)".
	Details []string
	// Missing is the line for "What's missing", such as "3 more staff need
	// training to reach 95%"; empty when the register shows nothing wanting.
	Missing string
	// NotApplicable is set when the register shows the toolkit's "Not
	// applicable" way to answer (no incidents in the year).
	NotApplicable bool
	// Action is a suggested action plan entry for what is missing, if any.
	Action *assessment.Action
	// ExportAsEvidence is set when the register itself is the evidence
	// for the question, so its export is offered as the evidence location.
	ExportAsEvidence bool
}

// Text is the finding written out for an answer or a comment: the summary
// and then its details, one per line.
func (f Finding) Text() string {
	s := f.Summary
	for _, d := range f.Details {
		s += "\n" + d
	}
	return s
}

// Setting returns the value of a register setting in the book, or its
// default when it was never set.
func (c Context) Setting(s Setting) bool {
	v, ok := c.Book.Settings[s.Key]
	if !ok {
		return s.Default
	}
	return v == "yes"
}

// registers lists every register in the order they are shown. Each
// register's file adds itself in an init function.
var registers []*Register

// add puts a register in the list; the order comes from order.
func add(r *Register) {
	registers = append(registers, r)
	sort.SliceStable(registers, func(i, j int) bool { return order[registers[i].Name] < order[registers[j].Name] })
}

// order is the order registers are shown in: by the question groups they
// mostly inform.
var order = map[string]int{
	"staff": 1, "incidents": 2, "spotchecks": 3, "devices": 4, "suppliers": 5, "information": 6, "risks": 7,
}

// All returns every register in the order they are shown.
func All() []*Register { return registers }

// Named returns the register with the given Name, or nil.
func Named(name string) *Register {
	for _, r := range registers {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// Table returns the table (of any register) with the given Name, and its
// register; nil if there is none.
func Table(name string) (*Schema, *Register) {
	for _, r := range registers {
		for _, s := range r.Tables {
			if s.Name == name {
				return s, r
			}
		}
	}
	return nil, nil
}

// Tables returns every table of every register, in order.
func Tables() []*Schema {
	var out []*Schema
	for _, r := range registers {
		out = append(out, r.Tables...)
	}
	return out
}

// Findings works out every register's findings, by question reference, in
// register order.
func Findings(c Context) map[string][]Finding {
	out := map[string][]Finding{}
	for _, r := range registers {
		for _, f := range r.Findings(c) {
			f.Register = r.Name
			out[f.Ref] = append(out[f.Ref], f)
		}
	}
	return out
}

// FindingsOf works out one register's findings, in its own order.
func FindingsOf(r *Register, c Context) []Finding {
	fs := r.Findings(c)
	for i := range fs {
		fs[i].Register = r.Name
	}
	return fs
}
