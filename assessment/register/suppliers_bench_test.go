package register

import (
	"fmt"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// bigSupplierBook is a large home's suppliers (200), information (200
// kinds in 40 places) and risks (50), with a mix of gaps, dated from
// rulesToday.
func bigSupplierBook() Book {
	rows := map[string][]Row{}
	certs := []string{"none", "ce", "ceplus", "iso27001", "dspt", ""}
	for i := range 200 {
		rows["suppliers"] = append(rows["suppliers"], Row{ID: int64(i + 1), Table: "suppliers", Values: Values{
			"name": fmt.Sprintf("Supplier %d", i), "provides": "Service", "contact": contactOf(i),
			"it_supplier": yesEvery(i, 2), "certification": certs[i%len(certs)],
			"cert_expiry": assessment.FormatDate(rulesToday.AddDate(0, 0, i*3-200)),
			"destroys":    yesEvery(i, 10), "contract_at": contactOf(i + 1),
			"admin_access": yesEvery(i, 5), "admin_agreement": yesEvery(i, 3),
		}})
		rows["information"] = append(rows["information"], Row{ID: int64(i + 1), Table: "information", Values: Values{
			"information": fmt.Sprintf("Information %d", i), "kept_in": fmt.Sprintf("Place %d", i%40),
			"shared_with": contactOf(i), "basis": certs[i%3], "kept_for": contactOf(i + 2), "destroyed_by": fmt.Sprintf("Method %d", i%7),
		}})
	}
	for i := range 50 {
		rows["risks"] = append(rows["risks"], Row{ID: int64(i + 1), Table: "risks", Values: Values{
			"risk": fmt.Sprintf("Risk %d", i), "likelihood": levels[i%3].Key, "impact": levels[(i+1)%3].Key, "doing": contactOf(i),
			"owner": "Owner", "review": assessment.FormatDate(rulesToday.AddDate(0, 0, i-10)), "top": yesEvery(i, 17),
		}})
	}
	return Book{Rows: rows}
}

// yesEvery is "yes" for every nth i, else "no".
func yesEvery(i, n int) string {
	if i%n == 0 {
		return "yes"
	}
	return "no"
}

// contactOf is blank for every fourth i, so some rows have gaps.
func contactOf(i int) string {
	if i%4 == 0 {
		return ""
	}
	return fmt.Sprintf("Value %d", i)
}

// BenchmarkSuppliersInformationRisks works out every finding of the
// suppliers, information and risks registers for 200 suppliers, 200
// kinds of information and 50 risks, and every row's note where its
// table has notes.
func BenchmarkSuppliersInformationRisks(b *testing.B) {
	book := bigSupplierBook()
	c := Context{Today: rulesToday, Book: book}
	regs := []*Register{Named("suppliers"), Named("information"), Named("risks")}
	for b.Loop() {
		for _, r := range regs {
			FindingsOf(r, c)
			for _, s := range r.Tables {
				if s.Note == nil {
					continue
				}
				for _, row := range book.Of(s.Name) {
					s.Note(row, rulesToday)
				}
			}
		}
	}
}
