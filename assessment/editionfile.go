package assessment

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// EditionProblem is one thing wrong with an edition file.
type EditionProblem struct {
	// Where is the part of the file: "item 3 (1.1.5)", "group 2 (it)",
	// "NDG standard 4", "line 12", or "" for the edition as a whole.
	Where string
	// Field is the field at fault, such as "level" or "guidance.example".
	Field   string
	Message string
}

// String writes the problem as "item 3 (1.1.5), field level: message".
func (p EditionProblem) String() string {
	var parts []string
	if p.Where != "" {
		parts = append(parts, p.Where)
	}
	if p.Field != "" {
		parts = append(parts, "field "+p.Field)
	}
	if len(parts) == 0 {
		return p.Message
	}
	return strings.Join(parts, ", ") + ": " + p.Message
}

// EditionError is an edition file that breaks the rules: every problem
// found in it. Its chain holds an *Error (EInvalid) with the same text.
type EditionError struct {
	Problems []EditionProblem
}

// Error lists the problems, one a line.
func (e *EditionError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the domain error, so that ErrorCode and ErrorMessage work.
func (e *EditionError) Unwrap() error {
	n := len(e.Problems)
	head := "The edition file has 1 problem, so nothing has been added. Fix it and try again:"
	if n != 1 {
		head = fmt.Sprintf("The edition file has %d problems, so nothing has been added. Fix them and try again:", n)
	}
	return &Error{Code: EInvalid, Message: head + "\n" + e.Error()}
}

// syntaxProblem turns a TOML reading error into a problem with its line.
func syntaxProblem(err error) EditionProblem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return EditionProblem{Where: fmt.Sprintf("line %d", pe.Position.Line), Message: "the file is not valid TOML: " + pe.Message}
	}
	return EditionProblem{Message: "the file could not be read as an edition: " + err.Error()}
}

// EditionOrigin says where an edition added from a file came from.
type EditionOrigin struct {
	FileName string    // the name of the file it was added from, such as 2027-28.toml
	AddedAt  time.Time // when it was added
}

// From says where the edition comes from: "built in", or "added from
// 2027-28.toml on 3 September 2027".
func (e *Edition) From() string {
	if e.Origin == nil {
		return "built in"
	}
	return fmt.Sprintf("added from %s on %s", e.Origin.FileName, HumanDate(e.Origin.AddedAt.Local()))
}

// Source says where the edition comes from and which revision it is:
// "built in, revision 1" or "added from 2027-28.toml on 3 September 2027, revision 2".
func (e *Edition) Source() string { return fmt.Sprintf("%s, revision %d", e.From(), e.Revision) }

// With returns the bank with the added editions: an added edition takes
// the place of one with the same id only when its revision is higher. The
// bank itself is left as it is.
func (b *Bank) With(added []*Edition) *Bank {
	out := &Bank{}
	if b != nil {
		out.Editions = append(out.Editions, b.Editions...)
	}
	for _, ed := range added {
		if i := out.index(ed.ID); i < 0 {
			out.Editions = append(out.Editions, ed)
		} else if ed.Revision > out.Editions[i].Revision {
			out.Editions[i] = ed
		}
	}
	sort.Slice(out.Editions, func(i, j int) bool { return out.Editions[i].ID < out.Editions[j].ID })
	return out
}

func (b *Bank) index(id string) int {
	for i, e := range b.Editions {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// CheckNew says whether ed may be added: an edition the bank already has is
// replaced only by a higher revision. The error (EConflict) says which
// revision is in use.
func (b *Bank) CheckNew(ed *Edition) error {
	held := b.Edition(ed.ID)
	if held == nil || ed.Revision > held.Revision {
		return nil
	}
	return Errorf(EConflict, "DSPT Desk already has the %s toolkit at revision %d (%s). This file is revision %d, so it has not been added: a file for the same toolkit year is added only when its revision is higher.",
		ed.ID, held.Revision, held.Source(), ed.Revision)
}

// NewYearNote says, once the toolkit year after the bank's newest edition
// has probably started (on 1 September), that its edition file is needed
// and how to add it; "" before then.
func (b *Bank) NewYearNote(today time.Time) string {
	latest := b.Latest()
	next := latest.StartYear() + 1
	starts := time.Date(next, time.September, 1, 0, 0, 0, 0, time.UTC)
	if Day(today).Before(starts) {
		return ""
	}
	id := fmt.Sprintf("%d-%02d", next, (next+1)%100)
	return fmt.Sprintf("A new toolkit year has probably started: the %s toolkit usually goes live on 1 September %d, and DSPT Desk has questions only up to %s. "+
		"When you receive the %s edition file (for example %s.toml, from your care association, your IT support or the DSPT Desk project), "+
		"add it with \"Add a toolkit edition from a file…\" on the Export and import screen. Nothing needs installing.", id, next, latest.ID, id, id)
}
