package register

import (
	"fmt"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// certWarnDays is how many days before a supplier's certificate expires
// that it is warned of (10.2.1).
const certWarnDays = 60

func init() {
	Suppliers.Note = supplierNote
}

// supplierFindings works out what the suppliers register says about its
// questions: the list itself (10.1.2), IT suppliers' certification
// (10.2.1), suppliers who destroy records or equipment (1.4.2) and
// suppliers with administrator access (4.3.1).
func supplierFindings(c Context) []Finding {
	rows := c.Book.Of(Suppliers.Name)
	return []Finding{
		supplierList(rows),
		supplierCertification(c.Today, rows),
		supplierDestruction(rows),
		supplierAdmins(rows),
	}
}

// supplierList is 10.1.2: the register is the list of suppliers, what
// they provide and their contact details.
func supplierList(rows []Row) Finding {
	f := Finding{Ref: "10.1.2", ExportAsEvidence: true}
	if len(rows) == 0 {
		f.Summary = "Suppliers: none listed yet"
		f.Missing = "List the suppliers who handle personal information, what they provide and how to contact them"
		return f
	}
	f.Summary = "Suppliers: " + assessment.Count(len(rows), "supplier", "suppliers") + " listed"
	if it := CountIf(rows, isYes("it_supplier")); it > 0 {
		f.Summary += fmt.Sprintf(", %d of them for IT systems or support", it)
	}
	for _, r := range rows {
		f.Details = append(f.Details, supplierLine(r))
	}
	noContact := labelsOf(rowsWhere(rows, isBlank("contact")), Suppliers.RowLabel)
	noService := labelsOf(rowsWhere(rows, isBlank("provides")), Suppliers.RowLabel)
	f.Missing = Sentences(listed("No contact details for", noContact), listed("What they provide not recorded for", noService))
	if f.Missing != "" {
		f.Action = suggestAction("10.1.2", "The suppliers list is not complete: "+f.Missing,
			"Add each supplier's contact details and what they provide to the suppliers register")
	}
	return f
}

// supplierLine is a supplier in the 10.1.2 list: "Care Cloud Ltd: care
// records system; 0161 496 0000".
func supplierLine(r Row) string {
	var parts []string
	for _, k := range []string{"provides", "contact"} {
		if !blank(r, k) {
			parts = append(parts, strings.TrimSpace(r.Text(k)))
		}
	}
	if len(parts) == 0 {
		return Suppliers.RowLabel(r)
	}
	return Suppliers.RowLabel(r) + ": " + strings.Join(parts, "; ")
}

// certState is where a supplier's certification stands on a day.
type certState int

const (
	certNone     certState = iota // none recorded
	certExpired                   // its expiry date has passed
	certExpiring                  // it expires within certWarnDays
	certCurrent                   // current (or its expiry date is not recorded)
)

// certOf works out a supplier's certification on today. A certificate is
// current on its expiry day.
func certOf(r Row, today time.Time) certState {
	if blank(r, "certification") || r.Is("certification", "none") {
		return certNone
	}
	exp := r.Date("cert_expiry")
	switch {
	case isPast(exp, today):
		return certExpired
	case Soon(exp, today, certWarnDays):
		return certExpiring
	}
	return certCurrent
}

// certText describes a supplier's certification: "Cyber Essentials Plus,
// expires 05/01/2027 (35 days)".
func certText(r Row, today time.Time) string {
	name := Suppliers.Field("certification").Show(r.Text("certification"))
	exp := r.Date("cert_expiry")
	switch certOf(r, today) {
	case certNone:
		return "no certification recorded"
	case certExpired:
		return name + ", expired " + ShowDate(exp)
	case certExpiring:
		return fmt.Sprintf("%s, expires %s (%s)", name, ShowDate(exp), inDays(DaysBetween(today, exp)))
	}
	if exp.IsZero() {
		return name + ", expiry date not recorded"
	}
	return name + ", until " + ShowDate(exp)
}

// supplierCertification is 10.2.1: suppliers of IT systems without
// current cyber security certification, and certificates expiring in the
// next 60 days.
func supplierCertification(today time.Time, rows []Row) Finding {
	f := Finding{Ref: "10.2.1"}
	askIT := listed("Say whether these supply IT systems or support", labelsOf(rowsWhere(rows, isBlank("it_supplier")), Suppliers.RowLabel))
	it := rowsWhere(rows, isYes("it_supplier"))
	if len(it) == 0 {
		f.Summary = "IT suppliers: no supplier is marked as supplying IT systems or support"
		f.Missing = askIT
		return f
	}
	var lacking, expiring []string
	for _, r := range it {
		f.Details = append(f.Details, Suppliers.RowLabel(r)+": "+certText(r, today))
		switch certOf(r, today) {
		case certNone:
			lacking = append(lacking, Suppliers.RowLabel(r))
		case certExpired:
			lacking = append(lacking, fmt.Sprintf("%s (expired %s)", Suppliers.RowLabel(r), ShowDate(r.Date("cert_expiry"))))
		case certExpiring:
			expiring = append(expiring, fmt.Sprintf("%s (%s)", Suppliers.RowLabel(r), ShowDate(r.Date("cert_expiry"))))
		}
	}
	current := len(it) - len(lacking)
	f.Summary = fmt.Sprintf("IT suppliers: %d of %d %s current cyber security certification", current, len(it), assessment.Pick(len(it), "has", "have"))
	f.Missing = Sentences(listed("No current certification", lacking),
		listed(fmt.Sprintf("Certificate expires in the next %d days", certWarnDays), expiring), askIT)
	f.Action = certAction(lacking, expiring)
	return f
}

// certAction suggests asking IT suppliers for their certificates: first
// those without one, else those whose certificate expires soon.
func certAction(lacking, expiring []string) *assessment.Action {
	switch {
	case len(lacking) > 0:
		return suggestAction("10.2.1", "IT suppliers without current cyber security certification: "+joinCapped(lacking),
			"Ask each for a current Cyber Essentials, ISO 27001 or DSPT Standards Met certificate and note it in the suppliers register, or plan to change supplier")
	case len(expiring) > 0:
		return suggestAction("10.2.1", "Supplier certificates expiring soon: "+joinCapped(expiring),
			"Ask each for their renewed certificate and note its new expiry date in the suppliers register")
	}
	return nil
}

// supplierDestruction is 1.4.2: suppliers who destroy records or
// equipment for the home, and whether their contract is recorded.
func supplierDestruction(rows []Row) Finding {
	f := Finding{Ref: "1.4.2"}
	destroyers := rowsWhere(rows, isYes("destroys"))
	if len(destroyers) == 0 {
		f.Summary = "Destruction: no supplier is marked as destroying records or equipment for the home"
		f.NotApplicable = len(rows) > 0
		return f
	}
	var noContract []string
	for _, r := range destroyers {
		f.Details = append(f.Details, Suppliers.RowLabel(r)+": "+contractText(r))
		if blank(r, "contract_at") {
			noContract = append(noContract, Suppliers.RowLabel(r))
		}
	}
	n := len(destroyers)
	f.Summary = fmt.Sprintf("Destruction: %s %s records or equipment for the home; contract recorded for %d of %d",
		assessment.Count(n, "supplier", "suppliers"), assessment.Pick(n, "destroys", "destroy"), n-len(noContract), n)
	lackIn(&f, noContract, "No written contract recorded with", "No written contract recorded with suppliers who destroy records or equipment",
		"Find or put in place a written contract with data protection terms with each, and note where it is kept in the suppliers register")
	return f
}

// contractText describes a supplier's contract: "contract kept at Office
// filing cabinet, reviewed 01/04/2026".
func contractText(r Row) string {
	if blank(r, "contract_at") {
		return "no contract recorded"
	}
	s := "contract kept at " + Suppliers.Field("contract_at").Show(r.Text("contract_at"))
	if d := r.Date("contract_reviewed"); !d.IsZero() {
		return s + ", reviewed " + ShowDate(d)
	}
	return s + ", date reviewed not recorded"
}

// supplierAdmins is 4.3.1: suppliers with administrator access to the
// home's systems, and whether each signed the administrator agreement.
func supplierAdmins(rows []Row) Finding {
	f := Finding{Ref: "4.3.1"}
	admins := rowsWhere(rows, isYes("admin_access"))
	if len(admins) == 0 {
		f.Summary = "Administrator access: no supplier is marked as having administrator access to the home's systems"
		return f
	}
	var unsigned []string
	for _, r := range admins {
		f.Details = append(f.Details, Suppliers.RowLabel(r)+": "+agreementText(r))
		if !r.Yes("admin_agreement") {
			unsigned = append(unsigned, Suppliers.RowLabel(r))
		}
	}
	n := len(admins)
	f.Summary = fmt.Sprintf("Administrator access: %s %s administrator access; %d of %d signed the administrator agreement",
		assessment.Count(n, "supplier", "suppliers"), assessment.Pick(n, "has", "have"), n-len(unsigned), n)
	lackIn(&f, unsigned, "Administrator agreement not signed by", "Suppliers with administrator access who have not signed the administrator agreement",
		"Ask each to sign the administrator agreement, keep the signed copy and mark it in the suppliers register")
	return f
}

// agreementText says whether a supplier signed the administrator agreement.
func agreementText(r Row) string {
	switch {
	case r.Yes("admin_agreement"):
		return "administrator agreement signed"
	case r.No("admin_agreement"):
		return "administrator agreement not signed"
	}
	return "administrator agreement not recorded"
}

// supplierNote gives a supplier's state for its line in the table: its
// certificate expired or expiring, no certification for an IT supplier, or
// administrator access without the agreement.
func supplierNote(r Row, today time.Time) (string, bool) {
	var notes []string
	exp := r.Date("cert_expiry")
	switch certOf(r, today) {
	case certExpired:
		notes = append(notes, "Certificate expired "+ShowDate(exp))
	case certExpiring:
		notes = append(notes, fmt.Sprintf("Certificate expires %s (%s)", ShowDate(exp), inDays(DaysBetween(today, exp))))
	case certNone:
		if r.Yes("it_supplier") {
			notes = append(notes, "No certification")
		}
	}
	if r.Yes("admin_access") && !r.Yes("admin_agreement") {
		notes = append(notes, "Administrator agreement not signed")
	}
	return strings.Join(notes, "; "), len(notes) > 0
}
