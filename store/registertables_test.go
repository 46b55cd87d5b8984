package store

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// TestRegisterTablesLoadsOnlyThoseNamed: the named tables' rows and every
// setting; nil names every table, as Registers does; an empty list none.
func TestRegisterTablesLoadsOnlyThoseNamed(t *testing.T) {
	s, a := openNew(t)
	ctx := context.Background()
	for table, v := range map[string]register.Values{
		"staff":     {"name": "Jo Bloggs", "type": "employee"},
		"incidents": {"found": "2027-01-10", "what": "A letter went to the wrong family.", "type": "wrong_person"},
	} {
		if _, err := s.SaveRegisterRow(ctx, a.ID, register.Row{Table: table, Values: v}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveRegisterSetting(ctx, a.ID, register.CountAgency.Key, true); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		tables []string
		want   []string
	}{{[]string{"incidents"}, []string{"incidents"}}, {nil, []string{"incidents", "staff"}}, {[]string{}, nil}} {
		b, err := s.RegisterTables(ctx, a.ID, c.tables)
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Sorted(maps.Keys(b.Rows)); !slices.Equal(got, c.want) || b.Settings[register.CountAgency.Key] != "yes" {
			t.Errorf("tables %q: loaded %v, settings %v", c.tables, got, b.Settings)
		}
	}
}
