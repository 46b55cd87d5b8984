package assessment

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// Profile describes the organisation.
type Profile struct {
	Name              string
	ODSCode           string
	ICONumber         string
	CQCLocationID     string
	RegisteredManager string
	SecurityLead      string // the data security and protection lead
	CENumber          string // Cyber Essentials certificate number
	CEExpiry          time.Time
	CEPlusNumber      string // Cyber Essentials Plus certificate number
	CEPlusExpiry      time.Time
	// LastPublishedLevel is the level of the organisation's most recent
	// publication, or NotReady if it has never published.
	LastPublishedLevel Level
	LastPublishedOn    time.Time
}

// HasPublished reports whether the organisation has published an assessment before.
func (p Profile) HasPublished() bool { return p.LastPublishedLevel != NotReady }

// PublishableLevels are the levels this organisation can record a new
// publication at: Approaching Standards only if it has never published.
func (p Profile) PublishableLevels() []Level {
	levels := slices.Clone(PublishLevels)
	if p.HasPublished() {
		return levels[1:]
	}
	return levels
}

// ActionOwner is who a new action goes to by default: the data security
// lead, or else the registered manager.
func (p Profile) ActionOwner() string {
	if p.SecurityLead != "" {
		return p.SecurityLead
	}
	return p.RegisteredManager
}

// CEPlusCurrent reports whether a Cyber Essentials Plus certificate is held
// and has not expired by today.
func (p Profile) CEPlusCurrent(today time.Time) bool {
	return !p.CEPlusExpiry.IsZero() && !p.CEPlusExpiry.Before(Day(today))
}

// FieldProblem is something wrong with one profile field. A warning is
// advice; anything else means the value is not in a valid format.
type FieldProblem struct {
	Field   string // the field's name as shown in the window
	Message string
	Warning bool
}

var (
	odsPattern = regexp.MustCompile(`^[A-Z0-9]{3,10}$`)
	icoPattern = regexp.MustCompile(`^(Z[0-9]{7}|Z[A-Z][0-9]{6}|000[0-9]{8})$`)
	cqcPattern = regexp.MustCompile(`^1-[0-9]{6,12}$`)
)

// Field names, as shown in the window and in messages.
const (
	FieldName      = "Organisation name"
	FieldODS       = "ODS code"
	FieldICO       = "ICO registration number"
	FieldCQC       = "CQC location ID"
	FieldCEPlusExp = "Cyber Essentials Plus expiry date"
)

// CheckODSCode checks an ODS code: letters and digits; single sites usually
// have a code starting with V.
func CheckODSCode(code string) *FieldProblem {
	code = strings.ToUpper(strings.TrimSpace(code))
	switch {
	case code == "":
		return nil
	case !odsPattern.MatchString(code):
		return &FieldProblem{FieldODS, "An ODS code is 3 to 10 letters and digits, such as VN7AB. You can find yours on the NHS ODS portal.", false}
	case code[0] != 'V':
		return &FieldProblem{FieldODS, "A single care home usually registers with an ODS code starting with V. A code starting with A is for a head office covering several sites: check you have the right one.", true}
	}
	return nil
}

// CheckICONumber checks an ICO registration number against the formats the
// ICO register shows: Z followed by 7 digits (Z1234567), Z, a letter and 6
// digits (ZA123456), or, for newer registrations, 11 digits starting 000
// (00012345678). Anything else is taken for a typing slip: a digit too many
// or too few, a letter O for a zero, a phone number, or another code.
func CheckICONumber(n string) *FieldProblem {
	n = strings.ToUpper(strings.TrimSpace(n))
	if n == "" || icoPattern.MatchString(n) {
		return nil
	}
	return &FieldProblem{FieldICO, "An ICO registration number looks like ZA123456, Z1234567 or, for newer registrations, 11 digits starting 000 (00012345678). Copy it exactly as the ICO's register of fee payers shows it.", false}
}

// CheckCQCLocationID checks a CQC location ID such as 1-123456789.
func CheckCQCLocationID(id string) *FieldProblem {
	id = strings.TrimSpace(id)
	if id == "" || cqcPattern.MatchString(id) {
		return nil
	}
	return &FieldProblem{FieldCQC, "A CQC location ID looks like 1-123456789. It is on your CQC registration certificate and your CQC page.", true}
}

// Check returns every problem with the profile, in the order of the form.
func (p Profile) Check(today time.Time) []FieldProblem {
	var out []FieldProblem
	if strings.TrimSpace(p.Name) == "" {
		out = append(out, FieldProblem{FieldName, "Enter your organisation's name as registered with CQC.", false})
	}
	for _, fp := range []*FieldProblem{CheckODSCode(p.ODSCode), CheckICONumber(p.ICONumber), CheckCQCLocationID(p.CQCLocationID)} {
		if fp != nil {
			out = append(out, *fp)
		}
	}
	if !p.CEPlusExpiry.IsZero() && !p.CEPlusCurrent(today) {
		out = append(out, FieldProblem{FieldCEPlusExp, "Your Cyber Essentials Plus certificate expired on " + HumanDate(p.CEPlusExpiry) + ". Standards Exceeded needs a current one.", true})
	}
	return out
}
