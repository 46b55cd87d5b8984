package register

import (
	"testing"
	"time"
)

// rulesToday is the day the rules tests work out their figures.
var rulesToday = time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)

// findingFor returns a register's finding for a question, failing the
// test when there is none.
func findingFor(t *testing.T, r *Register, b Book, today time.Time, ref string) Finding {
	t.Helper()
	for _, f := range FindingsOf(r, Context{Today: today, Book: b}) {
		if f.Ref == ref {
			return f
		}
	}
	t.Fatalf("no finding for %s", ref)
	return Finding{}
}

func TestSupplierCertificateExpiry(t *testing.T) {
	for _, tc := range []struct {
		name        string
		cert, exp   string
		it          string
		note        string
		current     bool // counted as current certification
		missingPart string
	}{
		{"expires in 35 days", "ceplus", "2027-01-05", "yes", "Certificate expires 05/01/2027 (35 days)", true, "Certificate expires in the next 60 days: S (05/01/2027)"},
		{"expires today", "ce", "2026-12-01", "yes", "Certificate expires 01/12/2026 (today)", true, "Certificate expires in the next 60 days: S (01/12/2026)"},
		{"expires in exactly 60 days", "iso27001", "2027-01-30", "yes", "Certificate expires 30/01/2027 (60 days)", true, "Certificate expires in the next 60 days: S (30/01/2027)"},
		{"expires in 61 days", "iso27001", "2027-01-31", "yes", "", true, ""},
		{"expired yesterday", "dspt", "2026-11-30", "yes", "Certificate expired 30/11/2026", false, "No current certification: S (expired 30/11/2026)"},
		{"none", "none", "", "yes", "No certification", false, "No current certification: S"},
		{"not recorded", "", "", "yes", "No certification", false, "No current certification: S"},
		{"none, with a stray expiry date", "none", "2025-01-01", "yes", "No certification", false, "No current certification: S"},
		{"expiry not recorded", "ce", "", "yes", "", true, ""},
		{"not an IT supplier, expiring", "ce", "2026-12-20", "no", "Certificate expires 20/12/2026 (19 days)", false, ""},
		{"not an IT supplier, none", "none", "", "no", "", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Values{"name": "S", "it_supplier": tc.it, "certification": tc.cert, "cert_expiry": tc.exp}
			note, warn := Suppliers.Note(Row{Values: v}, rulesToday)
			if note != tc.note || warn != (tc.note != "") {
				t.Errorf("note %q (warn %v), want %q", note, warn, tc.note)
			}
			f := findingFor(t, Named("suppliers"), bookOf("suppliers", v), rulesToday, "10.2.1")
			if tc.it == "yes" {
				want := "IT suppliers: 0 of 1 has current cyber security certification"
				if tc.current {
					want = "IT suppliers: 1 of 1 has current cyber security certification"
				}
				if f.Summary != want {
					t.Errorf("summary %q, want %q", f.Summary, want)
				}
			}
			if f.Missing != tc.missingPart {
				t.Errorf("missing %q, want %q", f.Missing, tc.missingPart)
			}
			if (f.Missing == "") != (f.Action == nil) {
				t.Errorf("action %+v for missing %q", f.Action, f.Missing)
			}
		})
	}
}

// sampleSuppliers is a home's suppliers: an IT supplier whose certificate
// expires next month, IT support with administrator access and the
// agreement, a shredding company without a recorded contract, a payroll
// bureau, a pharmacy and a telecoms company with administrator access but
// no agreement.
func sampleSuppliers() Book {
	return bookOf("suppliers",
		Values{"name": "CareNotes Ltd", "provides": "Care records system", "contact": "0161 496 0000", "it_supplier": "yes", "certification": "ceplus", "cert_expiry": "2027-01-05"},
		Values{"name": "Byte IT Support", "provides": "IT support", "contact": "help@byte.example", "it_supplier": "yes", "certification": "ce", "cert_expiry": "2027-06-30", "admin_access": "yes", "admin_agreement": "yes"},
		Values{"name": "SecureShred", "provides": "Shredding", "contact": "01632 960000", "it_supplier": "no", "destroys": "yes"},
		Values{"name": "PayRight Bureau", "provides": "Payroll", "it_supplier": "no", "destroys": "no"},
		Values{"name": "Town Pharmacy", "provides": "Medicines and eMAR", "contact": "01632 960111", "it_supplier": "yes", "certification": "dspt", "cert_expiry": "2026-06-30", "destroys": "yes", "contract_at": "Office cabinet, drawer 2", "contract_reviewed": "2026-04-01"},
		Values{"name": "NetLink", "contact": "0800 000 000", "admin_access": "yes", "admin_agreement": "no"},
	)
}

func TestSupplierFindings(t *testing.T) {
	b := sampleSuppliers()
	for _, tc := range []struct {
		ref, summary, missing string
		details               []string
		notApplicable         bool
	}{
		{"10.1.2", "Suppliers: 6 suppliers listed, 3 of them for IT systems or support",
			"No contact details for: PayRight Bureau; What they provide not recorded for: NetLink",
			[]string{"CareNotes Ltd: Care records system; 0161 496 0000", "Byte IT Support: IT support; help@byte.example", "SecureShred: Shredding; 01632 960000", "PayRight Bureau: Payroll", "Town Pharmacy: Medicines and eMAR; 01632 960111", "NetLink: 0800 000 000"}, false},
		{"10.2.1", "IT suppliers: 2 of 3 have current cyber security certification",
			"No current certification: Town Pharmacy (expired 30/06/2026); Certificate expires in the next 60 days: CareNotes Ltd (05/01/2027); Say whether these supply IT systems or support: NetLink",
			[]string{"CareNotes Ltd: Cyber Essentials Plus, expires 05/01/2027 (35 days)", "Byte IT Support: Cyber Essentials, until 30/06/2027", "Town Pharmacy: DSPT Standards Met, expired 30/06/2026"}, false},
		{"1.4.2", "Destruction: 2 suppliers destroy records or equipment for the home; contract recorded for 1 of 2",
			"No written contract recorded with: SecureShred",
			[]string{"SecureShred: no contract recorded", "Town Pharmacy: contract kept at Office cabinet, drawer 2, reviewed 01/04/2026"}, false},
		{"4.3.1", "Administrator access: 2 suppliers have administrator access; 1 of 2 signed the administrator agreement",
			"Administrator agreement not signed by: NetLink",
			[]string{"Byte IT Support: administrator agreement signed", "NetLink: administrator agreement not signed"}, false},
	} {
		t.Run(tc.ref, func(t *testing.T) {
			f := findingFor(t, Named("suppliers"), b, rulesToday, tc.ref)
			checkFinding(t, f, tc.summary, tc.missing, tc.details)
			if f.NotApplicable != tc.notApplicable || f.Register != "suppliers" {
				t.Errorf("not applicable %v, register %q", f.NotApplicable, f.Register)
			}
			if f.Action == nil || f.Action.Ref != tc.ref {
				t.Errorf("action %+v", f.Action)
			}
		})
	}
}

func TestSupplierListIsTheEvidenceFor1012(t *testing.T) {
	for _, b := range []Book{{}, sampleSuppliers()} {
		if f := findingFor(t, Named("suppliers"), b, rulesToday, "10.1.2"); !f.ExportAsEvidence {
			t.Errorf("%q is not offered as evidence", f.Summary)
		}
	}
}

func TestSuppliersWhenNothingIsWanting(t *testing.T) {
	b := bookOf("suppliers",
		Values{"name": "Byte IT Support", "provides": "IT support", "contact": "01632 960222", "it_supplier": "yes", "certification": "ce", "cert_expiry": "2027-06-30", "admin_access": "yes", "admin_agreement": "yes", "destroys": "no"},
		Values{"name": "PayRight Bureau", "provides": "Payroll", "contact": "01632 960333", "it_supplier": "no", "destroys": "no", "admin_access": "no"},
	)
	for _, f := range FindingsOf(Named("suppliers"), Context{Today: rulesToday, Book: b}) {
		if f.Missing != "" || f.Action != nil {
			t.Errorf("%s: missing %q, action %+v", f.Ref, f.Missing, f.Action)
		}
	}
	f := findingFor(t, Named("suppliers"), b, rulesToday, "1.4.2")
	if !f.NotApplicable || f.Summary != "Destruction: no supplier is marked as destroying records or equipment for the home" {
		t.Errorf("1.4.2 with no destruction: %+v", f)
	}
}

func TestSuppliersEmpty(t *testing.T) {
	for ref, want := range map[string]string{
		"10.1.2": "List the suppliers who handle personal information, what they provide and how to contact them",
		"10.2.1": "", "1.4.2": "", "4.3.1": "",
	} {
		f := findingFor(t, Named("suppliers"), Book{}, rulesToday, ref)
		if f.Missing != want || f.NotApplicable {
			t.Errorf("%s: missing %q (want %q), not applicable %v", ref, f.Missing, want, f.NotApplicable)
		}
	}
}

func TestSupplierNoteAdministratorAgreement(t *testing.T) {
	for _, tc := range []struct {
		v    Values
		note string
	}{
		{Values{"admin_access": "yes", "admin_agreement": "yes"}, ""},
		{Values{"admin_access": "yes", "admin_agreement": "no"}, "Administrator agreement not signed"},
		{Values{"admin_access": "yes"}, "Administrator agreement not signed"},
		{Values{"admin_access": "no"}, ""},
		{Values{"admin_access": "yes", "it_supplier": "yes", "certification": "ce", "cert_expiry": "2026-10-01"}, "Certificate expired 01/10/2026; Administrator agreement not signed"},
	} {
		if note, _ := Suppliers.Note(Row{Values: tc.v}, rulesToday); note != tc.note {
			t.Errorf("%v: note %q, want %q", tc.v, note, tc.note)
		}
	}
}
