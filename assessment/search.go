package assessment

import "strings"

// Search finds the items whose reference starts with the query, or whose
// short title, wording or guidance contains every word of it (ignoring
// case). Reference matches come first, then title and wording matches,
// then guidance-only matches, each in walkthrough order.
func Search(ed *Edition, query string) []*Item {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	var byRef, byText, byGuidance []*Item
	for _, g := range ed.Groups {
		for _, it := range g.Items {
			switch {
			case len(words) == 1 && strings.HasPrefix(it.Ref, words[0]):
				byRef = append(byRef, it)
			case containsAll(strings.ToLower(it.Short+" "+it.Question), words):
				byText = append(byText, it)
			case containsAll(strings.ToLower(it.Guidance.text()), words):
				byGuidance = append(byGuidance, it)
			}
		}
	}
	return append(append(byRef, byText...), byGuidance...)
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// text joins all the guidance text.
func (g Guidance) text() string {
	return strings.Join(append([]string{g.Meaning, g.GoodAnswer, g.Example, g.Pitfalls, g.NotApplicable}, g.Templates...), " ")
}
