package store

import (
	"context"
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// editionJSON is an edition added from a file, with the file's text.
type editionJSON struct {
	Edition  string `json:"edition"`
	Revision int    `json:"revision"`
	FileName string `json:"file_name"`
	AddedAt  string `json:"added_at"`
	Content  string `json:"content"`
}

// wordingJSON is one question's comparison with the live toolkit.
type wordingJSON struct {
	Ref         string `json:"ref"`
	State       string `json:"state"`
	LiveWording string `json:"live_wording,omitempty"`
	LiveRef     string `json:"live_ref,omitempty"`
	CheckedAt   string `json:"checked_at"`
}

// exportEditions lists the editions added from files, as stored.
func exportEditions(ctx context.Context, q querier) ([]editionJSON, error) {
	rows, err := readEditions(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("loading the added editions: %w", err)
	}
	out := []editionJSON{}
	for _, r := range rows {
		out = append(out, editionJSON{Edition: r.ed.ID, Revision: r.ed.Revision, FileName: r.ed.Origin.FileName,
			AddedAt: formatTime(r.ed.Origin.AddedAt), Content: r.content})
	}
	return out, nil
}

func wordingToJSON(list []assessment.WordingCheck) []wordingJSON {
	out := []wordingJSON{}
	for _, w := range list {
		out = append(out, wordingJSON{Ref: w.Ref, State: string(w.State), LiveWording: w.LiveWording, LiveRef: w.LiveRef, CheckedAt: formatTime(w.CheckedAt)})
	}
	return out
}

// importEditions reads and checks the file's added editions with the rules
// of the built-in ones. It returns those the app does not already have at
// the same or a higher revision (the others are left as they are), and the
// bank that the file's assessments are checked against.
func (ic *importChecker) importEditions(list []*node) ([]storedEdition, *assessment.Bank) {
	var keep []storedEdition
	bank := ic.bank
	for i, n := range list {
		path := fmt.Sprintf("editions[%d]", i)
		se, ok := ic.edition(n, path)
		if !ok {
			continue
		}
		if bank.CheckNew(se.ed) == nil {
			keep = append(keep, se)
			bank = bank.With([]*assessment.Edition{se.ed})
		}
	}
	return keep, bank
}

// edition checks one added edition of the file.
func (ic *importChecker) edition(n *node, path string) (storedEdition, bool) {
	o := ic.object(n, path)
	before := len(ic.problems)
	id := o.str("edition", true)
	rev, _ := o.integer("revision", true)
	name := o.text("file_name", assessment.MaxShortText, true)
	added := o.moment("added_at", ic.now)
	content := o.typed("content", kindString, true)
	o.done()
	if content == nil || len(ic.problems) > before {
		return storedEdition{}, false
	}
	ed, err := checkEditionFile([]byte(content.str))
	if err != nil {
		ic.add(content.off, join(path, "content"), "the edition file breaks the rules: %s", assessment.ErrorMessage(err))
		return storedEdition{}, false
	}
	if ed.ID != id || int64(ed.Revision) != rev {
		ic.add(n.off, path, "says %s revision %d, but its content is %s revision %d", abbreviate(id), rev, ed.ID, ed.Revision)
		return storedEdition{}, false
	}
	ed.Origin = &assessment.EditionOrigin{FileName: name, AddedAt: added}
	return storedEdition{ed: ed, content: content.str}, true
}

// wording checks an assessment's comparisons with the live toolkit.
func (ic *importChecker) wording(list []*node, path string, ed *assessment.Edition) []assessment.WordingCheck {
	var out []assessment.WordingCheck
	seen := map[string]string{}
	for i, n := range list {
		p := fmt.Sprintf("%s[%d]", path, i)
		o := ic.object(n, p)
		_, ref := ic.ref(o, ed, true)
		w := assessment.WordingCheck{Ref: ref, LiveWording: o.text("live_wording", assessment.MaxLongText, false),
			LiveRef: o.text("live_ref", assessment.MaxShortText, false), CheckedAt: o.moment("checked_at", ic.now)}
		w.State = assessment.WordingState(o.oneOf("state", true, "", string(assessment.WordingMatches), string(assessment.WordingDiffers)))
		if err := w.Check(ed); err != nil && ed.Item(ref) != nil && w.State != "" {
			ic.add(n.off, p, "%s", assessment.ErrorMessage(err))
		}
		if first, dup := seen[ref]; dup {
			ic.add(n.off, p, "is a second wording check for %s (the first is %s)", ref, first)
		}
		seen[ref] = p
		o.done()
		out = append(out, w)
	}
	return out
}

// writeImportedEditions stores the file's added editions.
func writeImportedEditions(ctx context.Context, tx *txn, list []storedEdition, sum *ImportSummary) error {
	for _, se := range list {
		if err := writeEdition(ctx, tx, se); err != nil {
			return err
		}
		sum.AddedEditions = append(sum.AddedEditions, fmt.Sprintf("%s revision %d", se.ed.ID, se.ed.Revision))
	}
	return nil
}

// addToBank puts editions just stored into the bank in use.
func (s *Store) addToBank(list []storedEdition) {
	if len(list) == 0 || s.Bank() == nil {
		return
	}
	var eds []*assessment.Edition
	for _, se := range list {
		eds = append(eds, se.ed)
	}
	s.bank.Store(s.Bank().With(eds))
}
