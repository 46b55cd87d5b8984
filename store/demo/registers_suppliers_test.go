package demo

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

func TestTheSampleSuppliersInformationAndRisks(t *testing.T) {
	today := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	st, id, book := sampleYear(t, today)
	for table, n := range map[string]int{"suppliers": 6, "information": 8, "risks": 5} {
		if got := len(book.Of(table)); got != n {
			t.Errorf("%d %s, want %d", got, table, n)
		}
	}
	found := register.Findings(register.Context{Today: today, Book: book})
	for _, tc := range []struct{ ref, summary, missing string }{
		{"1.1.2", "The home holds 8 kinds of personal information in 6 places and shares 4 of them", ""},
		{"10.2.1", "IT suppliers: 3 of 3 have current cyber security certification", "Certificate expires in the next 60 days: CareVision Ltd (01/01/2027)"},
		{"1.4.1", "Retention: how long it is kept is set for 7 of 8 kinds of information", "No retention period for: Visitor book"},
		{"4.3.1", "Administrator access: 1 supplier has administrator access; 1 of 1 signed the administrator agreement", ""},
		{"1.3.6", "Our top three data security risks are:", "Review overdue: Paper records left out in the lounge (review by 21/11/2026)"},
	} {
		f := findingOf(found, tc.ref, t)
		if f.Summary != tc.summary || f.Missing != tc.missing {
			t.Errorf("%s: %q / %q\nwant %q / %q", tc.ref, f.Summary, f.Missing, tc.summary, tc.missing)
		}
	}
	if f := findingOf(found, "1.1.2", t); len(f.Details) != 8 || !strings.HasPrefix(f.Details[0], "Resident care records (Residents): kept in Care records system; shared with GP") {
		t.Errorf("1.1.2's list: %q", f.Details)
	}
	fourth := register.Row{Table: "risks", Values: register.Values{"risk": "Fax sent to the wrong number", "top": "yes"}}
	if _, err := st.SaveRegisterRow(context.Background(), id, fourth); assessment.ErrorMessage(err) != "Only three risks can be in the top three. Take another off the top three first." {
		t.Errorf("a fourth top risk: %v", err)
	}
	note, warn := register.Suppliers.Note(book.Of("suppliers")[0], today)
	if note != "Certificate expires 01/01/2027 (31 days)" || !warn {
		t.Errorf("CareVision's note %q", note)
	}
}

// findingOf returns the finding of the register answering ref.
func findingOf(found map[string][]register.Finding, ref string, t *testing.T) register.Finding {
	t.Helper()
	if len(found[ref]) == 0 {
		t.Fatalf("no finding for %s", ref)
	}
	return found[ref][0]
}
