package register

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assets"
)

// The end-of-support table: the day each common operating system stops
// getting security updates from its maker, kept as data beside the
// editions (assets/support/end-of-support.toml) with its sources and the
// day it was checked. A manager corrects or extends it by adding a file of
// the same shape, which the store keeps (see UseSupport).

// NotAnnounced is how a support file writes that the maker gives no date.
const NotAnnounced = "not announced"

// The certainties a support entry may have.
const (
	CertaintyPublished    = "published"     // the maker publishes the date; copies agree
	CertaintyReported     = "reported"      // reports quote the maker's date; check it
	CertaintyNotAnnounced = "not announced" // the maker gives no date
)

// SupportEntry is one system in the end-of-support table.
type SupportEntry struct {
	Name      string `toml:"name"`
	Maker     string `toml:"maker"`
	EndsText  string `toml:"ends"` // as written: a date or "not announced"
	Certainty string `toml:"certainty"`
	Source    string `toml:"source"`
	Note      string `toml:"note"`
	// Ends is the last day the maker sends security updates; zero when
	// the maker has not announced one. A system is supported on that day
	// and unsupported from the next.
	Ends time.Time `toml:"-"`
	// From names the file the entry came from: "" for the built-in table.
	From string `toml:"-"`
}

// SupportTable is the end-of-support table: the built-in entries, or a
// file's, or the built-in ones with added files' merged in.
type SupportTable struct {
	CheckedOnText string         `toml:"checked_on"`
	Sources       []string       `toml:"sources"`
	Systems       []SupportEntry `toml:"systems"`
	// CheckedOn is the day the dates were last checked against the sources.
	CheckedOn time.Time `toml:"-"`
	index     map[string]int
}

// SupportProblem is one thing wrong with a support file.
type SupportProblem struct {
	Where   string // "system 3 (Windows 10)", "line 12", or "" for the file
	Message string
}

// String writes the problem as "system 3 (Windows 10): message".
func (p SupportProblem) String() string {
	if p.Where == "" {
		return p.Message
	}
	return p.Where + ": " + p.Message
}

// SupportError is a support file that breaks the rules: every problem found
// in it. Its chain holds an *assessment.Error (EInvalid) with the same text.
type SupportError struct{ Problems []SupportProblem }

// Error lists the problems, one a line.
func (e *SupportError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the domain error, so that ErrorCode and ErrorMessage work.
func (e *SupportError) Unwrap() error {
	return assessment.Errorf(assessment.EInvalid, "The end-of-support file has %s, so nothing has been added. Fix %s and try again:\n%s",
		assessment.Count(len(e.Problems), "problem", "problems"), assessment.Pick(len(e.Problems), "it", "them"), e.Error())
}

// ParseSupport reads an end-of-support file and checks every rule,
// reporting all problems at once: the checked-on date and every entry's
// name (no two alike), date ("not announced" or a day), certainty and
// source are required. from names the file in each entry ("" for the
// built-in table). A file that breaks a rule gives a *SupportError.
func ParseSupport(data []byte, from string) (*SupportTable, error) {
	var t SupportTable
	md, err := toml.Decode(string(data), &t)
	if err != nil {
		return nil, &SupportError{Problems: []SupportProblem{supportSyntax(err)}}
	}
	var problems []SupportProblem
	for _, k := range md.Undecoded() {
		problems = append(problems, SupportProblem{Message: fmt.Sprintf("%q is not a field of an end-of-support file (check its spelling)", k.String())})
	}
	problems = append(problems, t.check(from)...)
	if len(problems) > 0 {
		return nil, &SupportError{Problems: problems}
	}
	return &t, nil
}

func supportSyntax(err error) SupportProblem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return SupportProblem{Where: fmt.Sprintf("line %d", pe.Position.Line), Message: "the file is not valid TOML: " + pe.Message}
	}
	return SupportProblem{Message: "the file could not be read as an end-of-support table: " + err.Error()}
}

// check validates the table and fills the derived fields.
func (t *SupportTable) check(from string) []SupportProblem {
	var p []SupportProblem
	var err error
	if t.CheckedOn, err = assessment.ParseDate(t.CheckedOnText); err != nil {
		p = append(p, SupportProblem{Message: fmt.Sprintf("checked_on: the day the dates were checked is needed, written as 2026-12-01 (found %q)", t.CheckedOnText)})
	}
	if len(t.Systems) == 0 {
		p = append(p, SupportProblem{Message: "the file has no [[systems]] entries"})
	}
	t.index = map[string]int{}
	for i := range t.Systems {
		e := &t.Systems[i]
		e.From = from
		where := fmt.Sprintf("system %d (%s)", i+1, e.Name)
		for _, msg := range e.check() {
			p = append(p, SupportProblem{Where: where, Message: msg})
		}
		key := NameKey(e.Name)
		if j, dup := t.index[key]; dup && key != "" {
			p = append(p, SupportProblem{Where: where, Message: fmt.Sprintf("the same name as system %d: give each system once", j+1)})
		}
		t.index[key] = i
	}
	return p
}

// check validates one entry and fills Ends, returning what is wrong.
func (e *SupportEntry) check() []string {
	var msgs []string
	e.Name = strings.TrimSpace(e.Name)
	if e.Name == "" {
		msgs = append(msgs, "name: the system's name is needed, such as \"Windows 11 24H2 (Home and Pro)\"")
	} else if err := assessment.CheckText("name", e.Name, assessment.MaxShortText); err != nil {
		msgs = append(msgs, err.Error())
	}
	switch ends := strings.ToLower(strings.TrimSpace(e.EndsText)); {
	case ends == NotAnnounced:
		e.EndsText, e.Ends = NotAnnounced, time.Time{}
	default:
		t, err := assessment.ParseDate(ends)
		if err != nil {
			msgs = append(msgs, fmt.Sprintf("ends: write the last day of updates as 2027-10-12, or \"not announced\" (found %q)", e.EndsText))
		}
		e.Ends = t
	}
	msgs = append(msgs, e.checkCertainty()...)
	if !strings.HasPrefix(e.Source, "https://") && !strings.HasPrefix(e.Source, "http://") {
		msgs = append(msgs, "source: the address of the maker's page for the date is needed, starting https://")
	}
	return msgs
}

func (e *SupportEntry) checkCertainty() []string {
	switch e.Certainty {
	case CertaintyPublished, CertaintyReported:
		if e.Ends.IsZero() && e.EndsText == NotAnnounced {
			return []string{fmt.Sprintf("certainty: %q needs a date in ends; use \"not announced\" for both when the maker gives none", e.Certainty)}
		}
	case CertaintyNotAnnounced:
		if !e.Ends.IsZero() {
			return []string{"certainty: \"not announced\" cannot go with a date; say \"published\" or \"reported\""}
		}
	default:
		return []string{fmt.Sprintf("certainty: write \"published\", \"reported\" or \"not announced\" (found %q)", e.Certainty)}
	}
	return nil
}

// Lookup returns the entry for a system, matched as NameKey matches names
// (case and spacing ignored); ok is false when the table does not have it.
func (t *SupportTable) Lookup(system string) (SupportEntry, bool) {
	if t == nil {
		return SupportEntry{}, false
	}
	i, ok := t.index[NameKey(system)]
	if !ok {
		return SupportEntry{}, false
	}
	return t.Systems[i], true
}

// Names lists the systems in the table's order, to offer when a device's
// system is chosen.
func (t *SupportTable) Names() []string {
	out := make([]string, len(t.Systems))
	for i, e := range t.Systems {
		out[i] = e.Name
	}
	return out
}

// With returns a new table: t's entries with the added tables' merged in,
// in order. An added entry takes the place of t's entry of the same name
// (where it was); new names come after. The checked-on date is the latest,
// and the sources are all of them.
func (t *SupportTable) With(added ...*SupportTable) *SupportTable {
	out := &SupportTable{CheckedOnText: t.CheckedOnText, CheckedOn: t.CheckedOn, index: map[string]int{}}
	out.Sources = append(out.Sources, t.Sources...)
	out.put(t.Systems)
	for _, a := range added {
		out.put(a.Systems)
		out.Sources = append(out.Sources, a.Sources...)
		if a.CheckedOn.After(out.CheckedOn) {
			out.CheckedOn, out.CheckedOnText = a.CheckedOn, a.CheckedOnText
		}
	}
	return out
}

func (t *SupportTable) put(entries []SupportEntry) {
	for _, e := range entries {
		key := NameKey(e.Name)
		if i, ok := t.index[key]; ok {
			t.Systems[i] = e
			continue
		}
		t.index[key] = len(t.Systems)
		t.Systems = append(t.Systems, e)
	}
}

// builtinSupport is the table built into the app, read once.
var builtinSupport = sync.OnceValues(func() (*SupportTable, error) {
	return ParseSupport(assets.EndOfSupport, "")
})

// BuiltinSupport returns the end-of-support table built into the app.
func BuiltinSupport() (*SupportTable, error) { return builtinSupport() }

// support is the table in use: the built-in one with the files the open
// DSPT Desk file has added (see UseSupport); nil until one is set.
var support atomic.Pointer[SupportTable]

// UseSupport sets the end-of-support table the registers use: the store
// sets it when a file is opened and when a support file is added to it.
// One table serves the rules, the filling in of "Supported until" and the
// systems offered, so the three always agree; only one DSPT Desk file is
// open at a time.
func UseSupport(t *SupportTable) { support.Store(t) }

// Support returns the end-of-support table in use: the one set with
// UseSupport, or the built-in one.
func Support() *SupportTable {
	if t := support.Load(); t != nil {
		return t
	}
	t, err := BuiltinSupport()
	if err != nil {
		return &SupportTable{index: map[string]int{}} // the build's own tests refuse a bad built-in table
	}
	return t
}
