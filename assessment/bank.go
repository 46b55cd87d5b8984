package assessment

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/dsptdesk/dsptdesk/assets"
)

// MinGuidanceWords is the least guidance an item may carry.
const MinGuidanceWords = 60

// Bank is the set of question-bank editions the app knows, oldest first.
type Bank struct {
	Editions []*Edition
}

// Edition returns the edition with the given id, or nil.
func (b *Bank) Edition(id string) *Edition {
	for _, e := range b.Editions {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// Latest returns the newest edition.
func (b *Bank) Latest() *Edition { return b.Editions[len(b.Editions)-1] }

// IDs lists the edition ids, oldest first.
func (b *Bank) IDs() []string {
	ids := make([]string, len(b.Editions))
	for i, e := range b.Editions {
		ids[i] = e.ID
	}
	return ids
}

// LoadBank parses and validates every editions/*.toml file in fsys.
func LoadBank(fsys fs.FS) (*Bank, error) {
	names, err := fs.Glob(fsys, "editions/*.toml")
	if err != nil {
		return nil, fmt.Errorf("listing editions: %w", err)
	}
	if len(names) == 0 {
		return nil, errors.New("no question-bank editions found")
	}
	b := &Bank{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		ed, err := ParseEdition(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if want := strings.TrimSuffix(path.Base(name), ".toml"); ed.ID != want {
			return nil, fmt.Errorf("%s: edition is %q but the file name says %q", name, ed.ID, want)
		}
		b.Editions = append(b.Editions, ed)
	}
	sort.Slice(b.Editions, func(i, j int) bool { return b.Editions[i].ID < b.Editions[j].ID })
	return b, nil
}

// ParseEdition reads one edition file and checks every rule, reporting all
// problems at once, each naming its item and field, so that whoever writes
// the file can fix them in one go. It is the one check for every edition:
// the built-in ones and those added from a file. A file that breaks a rule
// gives an *EditionError.
func ParseEdition(data []byte) (*Edition, error) {
	var ed Edition
	md, err := toml.Decode(string(data), &ed)
	if err != nil {
		return nil, &EditionError{Problems: []EditionProblem{syntaxProblem(err)}}
	}
	var problems []EditionProblem
	for _, k := range md.Undecoded() {
		problems = append(problems, EditionProblem{Field: k.String(), Message: "is not a field of an edition file (check its spelling)"})
	}
	if !md.IsDefined("revision") {
		ed.Revision = 1
	}
	problems = append(problems, ed.link()...)
	if len(problems) > 0 {
		return nil, &EditionError{Problems: problems}
	}
	return &ed, nil
}

var refPattern = regexp.MustCompile(`^([1-9]|10)\.[1-9][0-9]?\.[1-9][0-9]?$`)

// link validates the edition and fills the derived fields: item levels, NDG
// titles, each group's items and the reference index.
func (e *Edition) link() []EditionProblem {
	var p []EditionProblem
	top := func(field, format string, args ...any) {
		p = append(p, EditionProblem{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if _, err := parseEditionID(e.ID); err != nil {
		top("edition", "%q should look like 2025-26 (the toolkit year)", e.ID)
	}
	if strings.TrimSpace(e.Title) == "" {
		top("title", "the edition has no title")
	}
	if e.Revision < 1 {
		top("revision", "must be a whole number from 1 up, not %d", e.Revision)
	}
	p = append(p, e.checkDates()...)
	p = append(p, e.checkNDG()...)
	groups := map[string]*Group{}
	for i, g := range e.Groups {
		if g.ID == "" || g.Title == "" || groups[g.ID] != nil {
			p = append(p, EditionProblem{Where: fmt.Sprintf("group %d (%s)", i+1, g.ID), Field: "id",
				Message: "each group needs a unique id and a title"})
		}
		groups[g.ID] = g
	}
	e.byRef = map[string]*Item{}
	for i, it := range e.Items {
		p = append(p, e.linkItem(i, it, groups)...)
	}
	return append(p, e.checkCounts()...)
}

// checkDates reads live_from (required, in the edition's first or second
// year) and deadline (optional, after live_from).
func (e *Edition) checkDates() []EditionProblem {
	var p []EditionProblem
	add := func(field, format string, args ...any) {
		p = append(p, EditionProblem{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	live, err := ParseDate(e.LiveFrom)
	if err != nil {
		add("live_from", "the day the toolkit year opened is needed, written as YYYY-MM-DD, such as 2026-09-01")
		return p
	}
	if y, err := parseEditionID(e.ID); err == nil && live.Year() != y && live.Year() != y+1 {
		add("live_from", "%s is not in the years of edition %s", e.LiveFrom, e.ID)
	}
	e.live, e.deadline = live, defaultDeadline(live)
	if e.DeadlineOn == "" {
		return p
	}
	d, err := ParseDate(e.DeadlineOn)
	switch {
	case err != nil:
		add("deadline", "%v", err)
	case !d.After(live):
		add("deadline", "%s is not after live_from %s", e.DeadlineOn, e.LiveFrom)
	default:
		e.deadline = d
	}
	return p
}

func (e *Edition) checkNDG() []EditionProblem {
	var p []EditionProblem
	seen := map[int]bool{}
	for i, s := range e.NDG {
		if s.Number < 1 || s.Number > 10 || s.Title == "" || seen[s.Number] {
			p = append(p, EditionProblem{Where: fmt.Sprintf("NDG standard %d", i+1), Field: "number",
				Message: fmt.Sprintf("%d: each standard needs a unique number from 1 to 10 and a title", s.Number)})
		}
		seen[s.Number] = true
	}
	if len(seen) != 10 {
		p = append(p, EditionProblem{Field: "ndg_standards", Message: "the edition must list all ten NDG standards"})
	}
	return p
}

// itemProblems collects the problems of one item, each naming the field.
type itemProblems struct {
	where string
	list  []EditionProblem
}

func (ip *itemProblems) bad(field, format string, args ...any) {
	ip.list = append(ip.list, EditionProblem{Where: ip.where, Field: field, Message: fmt.Sprintf(format, args...)})
}

func (e *Edition) linkItem(i int, it *Item, groups map[string]*Group) []EditionProblem {
	ip := &itemProblems{where: fmt.Sprintf("item %d (%s)", i+1, it.Ref)}
	if !refPattern.MatchString(it.Ref) {
		ip.bad("ref", "should be three numbers such as 1.1.5")
	} else if e.byRef[it.Ref] != nil {
		ip.bad("ref", "%q appears twice", it.Ref)
	}
	e.byRef[it.Ref] = it
	if g := groups[it.GroupID]; g != nil {
		g.Items = append(g.Items, it)
	} else {
		ip.bad("group", "unknown group %q", it.GroupID)
	}
	if l, err := ParseLevel(it.LevelCode); err != nil || (l != ApproachingStandards && l != StandardsMet) {
		ip.bad("level", "must be AS or SM, not %q", it.LevelCode)
	} else {
		it.Level = l
	}
	switch it.Answer {
	case Tick, Text, Document:
	default:
		ip.bad("answer", "unknown answer type %q (use tick, text or document)", it.Answer)
	}
	switch it.NotApplicable {
	case NANone, NAComment, NAText, NALocation, NAOption:
	default:
		ip.bad("not_applicable", "unknown not_applicable %q (use none, comment, text, location or option)", it.NotApplicable)
	}
	e.checkItemText(ip, it)
	return ip.list
}

func (e *Edition) checkItemText(ip *itemProblems, it *Item) {
	first, _, _ := strings.Cut(it.Ref, ".")
	if fmt.Sprint(it.NDG) != first {
		ip.bad("ndg", "ndg %d does not match the reference", it.NDG)
	}
	for _, s := range e.NDG {
		if s.Number == it.NDG {
			it.NDGTitle = s.Title
		}
	}
	if strings.TrimSpace(it.Short) == "" {
		ip.bad("short", "needs a short title")
	}
	if strings.TrimSpace(it.Question) == "" {
		ip.bad("question", "needs the question wording")
	}
	switch it.Confidence {
	case Confirmed:
	case WordingSeen, Unconfirmed:
		if strings.TrimSpace(it.Check) == "" {
			ip.bad("check", "is needed when confidence is %s: say what to check in the live toolkit", it.Confidence)
		}
	default:
		ip.bad("confidence", "unknown confidence %q (use confirmed, wording-seen or unconfirmed)", it.Confidence)
	}
	if it.ReviewMonths < 0 {
		ip.bad("review_months", "review_months cannot be negative")
	}
	if it.FromProfile != "" && it.FromProfile != ProfileICO {
		ip.bad("from_profile", "unknown from_profile %q (use %q or leave it out)", it.FromProfile, ProfileICO)
	}
	checkGuidance(ip, it.Guidance)
}

func checkGuidance(ip *itemProblems, g Guidance) {
	for _, f := range []struct{ name, text string }{{"meaning", g.Meaning}, {"good_answer", g.GoodAnswer},
		{"example", g.Example}, {"pitfalls", g.Pitfalls}, {"not_applicable", g.NotApplicable}} {
		if strings.TrimSpace(f.text) == "" {
			ip.bad("guidance."+f.name, "is empty; the guidance needs meaning, good_answer, example, pitfalls and not_applicable")
		}
	}
	if n := g.Words(); n < MinGuidanceWords {
		ip.bad("guidance", "has %d words; write at least %d", n, MinGuidanceWords)
	}
}

func (e *Edition) checkCounts() []EditionProblem {
	var p []EditionProblem
	if len(e.Groups) == 0 {
		p = append(p, EditionProblem{Field: "groups", Message: "the edition has no groups"})
	}
	for _, g := range e.Groups {
		as, sm := 0, len(g.Items)
		for _, it := range g.Items {
			if it.Level == ApproachingStandards {
				as++
			}
		}
		if as != g.PublishedAS || sm != g.PublishedSM {
			p = append(p, EditionProblem{Where: fmt.Sprintf("group %q", g.ID), Field: "published_as, published_sm",
				Message: fmt.Sprintf("the group has %d items for Approaching Standards and %d for Standards Met; the published counts are %d and %d",
					as, sm, g.PublishedAS, g.PublishedSM)})
		}
	}
	return p
}

// DefaultBank loads the editions built into the app.
func DefaultBank() (*Bank, error) { return LoadBank(assets.Editions) }
