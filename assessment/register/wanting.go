package register

import "github.com/dsptdesk/dsptdesk/assessment"

// Wanting is what the registers find missing, laid out for a list of gaps
// ("What's missing" in the window and the pack).
type Wanting struct {
	// ByRef holds, for each question in the list of gaps, its findings'
	// Missing lines.
	ByRef map[string][]string
	// Others are the findings with something missing for questions not in
	// the list, in the edition's order.
	Others []Finding
}

// WantingFor lays out the registers' Missing lines beside a list of gaps,
// given by their question references: under each listed question its own,
// then the rest.
func WantingFor(ed *assessment.Edition, gapRefs []string, findings map[string][]Finding) Wanting {
	w := Wanting{ByRef: map[string][]string{}}
	listed := map[string]bool{}
	for _, ref := range gapRefs {
		listed[ref] = true
		for _, f := range findings[ref] {
			if f.Missing != "" {
				w.ByRef[ref] = append(w.ByRef[ref], f.Missing)
			}
		}
	}
	for _, it := range ed.Ordered() {
		for _, f := range findings[it.Ref] {
			if !listed[it.Ref] && f.Missing != "" {
				w.Others = append(w.Others, f)
			}
		}
	}
	return w
}
