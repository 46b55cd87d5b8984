package demo

import (
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// Rosewood House's suppliers, information and top risks: six suppliers
// (the care records supplier's certificate expires next month), eight kinds
// of information, five risks with three at the top. They are this year's
// rows; these registers carry from year to year, so last year has none of
// its own in the sample.

func init() {
	sampleRegisters = append(sampleRegisters, func(today time.Time) (thisYear, lastYear map[string][]register.Values) {
		d := assessment.Day(today)
		return map[string][]register.Values{
			register.Suppliers.Name:   sampleSuppliers(d),
			register.Information.Name: sampleInformation(),
			register.Risks.Name:       sampleRisks(d),
		}, nil
	})
}

// storedDate writes a sample date as the registers store it.
func storedDate(t time.Time) string { return assessment.FormatDate(t) }

// sampleSuppliers are the home's six suppliers, dated from today.
func sampleSuppliers(d time.Time) []register.Values {
	cabinet := "Supplier folder, manager's office cabinet"
	return []register.Values{
		{"name": "CareVision Ltd", "provides": "Digital care records and eMAR", "contact": "support@carevision.example, 0161 496 0100", "it_supplier": "yes",
			"data": "Residents' care plans, medication and health records", "contract_at": cabinet, "contract_reviewed": storedDate(assessment.AddMonths(d, -4)),
			"certification": "ceplus", "cert_expiry": storedDate(assessment.AddMonths(d, 1)), "cert_at": cabinet, "destroys": "no", "admin_access": "no", "reviewed": storedDate(assessment.AddMonths(d, -4))},
		{"name": "Northpoint IT Services", "provides": "IT support, email and nightly backups", "contact": "help@northpoint.example, 0161 496 0200", "it_supplier": "yes",
			"data": "Everything on the office PC and shared drive", "contract_at": cabinet, "contract_reviewed": storedDate(assessment.AddMonths(d, -6)),
			"certification": "ce", "cert_expiry": storedDate(assessment.AddMonths(d, 7)), "cert_at": cabinet, "destroys": "no", "admin_access": "yes", "admin_agreement": "yes", "reviewed": storedDate(assessment.AddMonths(d, -6))},
		{"name": "ShredSafe Ltd", "provides": "Confidential waste collection and shredding", "contact": "0161 496 0300", "it_supplier": "no",
			"data": "Paper records for destruction", "contract_at": "Blue folder, manager's office cabinet", "contract_reviewed": storedDate(assessment.AddMonths(d, -10)),
			"certification": "none", "destroys": "yes", "admin_access": "no", "reviewed": storedDate(assessment.AddMonths(d, -10))},
		{"name": "Ledger Payroll Bureau", "provides": "Payroll and pensions", "contact": "payroll@ledger.example", "it_supplier": "no",
			"data": "Staff pay, bank and tax details", "contract_at": cabinet, "contract_reviewed": storedDate(assessment.AddMonths(d, -8)),
			"certification": "iso27001", "cert_expiry": storedDate(assessment.AddMonths(d, 11)), "destroys": "no", "admin_access": "no", "reviewed": storedDate(assessment.AddMonths(d, -8))},
		{"name": "Hillside Pharmacy", "provides": "Medicines and MAR charts", "contact": "0161 496 0400", "it_supplier": "no",
			"data": "Residents' prescriptions", "contract_at": cabinet, "certification": "dspt", "cert_expiry": storedDate(assessment.AddMonths(d, 7)),
			"destroys": "no", "admin_access": "no", "reviewed": storedDate(assessment.AddMonths(d, -3))},
		{"name": "Connect Telecom", "provides": "Phone lines, broadband and the office router", "contact": "0800 496 0500", "it_supplier": "yes",
			"data": "None directly; carries the home's internet traffic", "contract_at": cabinet, "certification": "ce", "cert_expiry": storedDate(assessment.AddMonths(d, 5)),
			"destroys": "no", "admin_access": "no", "reviewed": storedDate(assessment.AddMonths(d, -5))},
	}
}

// sampleInformation is the home's record of processing: eight kinds of
// information in six places (one written two ways), four of them shared;
// the visitor book has no retention period yet.
func sampleInformation() []register.Values {
	return []register.Values{
		{"information": "Resident care records", "whose": "Residents", "kept_in": "Care records system", "shared_with": "GP, district nurses and hospital on transfer, for their care",
			"basis": "care", "kept_for": "8 years after the resident leaves or dies", "destroyed_by": "Deleted by CareVision at the end of the retention period"},
		{"information": "Medication records", "whose": "Residents", "kept_in": "Care records system", "shared_with": "Hillside Pharmacy and the GP, to supply and review medicines",
			"basis": "care", "kept_for": "8 years after the resident leaves or dies", "destroyed_by": "Deleted by CareVision at the end of the retention period"},
		{"information": "Staff records", "whose": "Staff and volunteers", "kept_in": "Office filing cabinet", "basis": "contract",
			"kept_for": "6 years after the person leaves", "destroyed_by": "Collected and shredded by ShredSafe"},
		{"information": "CCTV recordings", "whose": "Residents, staff and visitors", "kept_in": "CCTV recorder", "basis": "legitimate",
			"kept_for": "31 days", "destroyed_by": "Recorded over automatically"},
		{"information": "Visitor book", "whose": "Visitors", "kept_in": "Reception", "basis": "legitimate", "destroyed_by": "Collected and shredded by ShredSafe"},
		{"information": "Payroll records", "whose": "Staff", "kept_in": "Payroll bureau's system", "shared_with": "Ledger Payroll Bureau and HMRC, to pay staff and tax",
			"basis": "legal", "kept_for": "6 years after the end of the tax year", "destroyed_by": "Deleted by Ledger Payroll Bureau"},
		{"information": "DoLS and safeguarding records", "whose": "Residents", "kept_in": "office filing  cabinet", "shared_with": "The council and CQC, as the law requires",
			"basis": "legal", "kept_for": "8 years after the resident leaves or dies", "destroyed_by": "Collected and shredded by ShredSafe"},
		{"information": "Photos of residents", "whose": "Residents", "kept_in": "Office PC", "basis": "consent",
			"kept_for": "Until the resident leaves or withdraws consent", "destroyed_by": "Deleted from the office PC and its backups"},
	}
}

// sampleRisks are five risks, three at the top; the paper records risk is
// past its review date.
func sampleRisks(d time.Time) []register.Values {
	return []register.Values{
		{"risk": "A member of staff opens a phishing email", "likelihood": "high", "impact": "high",
			"doing": "Phishing in this year's training; Northpoint filters email and turns on multi-factor sign-in", "owner": "Tom Hughes", "review": storedDate(assessment.AddMonths(d, 3)), "top": "yes"},
		{"risk": "The care records system is unavailable", "likelihood": "medium", "impact": "high",
			"doing": "Care plans and MAR charts printed each week; CareVision's support line on the office wall", "owner": "Grace Okafor", "review": storedDate(assessment.AddMonths(d, 4)), "top": "yes"},
		{"risk": "A laptop or tablet is lost or stolen", "likelihood": "medium", "impact": "high",
			"doing": "Encrypt the last laptop and set passcodes on every tablet", "owner": "Tom Hughes", "review": storedDate(assessment.AddMonths(d, 2)), "top": "yes"},
		{"risk": "Paper records left out in the lounge", "likelihood": "medium", "impact": "medium",
			"doing": "Quarterly spot checks of paper records", "owner": "Tom Hughes", "review": storedDate(d.AddDate(0, 0, -10)), "top": "no"},
		{"risk": "Staff share a login on the office PC", "likelihood": "low", "impact": "medium", "owner": "Grace Okafor", "review": storedDate(assessment.AddMonths(d, 6)), "top": "no"},
	}
}
