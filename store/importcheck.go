package store

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// importPlan is a checked import file, ready to write.
type importPlan struct {
	profile     assessment.Profile
	editions    []storedEdition   // the added editions to store
	support     []importedSupport // the added end-of-support files to store
	assessments []importAssessment
}

type importAssessment struct {
	a        assessment.Assessment
	answers  []assessment.Answer
	evidence []assessment.Evidence
	actions  []assessment.Action
	wording  []assessment.WordingCheck
	entered  map[string]time.Time
	// registers and settings are the register rows (by table, checked and
	// in stored form) and settings; rowsAt is when the rows are added.
	registers map[string][]register.Values
	settings  map[string]string
	rowsAt    time.Time
	off       int    // where it starts in the file
	path      string // its JSON path
}

// checkImport reads and checks a whole file against the bank without
// touching any database, returning every problem found.
func checkImport(data []byte, bank *assessment.Bank, now time.Time) (*importPlan, []Problem) {
	c := &checker{lines: newLineIndex(data)}
	if i := invalidUTF8(data); i >= 0 {
		c.add(i, "", "the file is not UTF-8 text: save it as UTF-8 (plain text) and try again")
		return nil, c.problems
	}
	root, err := parseTree(data)
	if err != nil {
		se, _ := err.(*syntaxError)
		c.add(se.off, "", "%s", se.msg)
		return nil, c.problems
	}
	ic := &importChecker{checker: c, bank: bank, now: now.UTC().Truncate(time.Second)}
	plan := ic.file(root)
	return plan, c.problems
}

// invalidUTF8 returns the offset of the first byte that is not UTF-8, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

type importChecker struct {
	*checker
	bank *assessment.Bank
	now  time.Time
}

func (ic *importChecker) file(root *node) *importPlan {
	o := ic.object(root, "")
	if !ic.header(o) {
		return nil
	}
	o.moment("exported_at", time.Time{})
	plan := &importPlan{profile: ic.profile(o.field("profile", false))}
	plan.editions, ic.bank = ic.importEditions(o.list("editions", false))
	plan.support = ic.importSupportFiles(o.list("support_files", false))
	seen := map[string]string{}
	for i, n := range o.list("assessments", true) {
		path := fmt.Sprintf("assessments[%d]", i)
		ia, ok := ic.assessment(n, path)
		if !ok {
			continue
		}
		if first, dup := seen[ia.a.EditionID]; dup {
			ic.add(n.off, path, "is a second assessment for %s (the first is %s); there can be one per year", ia.a.EditionID, first)
			continue
		}
		seen[ia.a.EditionID] = path
		plan.assessments = append(plan.assessments, ia)
	}
	o.done()
	return plan
}

// header checks the format name and version; if either is wrong, nothing
// else in the file can be trusted to mean what this version thinks.
func (ic *importChecker) header(o *objReader) bool {
	if o.n == nil {
		return false
	}
	f := o.field("format", true)
	if f == nil {
		return false
	}
	if f.kind != kindString || f.str != FormatName {
		ic.add(f.off, "format", "this is not a DSPT Desk export: the format should be %q", FormatName)
		return false
	}
	v, ok := o.integer("version", true)
	switch {
	case !ok:
		return false
	case v > FormatVersion:
		ic.add(o.n.fields["version"].off, "version", "the file uses format version %d, from a newer DSPT Desk; this version reads up to %d. Install the newer version to import it", v, FormatVersion)
		return false
	case v < 1:
		ic.add(o.n.fields["version"].off, "version", "format version %d does not exist; it should be %d", v, FormatVersion)
		return false
	}
	return true
}

func (ic *importChecker) profile(n *node) assessment.Profile {
	var p assessment.Profile
	if n == nil || n.kind == kindNull {
		return p
	}
	o := ic.object(n, "profile")
	short := func(key string) string { return o.text(key, assessment.MaxShortText, false) }
	p.Name, p.ODSCode, p.ICONumber = short("name"), short("ods_code"), short("ico_number")
	p.CQCLocationID, p.RegisteredManager, p.SecurityLead = short("cqc_location_id"), short("registered_manager"), short("security_lead")
	p.CENumber, p.CEExpiry = short("cyber_essentials_number"), o.date("cyber_essentials_expiry")
	p.CEPlusNumber, p.CEPlusExpiry = short("cyber_essentials_plus_number"), o.date("cyber_essentials_plus_expiry")
	level := o.oneOf("last_published_level", false, "none", "none", "AS", "SM", "SE")
	p.LastPublishedLevel, _ = assessment.ParseLevel(level)
	p.LastPublishedOn = o.date("last_published_on")
	o.done()
	return p
}

func (ic *importChecker) assessment(n *node, path string) (importAssessment, bool) {
	ia := importAssessment{off: n.off, path: path}
	o := ic.object(n, path)
	before := len(ic.problems)
	ia.a = ic.assessmentFields(o)
	ed := ic.bank.Edition(ia.a.EditionID)
	if ed == nil && ia.a.EditionID != "" {
		ic.add(o.n.fields["edition"].off, join(path, "edition"), "DSPT Desk does not have the questions for the %q toolkit (it knows %s)",
			abbreviate(ia.a.EditionID), strings.Join(ic.bank.IDs(), ", "))
	}
	answers, evidence, actions := o.list("answers", false), o.list("evidence", false), o.list("actions", false)
	wording, entered := o.list("wording", false), o.list("entered_online", false)
	if ed != nil {
		ia.answers = ic.answers(answers, join(path, "answers"), ed)
		ia.evidence = ic.evidence(evidence, join(path, "evidence"), ed)
		ia.actions = ic.actions(actions, join(path, "actions"), ed)
		ia.wording = ic.wording(wording, join(path, "wording"), ed)
		ia.entered = ic.entered(entered, join(path, "entered_online"), ed)
		ia.registers = ic.importRegisters(o.field("registers", false), join(path, "registers"), ed.ID)
		ia.settings = ic.importRegisterSettings(o.field("register_settings", false), join(path, "register_settings"))
		ia.rowsAt = ic.now
		ic.sizeLimits(o, ia)
	}
	o.done()
	return ia, ed != nil && len(ic.problems) == before
}

func (ic *importChecker) assessmentFields(o *objReader) assessment.Assessment {
	a := assessment.Assessment{EditionID: o.str("edition", true)}
	a.State = assessment.AssessmentState(o.oneOf("state", false, string(assessment.StateInProgress),
		string(assessment.StateInProgress), string(assessment.StatePublished)))
	a.PublishedOn = o.date("published_on")
	level := o.oneOf("published_level", false, "none", "AS", "SM", "SE")
	a.PublishedLevel, _ = assessment.ParseLevel(level)
	a.CreatedAt = o.moment("created_at", ic.now)
	if o.n != nil && a.Locked() != (!a.PublishedOn.IsZero() && a.PublishedLevel != assessment.NotReady) {
		ic.add(o.n.off, o.path, "a published assessment needs published_on and published_level, and one in progress has neither")
	}
	return a
}
