package register

import (
	"fmt"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// The staff register's findings for the lead's training (3.4.1), the record
// of people and roles (4.1.1), induction (2.1.1), contracts (2.2.1) and
// leavers' access (4.2.4).

// lead341 lists the role training of the data security lead: the "Role
// training for the data security lead" course done by anyone working for
// the home today.
func (v *staffView) lead341() Finding {
	f := Finding{Ref: "3.4.1"}
	var leads []string
	for _, p := range v.current() {
		if p.trained == nil || p.trained.lead.IsZero() {
			continue
		}
		line := p.label() + " on " + ShowDate(p.trained.lead)
		if !Within(p.trained.lead, v.today, trainingMonths) {
			line += " (more than 12 months ago)"
		}
		leads = append(leads, line)
	}
	if len(leads) == 0 {
		f.Summary = "Data security lead: no role training recorded"
		f.Missing = "No role training for the data security lead is recorded"
		f.Action = &assessment.Action{Ref: f.Ref, Gap: f.Missing,
			Action: "Book training suited to the data security lead's role, and record it in the staff register as \"Role training for the data security lead\""}
		return f
	}
	f.Summary = "Data security lead: role training recorded for " + JoinAnd(leads)
	return f
}

// typeWords names each type of person, one and many, for the staff list's
// figure.
var typeWords = map[string][2]string{
	"employee": {"employee", "employees"}, "bank": {"bank worker", "bank workers"}, "agency": {"agency worker", "agency workers"},
	"volunteer": {"volunteer", "volunteers"}, "director": {"director or trustee", "directors or trustees"},
}

// list411 is the record of people and their roles: everyone working for
// the home today, by type. The register itself is the evidence.
func (v *staffView) list411() Finding {
	f := Finding{Ref: "4.1.1", ExportAsEvidence: true}
	now := v.current()
	if len(now) == 0 {
		f.Summary = "Staff list: nobody on it works for the home today"
		return f
	}
	f.Summary = fmt.Sprintf("Staff list: %s and their roles (%s)", assessment.Count(len(now), "person", "people"), typeCounts(now))
	var noRole []*person
	for _, p := range now {
		if p.role == "" {
			noRole = append(noRole, p)
			f.Details = append(f.Details, "No role recorded: "+p.name)
		}
	}
	f.Details = append(f.Details, v.listLines()...)
	if len(noRole) > 0 {
		f.Missing = assessment.Count(len(noRole), "person has", "people have") + " no role recorded"
		f.Action = &assessment.Action{Ref: f.Ref, Gap: f.Missing, Action: "Record the role of " + labels(noRole) + " in the staff register"}
	}
	return f
}

func typeCounts(ps []*person) string {
	n := map[string]int{}
	for _, p := range ps {
		n[p.kind]++
	}
	var out []string
	for _, o := range Staff.Field("type").Options {
		if w := typeWords[o.Key]; n[o.Key] > 0 {
			out = append(out, assessment.Count(n[o.Key], w[0], w[1]))
		}
	}
	return strings.Join(out, ", ")
}

// listLines says who is starting soon, how many leavers the list keeps and
// when it was last changed.
func (v *staffView) listLines() []string {
	var out []string
	var changed time.Time
	leavers := 0
	for _, p := range v.people {
		if p.start.After(v.today) && !p.gone(v.today) {
			out = append(out, "Starting on "+ShowDate(p.start)+": "+p.label())
		}
		if p.gone(v.today) {
			leavers++
		}
		changed = latest(changed, p.row.Created, p.row.Updated)
	}
	if leavers > 0 {
		out = append(out, assessment.Count(leavers, "leaver is", "leavers are")+" kept on the list")
	}
	if !changed.IsZero() {
		out = append(out, "Last changed on "+ShowDate(changed))
	}
	return out
}

func latest(ts ...time.Time) time.Time {
	var out time.Time
	for _, t := range ts {
		if t.After(out) {
			out = t
		}
	}
	return out
}

// induction211 lists the people who started in the last twelve months (of
// those the training figure counts) without an induction date covering
// data security.
func (v *staffView) induction211() Finding {
	f := Finding{Ref: "2.1.1"}
	starters := v.where(func(p *person) bool {
		return v.counts(p) && !p.start.IsZero() && Within(p.start, v.today, starterMonths)
	})
	if len(starters) == 0 {
		f.Summary = "Induction: nobody started in the last 12 months"
		return f
	}
	var without []*person
	for _, p := range starters {
		if p.row.Date("induction_date").IsZero() {
			without = append(without, p)
			f.Details = append(f.Details, "No induction recorded: "+p.label()+", started "+ShowDate(p.start))
		}
	}
	f.Summary = fmt.Sprintf("Induction: %d of %s who started in the last 12 months had data security covered at induction",
		len(starters)-len(without), assessment.Count(len(starters), "person", "people"))
	if len(without) > 0 {
		f.Missing = assessment.Count(len(without), "starter has", "starters have") + " no induction covering data security recorded"
		f.Action = &assessment.Action{Ref: f.Ref, Gap: f.Missing,
			Action: "Go through data security and confidentiality with " + labels(without) + " as part of their induction, and record the date in the staff register"}
	}
	return f
}

// contracts221 lists the people working for the home today whose contract
// or agreement is not recorded as having the data security clause ("no" or
// blank). Agency staff are left out: their contract is with their agency.
func (v *staffView) contracts221() Finding {
	f := Finding{Ref: "2.2.1"}
	people := v.where(func(p *person) bool { return p.current(v.today) && !p.agencyStaff() })
	if len(people) == 0 {
		f.Summary = "Contracts: nobody working for the home today has a contract or agreement with it on the list"
		return f
	}
	var without []*person
	for _, p := range people {
		switch {
		case p.row.No("contract_clause"):
			f.Details = append(f.Details, "No clause: "+p.label())
		case !p.row.Yes("contract_clause"):
			f.Details = append(f.Details, "Clause not recorded: "+p.label())
		default:
			continue
		}
		without = append(without, p)
	}
	f.Summary = fmt.Sprintf("Contracts: %d of %d people's contracts or agreements have the data security clause", len(people)-len(without), len(people))
	if len(without) > 0 {
		f.Missing = assessment.Count(len(without), "person's contract or agreement does", "people's contracts or agreements do") + " not show the data security clause"
		f.Action = &assessment.Action{Ref: f.Ref, Gap: f.Missing,
			Action: "Add the data security clause to the contracts or agreements of " + labels(without) + " (and to the templates), and record it in the staff register"}
	}
	return f
}

// leavers424 lists the people who have left (before today) without a date
// their access was removed.
func (v *staffView) leavers424() Finding {
	f := Finding{Ref: "4.2.4"}
	gone := v.where(func(p *person) bool { return p.gone(v.today) })
	if len(gone) == 0 {
		f.Summary = "Leavers: nobody on the staff list has left"
		return f
	}
	var without []*person
	for _, p := range gone {
		if p.row.Date("access_removed").IsZero() {
			without = append(without, p)
			f.Details = append(f.Details, "Access removal not recorded: "+p.label()+", left "+ShowDate(p.left))
		}
	}
	f.Summary = fmt.Sprintf("Leavers: access removal recorded for %d of %s who have left", len(gone)-len(without), assessment.Count(len(gone), "person", "people"))
	if len(without) > 0 {
		f.Missing = assessment.Count(len(without), "leaver has", "leavers have") + " no access removal recorded"
		f.Action = &assessment.Action{Ref: f.Ref, Gap: f.Missing,
			Action: "Check that the logins, keys, fobs and cards of " + labels(without) + " were removed or closed, and record the date in the staff register"}
	}
	return f
}
