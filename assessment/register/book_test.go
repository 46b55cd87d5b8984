package register

import (
	"slices"
	"testing"
)

func TestCarryForwardKeepsTheTablesThatCarryAndTheSettings(t *testing.T) {
	last := Book{Rows: map[string][]Row{
		"staff":      {{ID: 7, Table: "staff", Values: Values{"name": "Jo Bloggs", "type": "employee"}}},
		"training":   {{ID: 8, Table: "training", Values: Values{"person": "Jo Bloggs"}}},
		"incidents":  {{ID: 9, Table: "incidents", Values: Values{"what": "Lost letter"}}},
		"spotchecks": {{ID: 10, Table: "spotchecks", Values: Values{"area": "screens"}}},
		"risks":      {{ID: 11, Table: "risks", Values: Values{"risk": "Phishing"}}},
	}, Settings: map[string]string{CountAgency.Key: "yes"}}
	next := last.CarryForward()
	if len(next.Of("staff")) != 1 || len(next.Of("training")) != 1 || len(next.Of("risks")) != 1 {
		t.Errorf("carried %v", next.Rows)
	}
	if len(next.Of("incidents")) != 0 || len(next.Of("spotchecks")) != 0 {
		t.Error("breaches and spot checks were carried; they stay with their year")
	}
	if r := next.Of("staff")[0]; r.ID != 0 || r.Values["name"] != "Jo Bloggs" {
		t.Errorf("a carried row should be new, with the same values: %+v", r)
	}
	next.Of("staff")[0].Values["name"] = "Changed"
	next.Settings[CountAgency.Key] = "no"
	if last.Of("staff")[0].Values["name"] != "Jo Bloggs" || last.Settings[CountAgency.Key] != "yes" {
		t.Error("changing next year's registers changed last year's")
	}
	if next.Count() != 3 || last.Count() != 5 {
		t.Errorf("counts %d and %d, want 3 and 5", next.Count(), last.Count())
	}
}

func TestSettingKeysListsEveryRegistersSettings(t *testing.T) {
	keys := SettingKeys()
	found := false
	for _, k := range keys {
		found = found || k == CountAgency.Key
	}
	if !found {
		t.Errorf("SettingKeys() = %v, lacks %s", keys, CountAgency.Key)
	}
}

func TestCloneIsIndependent(t *testing.T) {
	b := Book{Rows: map[string][]Row{"staff": {{ID: 3, Table: "staff", Values: Values{"name": "Jo"}}}}, Settings: map[string]string{"k": "yes"}}
	c := b.Clone()
	c.Rows["staff"][0].Values["name"] = "Changed"
	c.Rows["staff"] = append(c.Rows["staff"], Row{ID: 4})
	c.Settings["k"] = "no"
	if b.Rows["staff"][0].Values["name"] != "Jo" || len(b.Rows["staff"]) != 1 || b.Settings["k"] != "yes" || c.Rows["staff"][0].ID != 3 {
		t.Errorf("the clone shares with the original: %+v", b)
	}
}

func TestYearTablesAreTheOnesThatDoNotCarry(t *testing.T) {
	if got := YearTables(); !slices.Equal(got, []string{"incidents", "spotchecks"}) {
		t.Errorf("YearTables() = %v", got)
	}
}
