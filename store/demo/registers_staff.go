package demo

import (
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// Rosewood House's staff and training register: 50 people working there
// today, of whom 47 had data security training in the last twelve months
// (a care assistant whose training lapsed, a bank care assistant never
// trained, and a starter of this week not trained yet), four falling due
// in the next 60 days, a starter without induction recorded, a volunteer
// whose agreement lacks the clause, and three leavers, one without access
// removal recorded. The list carries into next year, so it is this year's.

func init() { sampleRegisters = append(sampleRegisters, sampleStaff) }

// staffMember is one person of the sample: months since they started
// (0: this week), days since their latest data security training (0:
// none), and the course they do (in-house for the kitchen, housekeeping
// and maintenance, e-learning for the rest).
type staffMember struct {
	name, role, kind string
	months, trained  int
	inhouse          bool
}

var rosewoodStaff = []staffMember{
	{"Grace Okafor", "Registered manager", "employee", 98, 200, false},
	{"Tom Hughes", "Deputy manager and data security lead", "employee", 74, 120, false},
	{"Priya Patel", "Nurse", "employee", 60, 45, false},
	{"Daniel Evans", "Nurse", "employee", 40, 330, false},
	{"Sarah Mitchell", "Nurse", "employee", 28, 90, false},
	{"Joseph Mensah", "Nurse", "employee", 15, 150, false},
	{"Claire Robinson", "Senior carer", "employee", 84, 60, false},
	{"Mohammed Akhtar", "Senior carer", "employee", 52, 340, false},
	{"Emma Thompson", "Senior carer", "employee", 36, 100, false},
	{"Lucy Barker", "Senior carer", "employee", 22, 210, false},
	{"Agnieszka Nowak", "Senior carer", "employee", 44, 75, false},
	{"Mary Doyle", "Night senior carer", "employee", 110, 35, false},
	{"David Clarke", "Senior carer", "employee", 62, 115, false},
	{"Chloe Davies", "Care assistant", "employee", 30, 180, false},
	{"Jessica Wright", "Care assistant", "employee", 26, 55, false},
	{"Ryan O'Connor", "Care assistant", "employee", 18, 430, false},
	{"Amelia Green", "Care assistant", "employee", 13, 240, false},
	{"Olivia Hall", "Care assistant", "employee", 40, 120, false},
	{"Sophie Turner", "Care assistant", "employee", 9, 260, false},
	{"Liam Walker", "Care assistant", "employee", 58, 25, false},
	{"Hannah Bennett", "Care assistant", "employee", 8, 230, false},
	{"Chidi Okonkwo", "Care assistant", "employee", 33, 160, false},
	{"Megan Lewis", "Care assistant", "employee", 16, 350, false},
	{"Bethany Clarke", "Care assistant", "employee", 4, 115, false},
	{"Kirsty Campbell", "Care assistant", "employee", 70, 95, false},
	{"Aisha Rahman", "Care assistant", "employee", 11, 200, false},
	{"Jack Morris", "Night care assistant", "employee", 24, 140, false},
	{"Rebecca Price", "Night care assistant", "employee", 20, 170, false},
	{"Natalia Kowalski", "Night care assistant", "employee", 14, 320, false},
	{"Samuel Adeyemi", "Night care assistant", "employee", 6, 150, false},
	{"Holly Jenkins", "Care assistant", "employee", 2, 45, false},
	{"Zoe Cooper", "Care assistant", "employee", 0, 0, false},
	{"Ellie Shaw", "Care assistant", "employee", 38, 65, false},
	{"Nathan Ward", "Care assistant", "employee", 27, 80, false},
	{"Victoria Hill", "Care assistant", "employee", 3, 80, false},
	{"Sandra Ellis", "Care assistant", "employee", 5, 140, false},
	{"Patricia Flynn", "Cook", "employee", 120, 210, true},
	{"Gareth Jones", "Assistant cook", "employee", 34, 190, true},
	{"Susan Fletcher", "Kitchen assistant", "employee", 21, 185, true},
	{"Denise Harper", "Housekeeper", "employee", 96, 205, true},
	{"Karen Lloyd", "Domestic", "employee", 45, 205, true},
	{"Beata Lis", "Laundry assistant", "employee", 17, 205, true},
	{"Keith Marshall", "Maintenance", "employee", 130, 220, true},
	{"Janet Cole", "Administrator", "employee", 66, 50, false},
	{"Helen Parry", "Activities coordinator", "employee", 48, 70, false},
	{"Paul Stevens", "Care assistant", "bank", 30, 0, false},
	{"Fiona Reid", "Nurse", "bank", 25, 130, false},
	{"Ian Mackenzie", "Care assistant", "bank", 11, 100, false},
	{"Dorothy Evans", "Activities volunteer", "volunteer", 19, 160, false},
	{"Richard Lawson", "Director", "director", 150, 280, false},
}

// rosewoodLeavers left months ago; access removal was recorded for two.
var rosewoodLeavers = []struct {
	name, role    string
	months, left  int // months since they started; days since they left
	accessRemoved bool
}{
	{"Craig Foster", "Care assistant", 30, 20, false},
	{"Laura Simmons", "Nurse", 54, 95, true},
	{"Amy Fisher", "Senior carer", 40, 210, true},
}

// sampleStaff makes the staff list and training for the day the sample is
// made.
func sampleStaff(now time.Time) (thisYear, lastYear map[string][]register.Values) {
	today := assessment.Day(now)
	var staff, training []register.Values
	for _, m := range rosewoodStaff {
		staff = append(staff, m.row(today))
		training = append(training, m.training(today)...)
	}
	for _, l := range rosewoodLeavers {
		m := staffMember{name: l.name, role: l.role, kind: "employee", months: l.months, trained: l.left + 150}
		v := m.row(today)
		v["leaving_date"] = assessment.FormatDate(today.AddDate(0, 0, -l.left))
		if l.accessRemoved {
			v["access_removed"] = assessment.FormatDate(today.AddDate(0, 0, -l.left+1))
		}
		staff = append(staff, v)
		training = append(training, m.training(today)...)
	}
	training = append(training, leadTraining(today)...)
	return map[string][]register.Values{register.Staff.Name: staff, register.Training.Name: training}, nil
}

// started is the day the person started: this week for a starter of 0
// months.
func (m staffMember) started(today time.Time) time.Time {
	if m.months == 0 {
		return today.AddDate(0, 0, -6)
	}
	return today.AddDate(0, -m.months, -3)
}

func (m staffMember) row(today time.Time) register.Values {
	start := assessment.FormatDate(m.started(today))
	v := register.Values{"name": m.name, "role": m.role, "type": m.kind, "start_date": start, "contract_clause": "yes", "induction_date": start}
	switch m.name {
	case "Bethany Clarke":
		delete(v, "induction_date")
	case "Dorothy Evans":
		v["contract_clause"] = "no"
	}
	return v
}

// training is the person's data security training: their latest, then one
// a year before each earlier year they worked here.
func (m staffMember) training(today time.Time) []register.Values {
	if m.trained == 0 {
		return nil
	}
	start := m.started(today)
	var out []register.Values
	for done := today.AddDate(0, 0, -m.trained); !done.Before(start); done = done.AddDate(-1, 0, 0) {
		out = append(out, m.record(done))
	}
	return out
}

func (m staffMember) record(done time.Time) register.Values {
	if m.inhouse {
		return register.Values{"person": m.name, "course": "inhouse", "completed": assessment.FormatDate(done), "certificate": "Training sign-in sheets, manager's office cabinet", "result": "Attended"}
	}
	return register.Values{"person": m.name, "course": "awareness", "completed": assessment.FormatDate(done), "certificate": "Certificates in staff files, manager's office cabinet", "result": "Pass"}
}

// leadTraining is Tom Hughes's role training as data security lead: in May
// (as the sample's answer to 3.4.1 says), and two years before.
func leadTraining(today time.Time) []register.Values {
	may := time.Date(today.Year(), time.May, 15, 0, 0, 0, 0, time.UTC)
	if may.After(today) {
		may = may.AddDate(-1, 0, 0)
	}
	var out []register.Values
	for _, d := range []time.Time{may, may.AddDate(-2, 0, 0)} {
		out = append(out, register.Values{"person": "Tom Hughes", "course": "lead", "completed": assessment.FormatDate(d), "certificate": "Certificates in staff files, manager's office cabinet", "result": "Pass"})
	}
	return out
}
