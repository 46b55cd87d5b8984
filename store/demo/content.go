package demo

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// answers is Rosewood House's work so far: most of what Approaching
// Standards needs and about two thirds of Standards Met.
func answers() []assessment.Answer {
	return []assessment.Answer{
		text("1.1.5", "Grace Okafor (registered manager) owns data security and Tom Hughes (deputy manager) is our data security and protection lead; both roles are written into their job descriptions, updated in March. Data security is a standing item at the monthly management meeting, and the minutes record what we discussed and decided."),
		tick("2.1.1", "Induction checklist covers passwords, confidentiality, phishing and how to report a breach."),
		tick("2.2.1", "Contract and volunteer agreement templates updated by our HR adviser in January."),
		tick("3.1.1", ""),
		{Ref: "3.2.1", Comment: "47 of 50 staff trained in the last 12 months (94%). The three still to do are booked for the next e-learning session."},
		tick("3.4.1", "Tom completed the data security lead course in May."),
		tick("4.1.1", "Our rota system holds the staff list with roles; the office updates it for starters and leavers."),
		text("1.1.1", "ZA765432"),
		{Ref: "1.1.2", Comment: "Reviewed and signed off at the management meeting in April."},
		{Ref: "1.1.3"},
		tick("1.3.1", "Policies reviewed in February; next review due in three years."),
		tick("1.3.7", ""),
		tick("1.3.8", "Section 9 of the data protection policy covers DPIAs."),
		tick("1.4.1", ""),
		tick("1.4.2", "Contract with our shredding company reviewed in January; certificates kept."),
		notApplicable("1.4.3", "We do not destroy records ourselves: everything goes in the locked confidential waste console and is collected monthly."),
		tick("10.1.2", ""),
		text("1.3.12", "Care records do not leave the building. For hospital trips staff take only the printed hospital passport, in a sealed envelope, and hand it over in person. Nothing is left in cars."),
		text("1.3.13", "Key-pad entry at the front door; visitors sign in and are accompanied. The office is locked when empty, care files are in locked cabinets, and the PCs lock after five minutes."),
		tick("6.1.1", "Breach and near-miss log kept by Tom; staff report to the nurse in charge."),
		tick("6.1.2", "Grace and the owner were told of each breach the day it was found and approved the actions; see the breach log."),
		tick("6.1.3", "The people affected by each breach, or their families, were told within two days; see the breach log."),
		tick("5.1.1", "Each breach and near miss reviewed for the way of working behind it; the lessons are in the breach log."),
		{Ref: "7.1.2", Comment: "Draft plan written; the IT section still needs our IT company's input."},
		text("1.3.6", "1. A member of staff opens a phishing email: phishing is in this year's training, and our IT company filters email and has turned on multi-factor sign-in. 2. The care records system is unavailable: care plans and MAR charts are printed each week. 3. A laptop or tablet is lost or stolen: every tablet has a passcode, and the last laptop is being encrypted."),
		tick("4.2.4", "Leavers checklist signed off by the deputy manager."),
		tick("6.2.1", "Confirmed by our IT company in their quarterly report."),
		tick("1.6.6", "Only the deputy manager uses her own phone for work (NHSmail); she has signed the BYOD agreement, and the phone has a passcode and updates itself."),
		tick("7.3.6", "Nightly backup to our IT company's cloud backup service."),
		tick("4.5.3", ""),
		text("7.3.4", "Our IT company backs up the office PC and the shared drive every night to their cloud backup service; the care record system is backed up by its supplier. Backups are encrypted."),
		tick("8.1.4", ""),
		{Ref: "8.2.1", Comment: "The reception PC is still on Windows 10: it is used only for signing visitors in, holds no care records, and is replaced in January."},
		tick("9.1.1", "Router and Wi-Fi passwords changed by our IT company when installed."),
	}
}

// lastYearAnswers is what Rosewood House published at Approaching Standards
// last year: every question that level needs, and some of the rest.
func lastYearAnswers() []assessment.Answer {
	keep := map[string]bool{"3.1.1": true, "3.4.1": true, "1.3.6": true, "7.3.4": true, "8.1.4": true, "8.2.1": true, "9.1.1": true, "5.1.1": true}
	var out []assessment.Answer
	for _, a := range answers() {
		if it := lastYearLevel[a.Ref]; it || keep[a.Ref] {
			out = append(out, a)
		}
	}
	out[0] = text("1.1.5", "Grace Okafor (registered manager) owns data security and discusses it with the owner each quarter.")
	return append(out,
		tick("7.3.2", "Printed list in the red folder by the office phone."),
		text("4.5.4", "Everyone has their own login; passwords are at least 12 characters and never shared or written down."),
		tick("7.3.5", "Our IT company restored a sample of files in April."),
	)
}

// lastYearLevel marks the questions needed for Approaching Standards.
var lastYearLevel = map[string]bool{
	"1.1.5": true, "2.1.1": true, "2.2.1": true, "4.1.1": true,
	"1.1.1": true, "1.1.2": true, "1.1.3": true, "1.3.1": true, "1.3.7": true, "1.3.8": true, "1.4.1": true, "1.4.2": true, "1.4.3": true, "10.1.2": true,
	"1.3.12": true, "1.3.13": true, "6.1.1": true, "6.1.2": true, "6.1.3": true,
	"4.2.4": true, "6.2.1": true, "1.6.6": true, "7.3.6": true,
}

// sampleFile is one evidence file the sample creates, with its contents.
type sampleFile struct{ key, ref, name, body string }

var sampleFiles = []sampleFile{
	{"induction", "2.1.1", "Induction checklist.txt", "Rosewood House staff induction checklist\n1. Confidentiality and data protection\n2. Passwords and locking screens\n3. Spotting phishing emails\n4. Reporting a breach or near miss\n"},
	{"tna", "3.1.1", "Training needs analysis.csv", "Role,Training,How,When\nCare assistant,Data security awareness,E-learning,Induction and yearly\nNurse,Data security awareness,E-learning,Yearly\nData security lead,Lead training,Course,Every two years\n"},
	{"iar", "1.1.2", "Information asset register and ROPA.csv", "Asset,What it holds,Where,Owner,Shared with\nCare record system,Care plans,Supplier cloud,Grace Okafor,GP and pharmacy\nStaff files,HR records,Office cabinet,Tom Hughes,Payroll company\n"},
	{"retention", "1.4.1", "Retention schedule.txt", "Care records: 8 years after the resident leaves or dies\nStaff records: 6 years after the person leaves\nPayroll records: 6 years after the end of the tax year\nCCTV: 31 days\n"},
	{"suppliers", "10.1.2", "Supplier list.csv", "Supplier,Service,Contact\nCare record supplier,Digital care records,support@example.com\nIT company,IT support and backups,help@example.com\n"},
	{"leavers", "4.2.4", "Leavers checklist.txt", "When someone leaves: disable email, care record login, rota account and door code on the last day.\n"},
}

// Which sample evidence each year records; this year also keeps last year's.
var (
	lastYearEvidence = []string{"induction", "iar", "retention", "suppliers", "leavers", "privacy", "shredding", "policies"}
	thisYearEvidence = []string{"tna", "noticeboard", "minutes", "certificates", "rota", "oldpc"}
)

// writeFiles creates the sample files and folders, dated when this year's
// work was done (the training needs analysis earlier), and returns every sample evidence record by key,
// including a privacy notice whose file has gone missing.
func (s Sample) writeFiles(this *assessment.Edition, now time.Time) (map[string]assessment.Evidence, error) {
	dir := filepath.Join(s.Dir, "Evidence")
	policies := filepath.Join(dir, "Policies")
	minutes := filepath.Join(dir, "Governance", "Management meeting minutes")
	for _, d := range []string{policies, minutes} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("making sample folders: %w", err)
		}
	}
	out := map[string]assessment.Evidence{}
	for _, f := range sampleFiles {
		when := thisYearDay(this, now)
		if f.key == "tna" {
			when = oldFileDay(now)
		}
		e, err := writeSampleFile(dir, f, when)
		if err != nil {
			return nil, err
		}
		out[f.key] = e
	}
	for key, e := range map[string]assessment.Evidence{
		"privacy":      {Ref: "1.1.3", Kind: assessment.EvidenceFile, Location: filepath.Join(dir, "Privacy notice - residents.pdf"), Note: "Residents' privacy notice"},
		"noticeboard":  {Ref: "1.1.3", Kind: assessment.EvidencePaper, Location: "Reception noticeboard, and in the welcome pack", Note: "Printed copies"},
		"minutes":      {Ref: "1.1.5", Kind: assessment.EvidenceFolder, Location: minutes},
		"policies":     {Ref: "1.3.1", Kind: assessment.EvidenceFolder, Location: policies, Note: "All policies, with review dates"},
		"certificates": {Ref: "3.4.1", Kind: assessment.EvidencePaper, Location: "Certificates in staff files, manager's office cabinet"},
		"shredding":    {Ref: "1.4.2", Kind: assessment.EvidencePaper, Location: "Blue folder, manager's office cabinet", Note: "Contract and destruction certificates"},
		"rota":         {Ref: "4.1.1", Kind: assessment.EvidenceLink, Location: "https://rota.example.com/rosewood/staff", Note: "Staff list in the rota system"},
		"oldpc":        {Ref: "8.2.1", Kind: assessment.EvidencePaper, Location: "IT folder, manager's office cabinet", Note: "Plan for the reception PC on Windows 10, approved by Grace Okafor"},
	} {
		out[key] = e
	}
	return out, nil
}

func writeSampleFile(dir string, f sampleFile, when time.Time) (assessment.Evidence, error) {
	path := filepath.Join(dir, f.name)
	if err := os.WriteFile(path, []byte(f.body), 0o600); err != nil {
		return assessment.Evidence{}, fmt.Errorf("writing a sample file: %w", err)
	}
	if err := os.Chtimes(path, when, when); err != nil {
		return assessment.Evidence{}, fmt.Errorf("dating a sample file: %w", err)
	}
	fp, err := assessment.Fingerprint(path)
	if err != nil {
		return assessment.Evidence{}, err
	}
	return assessment.Evidence{Ref: f.ref, Kind: assessment.EvidenceFile, Location: path, File: fp}, nil
}

// doneThisYear marks last year's actions that were finished this year.
var doneThisYear = map[string]bool{"4.5.3": true, "1.3.2": true}

// lastYearActions is the action plan published with last year's assessment:
// one action for each Standards Met question then not met. One is overdue now.
func lastYearActions(now time.Time) []assessment.Action {
	day := assessment.Day(now)
	act := func(ref, gap, action, owner string, target time.Time) assessment.Action {
		return assessment.Action{Ref: ref, Gap: gap, Action: action, Owner: owner, TargetDate: target, Status: assessment.NotStarted}
	}
	acts := []assessment.Action{
		act("3.2.1", "Five night staff have not done the data security training.", "Book the night staff on the e-learning and check their certificates.", "Tom Hughes", day.AddDate(0, 0, -10)),
		act("1.2.4", "Our privacy notice does not mention the national data opt-out.", "Add the opt-out to the privacy notice and the data protection policy.", "Grace Okafor", day.AddDate(0, 1, 0)),
		act("1.3.2", "Spot checks are done now and then, not to a timetable, and some areas are never checked.", "Do a walk-round spot check each quarter with the audit checklist and log what we find.", "Tom Hughes", day.AddDate(0, 0, 25)),
		act("7.1.2", "The business continuity plan has no IT section.", "Ask our IT company to write the IT recovery steps into the plan.", "Grace Okafor", day.AddDate(0, 1, 15)),
		act("7.2.1", "The continuity plan has never been tested.", "Run a table-top exercise with the senior team and note what we change.", "Grace Okafor", day.AddDate(0, 2, 0)),
		act("4.5.3", "Email has no multi-factor authentication.", "Ask our IT company to switch on MFA for every mailbox.", "Tom Hughes", day.AddDate(0, -4, 0)),
		act("8.3.5", "Nobody checks that updates are installed.", "Get a monthly update report from our IT company and file it.", "Tom Hughes", day.AddDate(0, 1, 10)),
		act("9.5.2", "The office laptop is not encrypted.", "Ask our IT company to turn on BitLocker and confirm in writing.", "Tom Hughes", day.AddDate(0, 0, 40)),
		act("10.2.1", "We have not checked our IT suppliers' certificates.", "Ask each IT supplier for its Cyber Essentials certificate and note it on the supplier list.", "Grace Okafor", day.AddDate(0, 2, 10)),
	}
	acts[0].Status = assessment.InProgress
	return acts
}

// actions are the actions added this year, one of them already done.
func actions(now time.Time) []assessment.Action {
	day := assessment.Day(now)
	return []assessment.Action{
		{Ref: "1.3.13", Gap: "The office door had no lock.", Action: "Fit a key-pad lock to the office door.", Owner: "Grace Okafor", TargetDate: day.AddDate(0, -2, 0), Status: assessment.Done, DoneDate: day.AddDate(0, -2, -5)},
	}
}

// newQuestionActions are the actions for the two questions added in
// 2025-26: in last year's plan when last year's edition has them, otherwise
// added this year.
func newQuestionActions(now time.Time) []assessment.Action {
	day := assessment.Day(now)
	return []assessment.Action{
		{Ref: "4.3.1", Gap: "Our IT company has not signed an administrator agreement.", Action: "Send the privileged access agreement to the IT company and file the signed copy.", Owner: "Tom Hughes", TargetDate: day.AddDate(0, 0, 20), Status: assessment.NotStarted},
		{Ref: "7.1.1", Gap: "No digital asset register yet.", Action: "List every PC, tablet, phone and system with its owner and location.", Owner: "Tom Hughes", TargetDate: day.AddDate(0, 1, 20), Status: assessment.NotStarted},
	}
}
