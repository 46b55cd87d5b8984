package register

import (
	"slices"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestAnOverviewCountsRowsFiguresAndWhatWantsAttention(t *testing.T) {
	b := newStaffBook().
		who("Ann Able", "Carer", "employee", "start_date", "2020-01-06").
		who("Bob Brown", "Cook", "employee", "start_date", "2020-01-06").
		trained("Ann Able", "awareness", "2026-09-01", "Pass")
	c := b.context()
	r := Named("staff")
	o := OverviewOf(r, c, Findings(c))
	if !slices.Equal(o.Rows, []int{2, 1}) || o.Counts() != "2 people · 1 training record" {
		t.Errorf("rows %v, %q", o.Rows, o.Counts())
	}
	var refs []string
	missing := 0
	for _, f := range o.Findings {
		refs = append(refs, f.Ref)
		if f.Register != "staff" {
			t.Errorf("%s: a finding of the %s register", f.Ref, f.Register)
		}
		if f.Missing != "" {
			missing++
		}
	}
	if want := r.Questions[:len(refs)]; !slices.Equal(refs, want) {
		t.Errorf("figures for %v, want them in the register's order %v", refs, want)
	}
	if o.Missing != missing || missing == 0 {
		t.Errorf("%d findings missing something counted, %d found (Bob has no training)", o.Missing, missing)
	}
	if o.Warned[0] != 1 {
		t.Errorf("%d people warned of, want 1 (Bob has no training)", o.Warned[0])
	}
	if o.Attention() != missing+1 || o.AttentionText() != assessment.Count(missing, "question", "questions")+" · 1 person" {
		t.Errorf("attention %d: %q", o.Attention(), o.AttentionText())
	}
}

func TestAnEmptyRegistersOverviewWantsNothingAndSaysWhereRowsStayWithTheirYear(t *testing.T) {
	c := Context{Today: staffToday}
	o := OverviewOf(Named("incidents"), c, Findings(c))
	if o.Counts() != "0 incidents this year" || o.Attention() != 0 || o.AttentionText() != "" {
		t.Errorf("%q, attention %d %q", o.Counts(), o.Attention(), o.AttentionText())
	}
}
