package store

import (
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// ref reads an item reference and checks the edition has it.
func (ic *importChecker) ref(o *objReader, ed *assessment.Edition, required bool) (*assessment.Item, string) {
	v := o.typed("ref", kindString, required)
	if v == nil || (v.str == "" && !required) {
		return nil, ""
	}
	it := ed.Item(v.str)
	if it == nil {
		ic.add(v.off, join(o.path, "ref"), "there is no question %q in the %s toolkit", abbreviate(v.str), ed.ID)
	}
	return it, v.str
}

func (ic *importChecker) answers(list []*node, path string, ed *assessment.Edition) []assessment.Answer {
	var out []assessment.Answer
	seen := map[string]string{}
	for i, n := range list {
		p := fmt.Sprintf("%s[%d]", path, i)
		o := ic.object(n, p)
		it, ref := ic.ref(o, ed, true)
		a := assessment.Answer{Ref: ref, Value: o.text("value", assessment.MaxLongText, false), NotApplicable: o.boolean("not_applicable"),
			Comment: o.text("comment", assessment.MaxLongText, false), NeedsReview: o.boolean("needs_review"), UpdatedAt: o.moment("updated_at", ic.now)}
		a.AnsweredAt = o.moment("answered_at", a.UpdatedAt)
		if it != nil {
			if msg := valueProblem(it, a.Value); msg != "" {
				ic.add(o.n.fields["value"].off, p+".value", "%s", msg)
			}
			if msg := notApplicableProblem(it, a.NotApplicable); msg != "" {
				ic.add(o.n.fields["not_applicable"].off, p+".not_applicable", "%s", msg)
			}
		}
		if first, dup := seen[ref]; dup && it != nil {
			ic.add(n.off, p, "is a second answer to %s (the first is %s)", ref, first)
		}
		seen[ref] = p
		o.done()
		out = append(out, a)
	}
	return out
}

func (ic *importChecker) evidence(list []*node, path string, ed *assessment.Edition) []assessment.Evidence {
	var out []assessment.Evidence
	seen := map[[3]string]string{}
	for i, n := range list {
		p := fmt.Sprintf("%s[%d]", path, i)
		o := ic.object(n, p)
		_, ref := ic.ref(o, ed, true)
		e := assessment.Evidence{Ref: ref, Note: o.text("note", assessment.MaxLongText, false), AddedAt: o.moment("added_at", ic.now)}
		e.Kind = assessment.EvidenceKind(o.oneOf("kind", true, "", evidenceKindNames()...))
		if v := o.typed("location", kindString, true); v != nil {
			loc, err := assessment.CleanLocation(e.Kind, v.str)
			if err != nil {
				ic.add(v.off, p+".location", "%s", assessment.ErrorMessage(err))
			}
			e.Location = loc // CheckedHere stays false: not looked at until the manager confirms it
		}
		e.File = ic.fingerprint(o, e.Kind)
		key := [3]string{e.Ref, string(e.Kind), e.Location}
		if first, dup := seen[key]; dup {
			ic.add(n.off, p, "records the same evidence location as %s", first)
		}
		seen[key] = p
		o.done()
		out = append(out, e)
	}
	return out
}

func (ic *importChecker) fingerprint(o *objReader, kind assessment.EvidenceKind) assessment.FileFingerprint {
	n := o.field("file", false)
	if n == nil || n.kind == kindNull {
		return assessment.FileFingerprint{}
	}
	p := join(o.path, "file")
	if kind != assessment.EvidenceFile && kind != "" {
		ic.add(n.off, p, "only evidence of kind \"file\" has a file fingerprint")
	}
	f := ic.object(n, p)
	var fp assessment.FileFingerprint
	fp.Size, _ = f.integer("size", true)
	fp.ModTime = f.moment("modified", ic.now)
	if v := f.typed("sha256", kindString, true); v != nil {
		fp.SHA256 = v.str
		if checkFingerprint(fp) != nil {
			ic.add(v.off, p+".sha256", "should be the file's SHA-256 as 64 lower-case hex digits, with a size of 0 or more")
		}
	}
	f.done()
	return fp
}

func (ic *importChecker) actions(list []*node, path string, ed *assessment.Edition) []assessment.Action {
	var out []assessment.Action
	for i, n := range list {
		p := fmt.Sprintf("%s[%d]", path, i)
		o := ic.object(n, p)
		_, ref := ic.ref(o, ed, false)
		long := func(key string) string { return o.text(key, assessment.MaxLongText, false) }
		a := assessment.Action{Ref: ref, Gap: long("gap"), Action: long("action"), Notes: long("notes"),
			Owner: o.text("owner", assessment.MaxShortText, false), TargetDate: o.date("target_date"), DoneDate: o.date("done_date"),
			Draft: o.boolean("draft")}
		a.Status = assessment.ActionStatus(o.oneOf("status", false, string(assessment.NotStarted),
			string(assessment.NotStarted), string(assessment.InProgress), string(assessment.Done)))
		o.done()
		out = append(out, a)
	}
	return out
}

func evidenceKindNames() []string {
	out := make([]string, len(assessment.EvidenceKinds))
	for i, k := range assessment.EvidenceKinds {
		out[i] = string(k)
	}
	return out
}
