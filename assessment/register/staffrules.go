package register

import (
	"fmt"
	"slices"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// TrainingRule is how the training figure of 3.2.1 is worked out, in the
// one sentence the app shows beside it.
const TrainingRule = "The training figure is the share of the people working for the home today " +
	"(employees, bank staff, volunteers, directors and trustees, and agency staff only if you choose to count them; " +
	"starters from their first day, even this month, and leavers up to their last day) " +
	"whose latest data security training, of any course, was completed in the last twelve months: " +
	"training done on 15 January 2026 counts up to and including 15 January 2027, and is out of date from 16 January 2027."

// TrainingTarget is the share of people, in percent, that 3.2.1 asks to
// have been trained in the last twelve months.
const TrainingTarget = 95

const (
	trainingMonths = 12 // how long data security training counts for
	dueDays        = 60 // how far ahead training falling out of date is listed
	starterMonths  = 12 // how far back a starter's induction is checked (2.1.1)
)

// staffFindings works out what the staff register says about its
// questions, in the order of the register's Questions.
func staffFindings(c Context) []Finding {
	v := newStaffView(c)
	if len(v.people) == 0 {
		return v.empty()
	}
	return []Finding{v.training321(), v.needs311(), v.lead341(), v.list411(), v.induction211(), v.contracts221(), v.leavers424()}
}

// empty says, for each question, that no staff are recorded, with no
// figure and nothing listed as missing: the register is not in use yet.
func (v *staffView) empty() []Finding {
	var out []Finding
	for _, ref := range Named("staff").Questions {
		out = append(out, Finding{Ref: ref, Summary: "No staff recorded yet: add your staff and their training to the staff register to see a figure here"})
	}
	return out
}

// training321 is the 95% rule (see TrainingRule), who is missing, and whose
// training falls out of date in the next 60 days. "What's missing" names
// how many more must be trained to reach 95%, and is empty once the share
// reaches it; the suggested action books everyone not trained, even then.
func (v *staffView) training321() Finding {
	f := Finding{Ref: "3.2.1"}
	people := v.counted()
	if len(people) == 0 {
		f.Summary = "Training: nobody on the staff list is counted today (leavers, people not started yet and agency staff are not), so there is no figure"
		return f
	}
	var missing, due []*person
	for _, p := range people {
		switch {
		case !p.trainedOn(v.today):
			missing = append(missing, p)
		case Soon(p.dueBy(), v.today, dueDays):
			due = append(due, p)
		}
	}
	s := Share{len(people) - len(missing), len(people)}
	f.Summary = fmt.Sprintf("Training: %d of %d staff trained in the last 12 months (%d%%)", s.N, s.Of, s.Percent())
	f.Details = append(v.Sentences(missing), dueLines(due)...)
	f.Details = append(f.Details, v.agencyLine()...)
	f.Details = append(f.Details, v.strayLines()...)
	if !s.Reaches(TrainingTarget) {
		n := s.Short(TrainingTarget)
		f.Missing = fmt.Sprintf("%d more %s training to reach %d%%", n, assessment.Pick(n, "person needs", "people need"), TrainingTarget)
	}
	if len(missing) > 0 {
		f.Action = &assessment.Action{Ref: f.Ref,
			Gap:    fmt.Sprintf("%s not trained in data security in the last 12 months (%d%% trained)", assessment.Count(len(missing), "person", "people"), s.Percent()),
			Action: "Book data security training for " + labels(missing) + ", and record it in the staff register"}
	}
	return f
}

func (v *staffView) Sentences(ps []*person) []string {
	var out []string
	for _, p := range ps {
		if p.trained == nil {
			out = append(out, "Missing: "+p.label()+": no training recorded")
		} else {
			out = append(out, "Missing: "+p.label()+": last trained "+ShowDate(p.trained.last))
		}
	}
	return out
}

// dueLines lists whose training falls out of date soonest first.
func dueLines(ps []*person) []string {
	slices.SortStableFunc(ps, func(a, b *person) int { return a.dueBy().Compare(b.dueBy()) })
	var out []string
	for _, p := range ps {
		out = append(out, "Due by "+ShowDate(p.dueBy())+": "+p.label())
	}
	return out
}

// agencyLine says whether the agency staff working today are counted.
func (v *staffView) agencyLine() []string {
	n := len(v.where(func(p *person) bool { return p.current(v.today) && p.agencyStaff() }))
	switch {
	case n == 0:
		return nil
	case v.agency:
		return []string{assessment.Count(n, "agency worker is", "agency workers are") + " counted, as the setting says"}
	}
	return []string{assessment.Count(n, "agency worker is", "agency workers are") + " not counted, as the setting says"}
}

// strayLines lists names with training in the last twelve months that are
// not on the staff list, which is usually a spelling to put right.
func (v *staffView) strayLines() []string {
	known := make(map[string]bool, len(v.people))
	for _, p := range v.people {
		known[p.key] = true
	}
	var out []string
	for k, t := range v.training {
		if !known[k] && Within(t.last, v.today, trainingMonths) {
			out = append(out, "Trained but not on the staff list (check the spelling): "+t.name+", "+ShowDate(t.last))
		}
	}
	slices.Sort(out)
	return out
}

// needs311 sets out, role by role, what training people had in the last
// twelve months: the starting point of a training needs analysis, which
// the register cannot itself say was done.
func (v *staffView) needs311() Finding {
	f := Finding{Ref: "3.1.1"}
	roles, order := v.byRole(v.counted())
	var untrained []string
	for _, r := range order {
		line, trained := roles[r].line()
		f.Details = append(f.Details, line)
		if trained == 0 {
			untrained = append(untrained, roles[r].name)
		}
	}
	f.Summary = fmt.Sprintf("Training by role, a starting point for the training needs analysis: %s", assessment.Count(len(order), "role", "roles"))
	if len(untrained) > 0 {
		f.Summary += "; nobody trained in the last 12 months in " + JoinAnd(untrained)
	}
	return f
}

// roleGroup is the people of one role and the courses they did in the last
// twelve months.
type roleGroup struct {
	name            string
	people, trained int
	courses         []string
}

func (g *roleGroup) line() (string, int) {
	s := fmt.Sprintf("%s: %s, %d trained in the last 12 months", g.name, assessment.Count(g.people, "person", "people"), g.trained)
	var names []string
	for _, o := range Training.Field("course").Options {
		if slices.Contains(g.courses, o.Key) {
			names = append(names, LowerFirst(o.Label))
		}
	}
	if len(names) > 0 {
		s += " (" + JoinAnd(names) + ")"
	}
	return s, g.trained
}

// byRole groups people by role, letter case and spaces aside, the largest
// role first (roles of the same size in the order met, people being in name
// order); people with no role are grouped as such.
func (v *staffView) byRole(ps []*person) (map[string]*roleGroup, []string) {
	roles := map[string]*roleGroup{}
	var order []string
	for _, p := range ps {
		k, name := NameKey(p.role), p.role
		if name == "" {
			name = "No role recorded"
		}
		g := roles[k]
		if g == nil {
			g = &roleGroup{name: name}
			roles[k] = g
			order = append(order, k)
		}
		g.people++
		if p.trainedOn(v.today) {
			g.trained++
		}
		if p.trained != nil {
			for _, c := range p.trained.recent {
				if !slices.Contains(g.courses, c) {
					g.courses = append(g.courses, c)
				}
			}
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return roles[b].people - roles[a].people })
	return roles, order
}
