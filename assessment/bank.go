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
// problems at once so that whoever edits the file can fix them in one go.
func ParseEdition(data []byte) (*Edition, error) {
	var ed Edition
	md, err := toml.Decode(string(data), &ed)
	if err != nil {
		return nil, err
	}
	var problems []string
	for _, k := range md.Undecoded() {
		problems = append(problems, fmt.Sprintf("unknown field %q", k.String()))
	}
	problems = append(problems, ed.link()...)
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return &ed, nil
}

var refPattern = regexp.MustCompile(`^([1-9]|10)\.[1-9][0-9]?\.[1-9][0-9]?$`)

// link validates the edition and fills the derived fields: item levels, NDG
// titles, each group's items and the reference index.
func (e *Edition) link() []string {
	var p []string
	if _, err := parseEditionID(e.ID); err != nil {
		p = append(p, err.Error())
	}
	if strings.TrimSpace(e.Title) == "" {
		p = append(p, "the edition has no title")
	}
	p = append(p, e.checkNDG()...)
	groups := map[string]*Group{}
	for _, g := range e.Groups {
		if g.ID == "" || g.Title == "" || groups[g.ID] != nil {
			p = append(p, fmt.Sprintf("group %q: needs a unique id and a title", g.ID))
		}
		groups[g.ID] = g
	}
	e.byRef = map[string]*Item{}
	for i, it := range e.Items {
		p = append(p, e.linkItem(i, it, groups)...)
	}
	return append(p, e.checkCounts()...)
}

func (e *Edition) checkNDG() []string {
	var p []string
	seen := map[int]bool{}
	for _, s := range e.NDG {
		if s.Number < 1 || s.Number > 10 || s.Title == "" || seen[s.Number] {
			p = append(p, fmt.Sprintf("NDG standard %d: needs a unique number from 1 to 10 and a title", s.Number))
		}
		seen[s.Number] = true
	}
	if len(seen) != 10 {
		p = append(p, "the edition must list all ten NDG standards")
	}
	return p
}

func (e *Edition) linkItem(i int, it *Item, groups map[string]*Group) []string {
	where := fmt.Sprintf("item %d (%s)", i+1, it.Ref)
	var p []string
	bad := func(format string, args ...any) { p = append(p, where+": "+fmt.Sprintf(format, args...)) }
	if !refPattern.MatchString(it.Ref) {
		bad("reference should be three numbers such as 1.1.5")
	} else if e.byRef[it.Ref] != nil {
		bad("reference appears twice")
	}
	e.byRef[it.Ref] = it
	if g := groups[it.GroupID]; g != nil {
		g.Items = append(g.Items, it)
	} else {
		bad("unknown group %q", it.GroupID)
	}
	if l, err := ParseLevel(it.LevelCode); err != nil || (l != ApproachingStandards && l != StandardsMet) {
		bad("level must be AS or SM, not %q", it.LevelCode)
	} else {
		it.Level = l
	}
	switch it.Answer {
	case Tick, Text, Document:
	default:
		bad("unknown answer type %q (use tick, text or document)", it.Answer)
	}
	switch it.NotApplicable {
	case NANone, NAComment, NAText, NALocation, NAOption:
	default:
		bad("unknown not_applicable %q", it.NotApplicable)
	}
	p = append(p, e.checkItemText(where, it)...)
	return p
}

func (e *Edition) checkItemText(where string, it *Item) []string {
	var p []string
	bad := func(format string, args ...any) { p = append(p, where+": "+fmt.Sprintf(format, args...)) }
	first, _, _ := strings.Cut(it.Ref, ".")
	if fmt.Sprint(it.NDG) != first {
		bad("ndg %d does not match the reference", it.NDG)
	}
	for _, s := range e.NDG {
		if s.Number == it.NDG {
			it.NDGTitle = s.Title
		}
	}
	if strings.TrimSpace(it.Short) == "" || strings.TrimSpace(it.Question) == "" {
		bad("needs a short title and the question wording")
	}
	switch it.Confidence {
	case Confirmed:
	case WordingSeen, Unconfirmed:
		if strings.TrimSpace(it.Check) == "" {
			bad("say what to check in the live toolkit (check) when confidence is %s", it.Confidence)
		}
	default:
		bad("unknown confidence %q", it.Confidence)
	}
	if it.ReviewMonths < 0 {
		bad("review_months cannot be negative")
	}
	if it.FromProfile != "" && it.FromProfile != ProfileICO {
		bad("unknown from_profile %q (use %q or leave it out)", it.FromProfile, ProfileICO)
	}
	g := it.Guidance
	if g.Meaning == "" || g.GoodAnswer == "" || g.Example == "" || g.Pitfalls == "" || g.NotApplicable == "" {
		bad("guidance needs meaning, good_answer, example, pitfalls and not_applicable")
	}
	if n := g.Words(); n < MinGuidanceWords {
		bad("guidance has %d words; write at least %d", n, MinGuidanceWords)
	}
	return p
}

func (e *Edition) checkCounts() []string {
	var p []string
	if len(e.Groups) == 0 {
		p = append(p, "the edition has no groups")
	}
	for _, g := range e.Groups {
		as, sm := 0, len(g.Items)
		for _, it := range g.Items {
			if it.Level == ApproachingStandards {
				as++
			}
		}
		if as != g.PublishedAS || sm != g.PublishedSM {
			p = append(p, fmt.Sprintf("group %q has %d items for Approaching Standards and %d for Standards Met; the published counts are %d and %d",
				g.Title, as, sm, g.PublishedAS, g.PublishedSM))
		}
	}
	return p
}

// DefaultBank loads the editions built into the app.
func DefaultBank() (*Bank, error) { return LoadBank(assets.Editions) }
