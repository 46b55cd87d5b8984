package register

import "testing"

func TestCorrectingANameKeepsTheTrainingWithThePerson(t *testing.T) {
	b := Book{Rows: map[string][]Row{
		"staff": {{ID: 1, Values: Values{"name": "Jo Bloggs"}}, {ID: 2, Values: Values{"name": "Sam Lee"}}},
		"training": {
			{ID: 10, Values: Values{"person": "jo  bloggs", "course": "awareness"}},
			{ID: 11, Values: Values{"person": "Sam Lee", "course": "awareness"}},
			{ID: 12, Values: Values{"person": "Jo Bloggs", "course": "lead"}},
		},
	}}
	got := Staff.Follow(Values{"name": "Jo Bloggs"}, Values{"name": "Jo Bloggs-Smith"}, b)
	if len(got) != 2 || got[0].ID != 10 || got[1].ID != 12 || got[0].Values["person"] != "Jo Bloggs-Smith" || got[1].Values["course"] != "lead" {
		t.Fatalf("followed %+v", got)
	}
	if b.Rows["training"][0].Values["person"] != "jo  bloggs" {
		t.Error("Follow changed the book it was given")
	}
	for name, now := range map[string]Values{
		"a new row":      nil,
		"no change":      {"name": "Jo Bloggs"},
		"a name cleared": {"name": ""},
		"another field":  {"name": "Jo Bloggs", "role": "Cook"},
	} {
		old := Values{"name": "Jo Bloggs"}
		if name == "a new row" {
			old, now = Values{}, Values{"name": "Jo Bloggs"}
		}
		if got := Staff.Follow(old, now, b); len(got) != 0 {
			t.Errorf("%s: followed %+v", name, got)
		}
	}
	b.Rows["staff"] = append(b.Rows["staff"], Row{ID: 3, Values: Values{"name": "JO BLOGGS"}})
	if got := Staff.Follow(Values{"name": "Jo Bloggs"}, Values{"name": "Jo Smith"}, b); len(got) != 0 {
		t.Errorf("another person of the same name still names those records, but %+v followed", got)
	}
}
