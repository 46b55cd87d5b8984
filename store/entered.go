package store

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// SaveEnteredOnline records whether the manager has entered a question's
// answer in the online toolkit, for the assessment (that year's sitting).
// It returns when the tick was recorded (zero when it is taken off). A
// published assessment is locked (ELocked); an unknown question is refused
// (EInvalid).
func (s *Store) SaveEnteredOnline(ctx context.Context, assessmentID int64, ref string, entered bool) (time.Time, error) {
	at := s.nowUTC()
	if !entered {
		at = time.Time{}
	}
	err := s.tx(ctx, func(tx *txn) error {
		ed, err := s.writable(ctx, tx, assessmentID)
		if err != nil {
			return err
		}
		if ed.Item(ref) == nil {
			return assessment.Errorf(assessment.EInvalid, "There is no question %q in the %s toolkit.", ref, ed.ID)
		}
		if !entered {
			_, err := tx.ExecContext(ctx, "DELETE FROM entered_online WHERE assessment_id = ? AND ref = ?", assessmentID, ref)
			return wrapEntered(ref, err)
		}
		return writeEntered(ctx, tx, assessmentID, map[string]time.Time{ref: at})
	})
	return at, err
}

func wrapEntered(ref string, err error) error {
	if err != nil {
		return fmt.Errorf("saving whether %s is entered online: %w", ref, err)
	}
	return nil
}

// writeEntered records entered ticks, replacing those of the same questions.
func writeEntered(ctx context.Context, tx *txn, id int64, m map[string]time.Time) error {
	for _, ref := range enteredRefs(m) {
		_, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO entered_online (assessment_id, ref, entered_at) VALUES (?, ?, ?)",
			id, ref, formatTime(m[ref]))
		if err := wrapEntered(ref, err); err != nil {
			return err
		}
	}
	return nil
}

// loadEntered reads an assessment's entered ticks, by reference.
func loadEntered(ctx context.Context, q querier, id int64) (map[string]time.Time, error) {
	type row struct {
		ref string
		at  time.Time
	}
	scan := func(sc scanner) (row, error) {
		var r row
		var at string
		if err := sc.Scan(&r.ref, &at); err != nil {
			return r, err
		}
		var err error
		r.at, err = parseTime(at)
		return r, err
	}
	list, err := queryAll(ctx, q, scan, "SELECT ref, entered_at FROM entered_online WHERE assessment_id = ?", id)
	if err != nil {
		return nil, fmt.Errorf("loading the questions entered online: %w", err)
	}
	out := make(map[string]time.Time, len(list))
	for _, r := range list {
		out[r.ref] = r.at
	}
	return out, nil
}

// enteredRefs lists the references of entered ticks in reference order.
func enteredRefs(m map[string]time.Time) []string {
	refs := make([]string, 0, len(m))
	for ref := range m {
		refs = append(refs, ref)
	}
	sort.Slice(refs, func(i, j int) bool { return assessment.RefLess(refs[i], refs[j]) })
	return refs
}

// enteredJSON is one question ticked as entered in the online toolkit.
type enteredJSON struct {
	Ref       string `json:"ref"`
	EnteredAt string `json:"entered_at"`
}

func enteredToJSON(m map[string]time.Time) []enteredJSON {
	out := []enteredJSON{}
	for _, ref := range enteredRefs(m) {
		out = append(out, enteredJSON{Ref: ref, EnteredAt: formatTime(m[ref])})
	}
	return out
}

// entered checks an assessment's entered ticks from a file.
func (ic *importChecker) entered(list []*node, path string, ed *assessment.Edition) map[string]time.Time {
	out := map[string]time.Time{}
	seen := map[string]string{}
	for i, n := range list {
		p := fmt.Sprintf("%s[%d]", path, i)
		o := ic.object(n, p)
		_, ref := ic.ref(o, ed, true)
		at := o.moment("entered_at", ic.now)
		if first, dup := seen[ref]; dup {
			ic.add(n.off, p, "is a second entered tick for %s (the first is %s)", ref, first)
		}
		seen[ref] = p
		o.done()
		out[ref] = at
	}
	return out
}
