package report

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// printedAt is the print date of every test report.
var printedAt = time.Date(2026, 5, 14, 10, 30, 0, 0, time.UTC)

func date(s string) time.Time {
	t, err := assessment.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

// loadEdition returns the real 2025-26 edition, so every ref is checked.
func loadEdition(tb testing.TB) *assessment.Edition {
	tb.Helper()
	b, err := assessment.DefaultBank()
	if err != nil {
		tb.Fatalf("loading the question bank: %v", err)
	}
	ed := b.Edition("2025-26")
	if ed == nil {
		tb.Fatal("the question bank has no 2025-26 edition")
	}
	return ed
}

// rosewoodProfile is a 40-bed care home that has not published before.
func rosewoodProfile() assessment.Profile {
	return assessment.Profile{
		Name:              "Rosewood House",
		ODSCode:           "VNR4K",
		ICONumber:         "ZA512873",
		CQCLocationID:     "1-4821937650",
		RegisteredManager: "Margaret O’Neill",
		SecurityLead:      "Tomasz Wiśniewski",
		CENumber:          "CE-2026-0418",
		CEExpiry:          date("2027-01-31"),
	}
}

const nas = `\\rosewood-nas\office\`

// rosewoodAnswers are the answers of a realistic assessment, two thirds done.
var rosewoodAnswers = []struct{ ref, value, comment, updated string }{
	{"1.1.5", "Our registered manager, Margaret O’Neill, is the senior person accountable for data security. She chairs a quarterly governance meeting with the deputy manager and the data security lead, where data protection, cyber security and any incidents are a standing agenda item. Minutes are kept in the governance file.", "Last governance meeting held on 12 February 2026.", "2026-02-14"},
	{"2.1.1", "tick", "Section 4 of the induction checklist covers confidentiality, passwords and reporting breaches; the new starter and their mentor both sign it.", "2025-10-02"},
	{"2.2.1", "tick", "", "2025-10-02"},
	{"3.1.1", "tick", "Training needs analysis completed by the deputy manager in January 2026 using the Digital Social Care template.", "2026-01-28"},
	{"4.1.1", "review", "Carried forward from 2024-25.", "2025-09-15"},
	{"1.1.1", "ZA512873", "", "2025-09-20"},
	{"1.1.2", "", "", "2025-10-20"},
	{"1.1.3", "", "Updated in October 2025 to mention the new care planning system.", "2025-10-21"},
	{"1.2.4", "tick", "We do not use confidential information for purposes beyond individual care, so the national data opt-out does not apply in practice; our privacy notice explains this.", "2025-11-03"},
	{"1.3.1", "tick", "Policy reviewed and re-approved at the February governance meeting.", "2026-02-14"},
	{"1.3.7", "tick", "", "2026-02-14"},
	{"1.3.8", "tick", "We use the DPIA screening checklist for any new system, such as the electronic medicines record (eMAR) introduced in 2025.", "2026-02-14"},
	{"1.4.1", "tick", "", "2025-11-03"},
	{"1.4.2", "na", "We shred everything on site with a cross-cut shredder; no outside firm destroys our records or equipment.", "2025-11-03"},
	{"1.4.3", "Paper records are shredded on site with a P-4 cross-cut shredder in the manager’s office. Old computers and phones are wiped by our IT supplier, Brightwave IT, who give us a certificate of destruction for each device.", "", "2025-11-03"},
	{"10.1.2", "tick", "Supplier list: care planning (Nourish), pharmacy, payroll, IT support (Brightwave IT), shredding bags.", "2025-12-01"},
	{"1.3.12", "Staff take only the minimum information needed for hospital visits and appointments, in a sealed envelope in the grab bag; it is signed out and back in at the nurses’ station.", "", "2025-12-01"},
	{"1.3.13", "Keypad entry at the front door (code changed every three months), visitors’ book, a locked office with its own keypad, lockable filing cabinets for care records and staff files, and CCTV covering the entrances.", "", "2025-12-01"},
	{"6.1.1", "tick", "Staff report to the manager or the data security lead, who decide within 24 hours whether to report to the ICO (the 72-hour rule).", "2025-12-01"},
	{"6.1.2", "na", "No data breaches in the last twelve months.", "2025-12-01"},
	{"6.1.3", "na", "No data breaches in the last twelve months.", "2025-12-01"},
	{"5.1.1", "tick", "Near miss in November 2025 (a care plan left on a table in the lounge): handover procedure reviewed and staff briefed.", "2025-12-08"},
	{"7.1.2", "tick", "", "2026-01-10"},
	{"1.3.6", "1. Phishing emails – reduced by training and multi-factor authentication on email.\n2. Losing access to the digital care records during an internet outage – reduced by a 4G backup router and a printed “grab sheet” for each resident, updated weekly.\n3. Paper records left unattended – reduced by clear-desk spot checks.", "", "2026-01-10"},
	{"4.2.4", "tick", "Leavers checklist: the manager removes Nourish and email access on the last working day.", "2026-03-02"},
	{"6.2.1", "tick", "Microsoft Defender on all five PCs and the two laptops, managed by Brightwave IT.", "2026-03-02"},
	{"7.3.2", "tick", "", "2026-03-02"},
	{"1.6.6", "tick", "BYOD policy v1.1 (February 2026): personal phones may use the Nourish app only, with a screen lock. Phones cost staff £0 extra – we pay for the app.", "2026-03-02"},
	{"7.3.6", "tick", "", "2026-03-02"},
	{"4.5.4", "Passwords are at least 12 characters, made of three random words; nobody shares a login; the IT supplier locks an account after 10 failed attempts. Staff are reminded at supervision.", "", "2026-03-02"},
	{"4.3.1", "tick", "Signed by the manager and by Brightwave IT’s engineer.", "2026-03-02"},
	{"7.1.1", "", "", "2026-03-05"},
	{"8.3.5", "", "", "2026-03-05"},
}

// rosewoodEvidence are where the evidence is kept; one file has gone and one has changed.
var rosewoodEvidence = []struct {
	ref  string
	kind assessment.EvidenceKind
	loc  string
	note string
	cond assessment.EvidenceCondition
}{
	{"1.1.5", assessment.EvidencePaper, "Governance meeting minutes, blue lever-arch file, manager’s office", "", 0},
	{"2.1.1", assessment.EvidenceFile, nas + `HR\Induction checklist 2025.docx`, "", assessment.EvidenceOK},
	{"2.2.1", assessment.EvidenceFile, nas + `HR\Contract template – care assistant (2024).docx`, "Clause 14, confidentiality", assessment.EvidenceOK},
	{"3.1.1", assessment.EvidenceFile, nas + `Training\Training needs analysis January 2026.xlsx`, "", assessment.EvidenceOK},
	{"4.1.1", assessment.EvidenceFile, nas + `HR\Staff list and roles.xlsx`, "", assessment.EvidenceOK},
	{"1.1.2", assessment.EvidenceFile, nas + `Data protection\Information asset and data flow register 2025.xlsx`, "Reviewed with the deputy manager, October 2025", assessment.EvidenceOK},
	{"1.1.3", assessment.EvidenceLink, "https://www.rosewoodhouse.co.uk/privacy", "", 0},
	{"1.1.3", assessment.EvidencePaper, "Reception noticeboard, and in the residents’ welcome pack", "", 0},
	{"1.2.4", assessment.EvidenceLink, "https://www.rosewoodhouse.co.uk/privacy#opt-out", "", 0},
	{"1.3.1", assessment.EvidenceFile, `C:\Users\Manager\Documents\Policies\Data protection and cyber security policy v3.2.pdf`, "Approved 12 February 2026", assessment.EvidenceMissing},
	{"1.3.7", assessment.EvidenceFile, nas + `Policies\Data protection policy v3.2.pdf`, "Section 5", assessment.EvidenceOK},
	{"1.3.8", assessment.EvidenceFile, nas + `Policies\DPIA screening checklist.docx`, "", assessment.EvidenceOK},
	{"1.4.1", assessment.EvidenceFile, nas + `Policies\Records retention schedule.pdf`, "Based on the Records Management Code of Practice 2023", assessment.EvidenceOK},
	{"1.4.3", assessment.EvidencePaper, "Certificates of destruction, IT folder, manager’s office", "", 0},
	{"10.1.2", assessment.EvidenceFile, nas + `IT\Supplier list.xlsx`, "", assessment.EvidenceOK},
	{"1.3.13", assessment.EvidencePaper, "Keypad code change log, manager’s office", "", 0},
	{"6.1.1", assessment.EvidencePaper, "Incident and breach log (green book), nurses’ station", "", 0},
	{"5.1.1", assessment.EvidenceFile, nas + `Governance\Near miss review November 2025.docx`, "", assessment.EvidenceOK},
	{"7.1.2", assessment.EvidenceFolder, nas + `Business continuity`, "Plan, contact sheet and test record", assessment.EvidenceOK},
	{"4.2.4", assessment.EvidenceFile, nas + `HR\Leavers checklist.docx`, "", assessment.EvidenceOK},
	{"6.2.1", assessment.EvidenceText, "Brightwave IT’s monthly report lists the antivirus status of every device", "", 0},
	{"7.3.2", assessment.EvidencePaper, "Red emergency folder in the manager’s office, copy at the nurses’ station", "", 0},
	{"1.6.6", assessment.EvidenceFile, nas + `Policies\Bring your own device policy v1.1.pdf`, "", assessment.EvidenceOK},
	{"7.3.6", assessment.EvidenceLink, "https://portal.brightwave-it.co.uk/backups/rosewood", "Nightly cloud backup, kept for 30 days", 0},
	{"4.3.1", assessment.EvidencePaper, "Signed administrator agreements, IT folder", "", 0},
	{"7.1.1", assessment.EvidenceFile, nas + `IT\Digital asset register.xlsx`, "", assessment.EvidenceChanged},
	{"8.3.5", assessment.EvidenceText, "Brightwave IT installs Windows updates monthly and emails the manager a report", "", 0},
}

// rosewoodActions are the action plan: one overdue, one done.
func rosewoodActions() []assessment.Action {
	return []assessment.Action{
		{ID: 1, Ref: "3.2.1", Gap: "Six night staff have not yet done this year’s data security training (89% done).", Action: "Book the six night staff onto the Digital Social Care e-learning and check their certificates.", Owner: "Tomasz Wiśniewski", TargetDate: date("2026-06-13"), Status: assessment.InProgress},
		{ID: 2, Ref: "3.4.1", Gap: "The data security lead has had no training for the role.", Action: "Attend the Better Security, Better Care workshop for data security leads.", Owner: "Tomasz Wiśniewski", TargetDate: date("2026-05-31"), Status: assessment.NotStarted},
		{ID: 3, Ref: "7.3.5", Gap: "Backups have never been tested by restoring them.", Action: "Ask Brightwave IT to restore a sample of files from the backup and record the result.", Owner: "Margaret O’Neill", TargetDate: date("2026-04-30"), Status: assessment.InProgress},
		{ID: 4, Ref: "4.5.3", Gap: "Not every email account has multi-factor authentication.", Action: "Switch on MFA for all Microsoft 365 accounts, starting with the manager and the office.", Owner: "Margaret O’Neill", TargetDate: date("2026-06-20"), Status: assessment.NotStarted, Notes: "Brightwave IT quoted £0 – it is included in the support contract."},
		{ID: 5, Ref: "9.5.2", Gap: "Two laptops are not confirmed as encrypted.", Action: "Ask Brightwave IT to confirm BitLocker is switched on for both laptops.", Owner: "Tomasz Wiśniewski", TargetDate: date("2026-05-29"), Status: assessment.NotStarted},
		{ID: 6, Ref: "5.1.1", Gap: "The November 2025 near miss had not been reviewed.", Action: "Review the handover procedure and brief staff at handover.", Owner: "Margaret O’Neill", TargetDate: date("2025-12-15"), Status: assessment.Done, DoneDate: date("2025-12-05")},
	}
}

// rosewood builds the demo-sized input: Rosewood House, a 40-bed care home.
func rosewood(tb testing.TB) Input {
	ed := loadEdition(tb)
	rec := &assessment.Record{
		Assessment: assessment.Assessment{ID: 1, EditionID: ed.ID, State: assessment.StateInProgress, CreatedAt: date("2025-09-15")},
		Answers:    map[string]assessment.Answer{},
		Actions:    rosewoodActions(),
	}
	for _, a := range rosewoodAnswers {
		rec.Answers[a.ref] = answer(ed, a.ref, a.value, a.comment, date(a.updated))
	}
	conds := map[int64]assessment.EvidenceCondition{}
	for i, e := range rosewoodEvidence {
		id := int64(i + 1)
		rec.Evidence = append(rec.Evidence, assessment.Evidence{ID: id, Ref: e.ref, Kind: e.kind, Location: e.loc, Note: e.note, AddedAt: date("2025-10-20").AddDate(0, 0, i*4)})
		if e.cond != 0 {
			conds[id] = e.cond
		}
	}
	return newInput(tb, ed, rosewoodProfile(), rec, conds)
}

// answer builds an answer from a compact value: "tick", "na", "review" or text.
func answer(ed *assessment.Edition, ref, value, comment string, updated time.Time) assessment.Answer {
	a := assessment.Answer{Ref: ref, Comment: comment, UpdatedAt: updated}
	switch value {
	case "tick":
		a.Value = assessment.TickConfirmed
	case "na":
		a.NotApplicable = true
	case "review":
		a.Value, a.NeedsReview = assessment.TickConfirmed, true
	default:
		a.Value = value
	}
	if it := ed.Item(ref); it == nil {
		panic("fixture: unknown ref " + ref)
	}
	return a
}

// newInput evaluates the record and wraps everything as report input.
func newInput(tb testing.TB, ed *assessment.Edition, p assessment.Profile, rec *assessment.Record, conds map[int64]assessment.EvidenceCondition) Input {
	tb.Helper()
	for ref := range rec.Answers {
		if ed.Item(ref) == nil {
			tb.Fatalf("fixture answers unknown ref %s", ref)
		}
	}
	in := NewInput(ed, p, rec, printedAt, "0.1.0")
	in.Evidence = conds
	return in
}

// reachAS finishes every Approaching Standards item and plans an action for
// every Standards Met item still open, so the level reached is Approaching Standards.
func reachAS(tb testing.TB, in Input) Input {
	rec := in.Record
	rec.Answers["7.3.5"] = answer(in.Edition, "7.3.5", "tick", "Restore tested on 2 May 2026: 20 files restored.", date("2026-05-02"))
	a := rec.Answers["4.1.1"]
	a.NeedsReview = false
	rec.Answers["4.1.1"] = a
	st := assessment.Evaluate(in.Edition, in.Profile, rec, printedAt)
	for _, it := range st.Items {
		if it.Item.Level == assessment.StandardsMet && !it.Complete && len(rec.ActionsFor(it.Item.Ref)) == 0 {
			rec.Actions = append(rec.Actions, assessment.Action{ID: int64(len(rec.Actions) + 1), Ref: it.Item.Ref,
				Gap: "Not done yet: " + it.Item.Short, Action: "Plan and complete " + it.Item.Short, Owner: "Tomasz Wiśniewski",
				TargetDate: date("2026-06-26"), Status: assessment.NotStarted})
		}
	}
	return newInput(tb, in.Edition, in.Profile, rec, in.Evidence)
}

// large is the stress input: every item answered with 2,000 characters,
// 300 evidence locations and 100 actions.
func large(tb testing.TB) Input {
	ed := loadEdition(tb)
	rec := &assessment.Record{Assessment: assessment.Assessment{ID: 2, EditionID: ed.ID}, Answers: map[string]assessment.Answer{}}
	long := strings.Repeat("Staff follow the written procedure and the manager checks it monthly. ", 29)[:2000]
	for _, it := range ed.Items {
		v := long
		if it.Answer == assessment.Tick {
			v = assessment.TickConfirmed
		}
		rec.Answers[it.Ref] = assessment.Answer{Ref: it.Ref, Value: v, Comment: long, UpdatedAt: date("2026-03-01")}
	}
	for i := range 300 {
		it := ed.Items[i%len(ed.Items)]
		rec.Evidence = append(rec.Evidence, assessment.Evidence{ID: int64(i + 1), Ref: it.Ref, Kind: assessment.EvidenceFile,
			Location: fmt.Sprintf(`%sEvidence\%s\document %03d.pdf`, nas, it.Ref, i), Note: "Reviewed at the governance meeting", AddedAt: date("2026-01-05")})
	}
	for i := range 100 {
		it := ed.Items[i%len(ed.Items)]
		rec.Actions = append(rec.Actions, assessment.Action{ID: int64(i + 1), Ref: it.Ref, Gap: "Gap " + long[:180], Action: "Action " + long[:260],
			Owner: "Margaret O’Neill", TargetDate: date("2026-04-01").AddDate(0, 0, i), Status: assessment.ActionStatuses[i%3]})
	}
	return newInput(tb, ed, rosewoodProfile(), rec, nil)
}
