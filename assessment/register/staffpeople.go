package register

import (
	"slices"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// The staff list read once for the rules: each person with their dates
// parsed and their training found, so that every finding and every row's
// note works from the same reading.

// person is one row of the staff list with what the rules need of it.
type person struct {
	row              Row
	key              string // NameKey of the name
	name, role, kind string
	start, left      time.Time  // zero when not recorded
	trained          *trainedAs // nil when no training of theirs counts
}

// trainedAs is what the training table says of one name.
type trainedAs struct {
	name   string    // as written in its first record
	last   time.Time // latest training completed on or before today
	lead   time.Time // latest role training for the data security lead
	recent []string  // courses done in the last twelve months, by key
}

// staffView is the staff list and training as the rules read them on a day.
type staffView struct {
	today    time.Time
	agency   bool                  // agency staff count towards 3.2.1
	people   []*person             // every row of the staff list, by name
	training map[string]*trainedAs // by NameKey
}

// newStaffView reads the staff list and the training table once: the
// training is indexed by name, then each person is joined to theirs.
func newStaffView(c Context) *staffView {
	v := &staffView{today: assessment.Day(c.Today), agency: c.Setting(CountAgency)}
	v.training = indexTraining(c.Book.Of(Training.Name), v.today)
	rows := c.Book.Of(Staff.Name)
	v.people = make([]*person, len(rows))
	for i, r := range rows {
		v.people[i] = v.read(r)
	}
	slices.SortStableFunc(v.people, func(a, b *person) int { return strings.Compare(a.key, b.key) })
	return v
}

func (v *staffView) read(r Row) *person {
	p := &person{row: r, name: strings.TrimSpace(r.Text("name")), role: strings.TrimSpace(r.Text("role")), kind: r.Text("type"),
		start: r.Date("start_date"), left: r.Date("leaving_date")}
	p.key = NameKey(p.name)
	p.trained = v.training[p.key]
	return p
}

// indexTraining gathers each name's training that counts: completed on or
// before today and not failed.
func indexTraining(rows []Row, today time.Time) map[string]*trainedAs {
	out := map[string]*trainedAs{}
	var buf []byte
	yearAgo := assessment.AddMonths(today, -trainingMonths)
	for _, r := range rows {
		done := r.Date("completed")
		if done.IsZero() || done.After(today) || failed(r.Text("result")) {
			continue
		}
		buf = AppendNameKey(buf[:0], r.Text("person"))
		t := out[string(buf)]
		if t == nil {
			t = &trainedAs{name: strings.TrimSpace(r.Text("person"))}
			out[string(buf)] = t
		}
		t.add(r.Text("course"), done, today, yearAgo)
	}
	return out
}

// add counts one record; yearAgo (the same date twelve months before
// today) spares the exact twelve-month test for the many older records
// before it, which cannot pass it.
func (t *trainedAs) add(course string, done, today, yearAgo time.Time) {
	if done.After(t.last) {
		t.last = done
	}
	if course == "lead" && done.After(t.lead) {
		t.lead = done
	}
	if !done.Before(yearAgo) && Within(done, today, trainingMonths) && !slices.Contains(t.recent, course) {
		t.recent = append(t.recent, course)
	}
}

// failed reports whether a training record's pass or score says it was
// not passed: such a record does not count as training completed.
func failed(result string) bool {
	r := strings.TrimSpace(result)
	for _, no := range []string{"fail", "not pass", "did not pass", "not completed"} {
		if len(r) >= len(no) && strings.EqualFold(r[:len(no)], no) {
			return true
		}
	}
	return false
}

// current reports whether the person works for the home on the day: they
// started on or before it (or no start is recorded) and had not left
// before it.
func (p *person) current(today time.Time) bool {
	return (p.start.IsZero() || !p.start.After(today)) && !p.gone(today)
}

// gone reports whether the person left before the day.
func (p *person) gone(today time.Time) bool { return !p.left.IsZero() && p.left.Before(today) }

// agencyStaff reports whether the person comes from an agency.
func (p *person) agencyStaff() bool { return p.kind == "agency" }

// trainedOn reports whether the person's latest training is within the
// last twelve months on the day.
func (p *person) trainedOn(today time.Time) bool {
	return p.trained != nil && Within(p.trained.last, today, trainingMonths)
}

// dueBy is the last day the person's latest training counts: the same date
// twelve months on (see CountsUntil); from the next day it is out of date.
func (p *person) dueBy() time.Time { return CountsUntil(p.trained.last, trainingMonths) }

// label names the person with their role (or their type when no role is
// recorded): "Jo Bloggs (care assistant)".
func (p *person) label() string {
	role := p.role
	if role == "" {
		role = strings.ToLower(Staff.Field("type").OptionLabel(p.kind))
	}
	return withAside(p.name, role)
}

// labels names people for a sentence: their names with roles when there
// are a few, or how many when there are more.
func labels(ps []*person) string {
	if len(ps) > 5 {
		return assessment.Count(len(ps), "person", "people")
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.name
	}
	return JoinAnd(out)
}

// current returns the people who work for the home on the day, of every type.
func (v *staffView) current() []*person {
	return v.where(func(p *person) bool { return p.current(v.today) })
}

// counted returns the people the training figure counts: those who work for
// the home on the day, agency staff only when the setting says so.
func (v *staffView) counted() []*person { return v.where(v.counts) }

// counts reports whether the training figure counts the person.
func (v *staffView) counts(p *person) bool {
	return p.current(v.today) && (v.agency || !p.agencyStaff())
}

func (v *staffView) where(keep func(*person) bool) []*person {
	var out []*person
	for _, p := range v.people {
		if keep(p) {
			out = append(out, p)
		}
	}
	return out
}
