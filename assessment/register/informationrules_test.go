package register

import (
	"strings"
	"testing"
)

// sampleInformation is nine kinds of information in five places (two
// written differently), four of them shared.
func sampleInformation() Book {
	return bookOf("information",
		Values{"information": "Resident care records", "whose": "residents", "kept_in": "Care records system", "shared_with": "GP and district nurses, for their care", "basis": "care", "kept_for": "8 years after the person leaves", "destroyed_by": "Deleted from the system"},
		Values{"information": "Medication records", "kept_in": "care records system ", "shared_with": "Town Pharmacy", "basis": "care", "kept_for": "8 years", "destroyed_by": "deleted from the  system"},
		Values{"information": "Staff records", "whose": "staff", "kept_in": "Office cabinet", "basis": "contract", "kept_for": "6 years after leaving", "destroyed_by": "Shredded on site"},
		Values{"information": "CCTV", "kept_in": "CCTV recorder", "basis": "legitimate", "destroyed_by": "Recorded over after 31 days"},
		Values{"information": "Visitor book", "kept_in": "Reception", "kept_for": "1 year"},
		Values{"information": "Payroll", "kept_in": "office cabinet", "shared_with": "PayRight Bureau", "basis": "legal", "kept_for": "6 years", "destroyed_by": "Shredded on site"},
		Values{"information": "DoLS records", "kept_in": "Care records system", "shared_with": "The council", "basis": "legal", "kept_for": "8 years", "destroyed_by": "Deleted from the system"},
		Values{"information": "Photos of residents", "kept_in": "Office PC", "basis": "consent", "kept_for": "Until consent is withdrawn", "destroyed_by": "Deleted from the system"},
		Values{"information": "Complaints", "kept_in": "Office PC", "basis": "legal", "kept_for": "10 years", "destroyed_by": "Shredded on site"},
	)
}

func TestInformationFindings(t *testing.T) {
	b := sampleInformation()
	for _, tc := range []struct {
		ref, summary, missing string
		details               []string
	}{
		{"1.1.2", "The home holds 9 kinds of personal information in 5 places and shares 4 of them",
			"No lawful basis chosen for: Visitor book",
			[]string{
				"Resident care records (residents): kept in Care records system; shared with GP and district nurses, for their care; lawful basis: Providing health or social care",
				"Medication records: kept in care records system; shared with Town Pharmacy; lawful basis: Providing health or social care",
				"Staff records (staff): kept in Office cabinet; not shared; lawful basis: A contract (such as employment)",
				"CCTV: kept in CCTV recorder; not shared; lawful basis: Legitimate interests",
				"Visitor book: kept in Reception; not shared",
				"Payroll: kept in office cabinet; shared with PayRight Bureau; lawful basis: A legal duty",
				"DoLS records: kept in Care records system; shared with The council; lawful basis: A legal duty",
				"Photos of residents: kept in Office PC; not shared; lawful basis: Consent",
				"Complaints: kept in Office PC; not shared; lawful basis: A legal duty",
			}},
		{"1.4.1", "Retention: how long it is kept is set for 8 of 9 kinds of information",
			"No retention period for: CCTV",
			[]string{"Resident care records: 8 years after the person leaves", "Medication records: 8 years", "Staff records: 6 years after leaving", "CCTV: not set", "Visitor book: 1 year",
				"Payroll: 6 years", "DoLS records: 8 years", "Photos of residents: Until consent is withdrawn", "Complaints: 10 years"}},
		{"1.4.3", "Destruction: how it is destroyed is set for 8 of 9 kinds of information",
			"No way of destroying set for: Visitor book",
			[]string{"Deleted from the system: Resident care records, Medication records, DoLS records, Photos of residents", "Shredded on site: Staff records, Payroll, Complaints", "Recorded over after 31 days: CCTV"}},
	} {
		t.Run(tc.ref, func(t *testing.T) {
			f := findingFor(t, Named("information"), b, rulesToday, tc.ref)
			checkFinding(t, f, tc.summary, tc.missing, tc.details)
			if f.Action == nil || f.Action.Ref != tc.ref {
				t.Errorf("action %+v", f.Action)
			}
		})
	}
}

func TestInformationSummaryWording(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []Values
		want string
	}{
		{"one kept, not shared", []Values{{"information": "A", "kept_in": "Office"}}, "The home holds 1 kind of personal information in 1 place and does not share it"},
		{"one shared", []Values{{"information": "A", "kept_in": "Office", "shared_with": "GP"}}, "The home holds 1 kind of personal information in 1 place and shares it"},
		{"none shared", []Values{{"information": "A", "kept_in": "Office"}, {"information": "B", "kept_in": " OFFICE"}}, "The home holds 2 kinds of personal information in 1 place and shares none of them"},
		{"all shared", []Values{{"information": "A", "shared_with": "GP"}, {"information": "B", "shared_with": "  council"}}, "The home holds 2 kinds of personal information in 0 places and shares all of them"},
		{"blank sharing is not sharing", []Values{{"information": "A", "kept_in": "X", "shared_with": "  "}, {"information": "B", "kept_in": "Y", "shared_with": "GP"}, {"information": "C", "kept_in": "Z"}}, "The home holds 3 kinds of personal information in 3 places and shares 1 of them"},
		{"nothing listed", nil, "Information: none listed yet"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := findingFor(t, Named("information"), bookOf("information", tc.rows...), rulesToday, "1.1.2").Summary; got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestInformationWhereKeptMissing(t *testing.T) {
	b := bookOf("information", Values{"information": "A", "basis": "care"}, Values{"information": "B", "kept_in": "Office", "basis": "care"})
	f := findingFor(t, Named("information"), b, rulesToday, "1.1.2")
	if f.Missing != "Where it is kept not recorded for: A" || f.Action != nil || f.Details[0] != "A: kept in a place not recorded; not shared; lawful basis: Providing health or social care" {
		t.Errorf("missing %q, action %+v, details %q", f.Missing, f.Action, f.Details)
	}
	if !f.ExportAsEvidence {
		t.Error("the information register is the evidence for 1.1.2")
	}
}

func TestInformationComplete(t *testing.T) {
	b := bookOf("information", Values{"information": "A", "kept_in": "Office", "basis": "care", "kept_for": "8 years", "destroyed_by": "Shredded"})
	for _, f := range FindingsOf(Named("information"), Context{Today: rulesToday, Book: b}) {
		if f.Missing != "" || f.Action != nil {
			t.Errorf("%s: missing %q, action %+v", f.Ref, f.Missing, f.Action)
		}
	}
}

func TestEveryLawfulBasisIsExplainedInPlainWords(t *testing.T) {
	f := Information.Field("basis")
	lines := strings.Split(f.Help, "\n")
	for _, o := range f.Options {
		name, _, _ := strings.Cut(o.Label, " (")
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, name+": ") && len(l) > len(name)+20 {
				found = true
			}
		}
		if !found {
			t.Errorf("no plain explanation of %q beside the choice:\n%s", o.Label, f.Help)
		}
	}
}
