package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// TestDemoPackContents checks that everything an inspector needs is in the
// text of the printed pack.
func TestDemoPackContents(t *testing.T) {
	in := rosewood(t)
	path := writePDF(t, in)
	keepSample(t, path, "demo.pdf")
	text := strings.Join(bodyLines(t, in, path), "\n")
	flat := squash(text)
	mustHave := func(what, s string) {
		t.Helper()
		if !strings.Contains(flat, squash(s)) {
			t.Errorf("%s missing from the PDF text: %q", what, s)
		}
	}
	checkCover(t, in, mustHave)
	for _, it := range in.Edition.Items {
		if !regexp.MustCompile(`(?m)(^|\s)` + regexp.QuoteMeta(it.Ref) + `(\s|$)`).MatchString(text) {
			t.Errorf("ref %s missing", it.Ref)
		}
		mustHave("short title of "+it.Ref, it.Short)
		if !assessment.NothingRecorded(in.Record.Answers[it.Ref], len(in.Record.EvidenceFor(it.Ref))) {
			mustHave("question of "+it.Ref, it.Question)
		}
	}
	checkAnswers(t, in, mustHave)
	checkActions(t, in, path, mustHave)
	for _, g := range in.Status.Missing {
		mustHave("missing item "+g.Ref, g.Ref+g.Short+g.Problem)
	}
}

func checkCover(t *testing.T, in Input, mustHave func(string, string)) {
	p := in.Profile
	for _, s := range []string{p.Name, p.ODSCode, p.ICONumber, p.CQCLocationID, in.Edition.Title, "14 May 2026",
		"Not yet ready to publish", in.Status.Summary(), p.RegisteredManager, p.SecurityLead,
		"Registered manager", "Data security and protection lead", "Signature", "Date"} {
		mustHave("cover text", s)
	}
	if in.Status.Level != assessment.NotReady {
		t.Fatalf("the demo fixture should not be ready to publish; it is at %s", in.Status.Level)
	}
}

func checkAnswers(t *testing.T, in Input, mustHave func(string, string)) {
	for _, a := range rosewoodAnswers {
		if a.value != "tick" && a.value != "na" && a.value != "review" && a.value != "" {
			mustHave("answer "+a.ref, a.value)
		}
		if a.comment != "" {
			mustHave("comment "+a.ref, a.comment)
		}
	}
	for _, e := range in.Record.Evidence {
		mustHave("evidence location", e.Kind.Label()+": "+shortLocation(e))
		mustHave("evidence note", e.Note)
		mustHave("evidence index row", e.Ref+e.Kind.Label()+e.Location+shortDate(e.AddedAt))
	}
	missing := in.Record.Evidence[9]
	mustHave("missing file flagged", shortLocation(missing)+rosewoodEvidence[9].note+"· added 25 November 2025 MISSING")
	changed := in.Record.Evidence[25]
	mustHave("changed file flagged", shortLocation(changed)+"added "+assessment.HumanDate(changed.AddedAt)+"Changed since added")
	for _, s := range []string{"Confirmed", "Not applicable", "Questions not answered yet", "Needs review", "N/A", "To do", "Done", "Evidence index"} {
		mustHave("answer display", s)
	}
}

func checkActions(t *testing.T, in Input, path string, mustHave func(string, string)) {
	layout := strings.Join(bodyLines(t, in, path, "-layout"), "\n")
	for _, a := range in.Record.Actions {
		for _, s := range []string{a.Gap, a.Action, a.Owner, a.Notes} {
			mustHave("action "+a.Ref, s)
		}
		first := func(s string) string { return regexp.QuoteMeta(strings.Fields(s)[0]) }
		row := `(?m)^\s*` + regexp.QuoteMeta(a.Ref) + `\s+` + first(a.Gap) + `.*\s` + first(a.Action) + `.*\s` + first(a.Owner) +
			`.*\s` + regexp.QuoteMeta(shortDate(a.TargetDate)) + `\s+` + regexp.QuoteMeta(a.Status.Label()) + `\s*$`
		if !regexp.MustCompile(row).MatchString(layout) {
			t.Errorf("action row %s not laid out as a row (%s)", a.Ref, row)
		}
	}
	if n := len(regexp.MustCompile(`OVERDUE(\s|$)`).FindAllString(layout, -1)); n != 1 {
		t.Errorf("want exactly one action marked OVERDUE, got %d", n)
	}
	if !regexp.MustCompile(`(?m)^\s*7\.3\.5\s+Backups.*In progress\s*\n.*OVERDUE\s*$`).MatchString(layout) {
		t.Error("the overdue action 7.3.5 is not marked OVERDUE")
	}
}

// TestEveryPageHasHeaderAndFooter checks the running header (not on the
// cover), "Page N of M" and the print date, and that no page is blank.
func TestEveryPageHasHeaderAndFooter(t *testing.T) {
	in := rosewood(t)
	ps := pages(t, writePDF(t, in))
	if len(ps) < 8 {
		t.Fatalf("only %d pages", len(ps))
	}
	for i, p := range ps {
		hasHeader := strings.Contains(p, "Data Security and Protection Toolkit 2025-26\n")
		if hasHeader != (i > 0) {
			t.Errorf("page %d: running header shown = %v", i+1, hasHeader)
		}
		for _, s := range []string{fmt.Sprintf("Page %d of %d", i+1, len(ps)), "Printed 14 May 2026 by DSPT Desk 0.1.0"} {
			if !strings.Contains(p, s) {
				t.Errorf("page %d: footer lacks %q", i+1, s)
			}
		}
		if body := strings.Join(pageBody(in, p, i == 0), ""); len(strings.TrimSpace(body)) < 40 {
			t.Errorf("page %d is nearly blank: %q", i+1, body)
		}
	}
}

var tableHead = regexp.MustCompile(`(?m)^\s*Ref\s+(Question|The gap)\b.*$`)

// TestNoOrphanedHeadings checks that no page ends with a table header or a
// heading.
func TestNoOrphanedHeadings(t *testing.T) {
	for name, in := range map[string]Input{"demo": rosewood(t), "large": large(t)} {
		headings := map[string]bool{"Overall": true, "Contents": true}
		for _, g := range in.Edition.Groups {
			headings[g.Title] = true
		}
		seen := 0
		for i, p := range pages(t, writePDF(t, in), "-layout") {
			seen += len(tableHead.FindAllString(p, -1))
			var last string
			for _, l := range pageBody(in, p, i == 0) {
				if strings.TrimSpace(l) != "" {
					last = l
				}
			}
			if tableHead.MatchString(last) || headings[strings.TrimSpace(last)] {
				t.Errorf("%s page %d ends with a heading: %q", name, i+1, last)
			}
		}
		if seen == 0 {
			t.Errorf("%s: no table headers found at all", name)
		}
	}
}

// TestPDFIsValidAndFontsEmbedded runs qpdf --check and pdffonts.
func TestPDFIsValidAndFontsEmbedded(t *testing.T) {
	path := writePDF(t, unicodeInput(t))
	run(t, "qpdf", "--check", path)
	fonts := strings.Split(strings.TrimSpace(run(t, "pdffonts", path)), "\n")
	if len(fonts) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", strings.Join(fonts, "\n"))
	}
	for _, l := range fonts[2:] {
		if f := strings.Fields(l); len(f) < 6 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
}

// TestMetadata checks the document information.
func TestMetadata(t *testing.T) {
	info := run(t, "pdfinfo", writePDF(t, rosewood(t)))
	for _, want := range []string{
		"Title:           Rosewood House: DSPT 2025-26 summary and action plan",
		"Subject:         Data Security and Protection Toolkit 2025-26 (version 8), adult social care: summary and action plan",
		"Author:          Rosewood House",
		"Creator:         DSPT Desk 0.1.0",
		"Page size:       595.28 x 841.89 pts (A4)",
	} {
		if !strings.Contains(info, want+"\n") {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

// TestApproachingStandards checks the cover and the action plan's
// confirmation when Approaching Standards is the level reached.
func TestApproachingStandards(t *testing.T) {
	in := reachAS(t, rosewood(t))
	if in.Status.Level != assessment.ApproachingStandards {
		t.Fatalf("fixture reaches %s, want Approaching Standards", in.Status.Level)
	}
	path := writePDF(t, in)
	keepSample(t, path, "approaching.pdf")
	flat := squash(strings.Join(bodyLines(t, in, path), "\n"))
	for _, s := range []string{
		"Level reached Approaching Standards",
		"Every Standards Met item not yet met has an action in this plan with an owner and a target date",
		"What is missing for Standards Met",
	} {
		if !strings.Contains(flat, squash(s)) {
			t.Errorf("missing %q", s)
		}
	}
}

// TestNotReadyHasNoConfirmation checks the Approaching Standards line is
// not printed when that level is not reached.
func TestNotReadyHasNoConfirmation(t *testing.T) {
	in := rosewood(t)
	flat := squash(strings.Join(bodyLines(t, in, writePDF(t, in)), "\n"))
	if strings.Contains(flat, squash("Every Standards Met item not yet met")) {
		t.Error("confirmation printed although Approaching Standards is not reached")
	}
}

// TestPublished shows the publication date of a locked assessment.
func TestPublished(t *testing.T) {
	in := reachAS(t, rosewood(t))
	in.Record.Assessment.State = assessment.StatePublished
	in.Record.Assessment.PublishedOn = date("2026-05-12")
	in.Record.Assessment.PublishedLevel = assessment.ApproachingStandards
	flat := squash(strings.Join(bodyLines(t, in, writePDF(t, in)), "\n"))
	if want := "Published on 12 May 2026 at Approaching Standards."; !strings.Contains(flat, squash(want)) {
		t.Errorf("missing %q", want)
	}
}

// TestNoWordingNotes checks the pack keeps our confidence notes out, and
// says on the contents page how many wordings the manager checked, only
// when there are some.
func TestNoWordingNotes(t *testing.T) {
	in := rosewood(t)
	text := strings.Join(bodyLines(t, in, writePDF(t, in)), "\n")
	if strings.Contains(text, "not confirmed") || strings.Contains(text, "checked against the live") {
		t.Error("a wording note is printed although no wording was checked")
	}
	in.Record.Wording = map[string]assessment.WordingCheck{}
	for _, it := range in.Edition.Items[:12] {
		in.Record.Wording[it.Ref] = assessment.WordingCheck{Ref: it.Ref, State: assessment.WordingMatches}
	}
	differs := in.Edition.Items[0]
	in.Record.Wording[differs.Ref] = assessment.WordingCheck{Ref: differs.Ref, State: assessment.WordingDiffers, LiveWording: "The live toolkit's own wording of this question?"}
	text = squash(strings.Join(bodyLines(t, in, writePDF(t, in)), "\n"))
	want := squash(fmt.Sprintf("Wording checked against the live online toolkit by the manager: 12 of %d questions.", len(in.Edition.Items)))
	if strings.Count(text, want) != 1 {
		t.Error("the contents page does not say how many wordings were checked")
	}
	if !strings.Contains(text, squash("The live toolkit's own wording of this question?")) {
		t.Error("the pack does not print the live wording the manager pasted")
	}
}

// TestDeterministic checks the same input gives the same bytes.
func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write(&a, rosewood(t)); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, rosewood(t)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders of the same input differ")
	}
}

// TestWriteFileLeavesNoHalfFile checks a failed export leaves no file
// behind and does not touch an older copy.
func TestWriteFileLeavesNoHalfFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "pack.pdf")
	if err := os.WriteFile(path, []byte("older copy"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := rosewood(t)
	bad.Status = nil
	if err := WriteFile(path, bad); err == nil {
		t.Fatal("WriteFile accepted input without a status")
	}
	if data, _ := os.ReadFile(path); string(data) != "older copy" {
		t.Errorf("older copy changed to %q", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if err := WriteFile(filepath.Join(dir, "no such folder", "pack.pdf"), rosewood(t)); err == nil {
		t.Error("WriteFile into a missing folder did not fail")
	}
}

// TestSparseInput renders an empty profile and record without trouble.
func TestSparseInput(t *testing.T) {
	ed := loadEdition(t)
	rec := &assessment.Record{Answers: map[string]assessment.Answer{},
		Actions: []assessment.Action{{Ref: "9.9.9"}, {}}}
	in := newInput(t, ed, assessment.Profile{}, rec, nil)
	text := strings.Join(bodyLines(t, in, writePDF(t, in)), "\n")
	for _, s := range []string{"Organisation name not recorded", "Not recorded", "Not set", "Questions not answered yet"} {
		if !strings.Contains(text, s) {
			t.Errorf("missing %q", s)
		}
	}
}

// TestWriteChecksInput refuses input the report cannot be drawn from.
func TestWriteChecksInput(t *testing.T) {
	cases := map[string]func(*Input){
		"no edition":    func(in *Input) { in.Edition = nil },
		"no record":     func(in *Input) { in.Record = nil },
		"no status":     func(in *Input) { in.Status = nil },
		"no print date": func(in *Input) { in.PrintedAt = time.Time{} },
	}
	for name, spoil := range cases {
		t.Run(name, func(t *testing.T) {
			in := rosewood(t)
			spoil(&in)
			var buf bytes.Buffer
			if err := Write(&buf, in); err == nil || buf.Len() > 0 {
				t.Errorf("Write gave error %v and %d bytes", err, buf.Len())
			}
		})
	}
}

// TestCheckEvidence looks for evidence on disk: a file that is there, one
// that has gone, a folder, and a paper location that is not checked.
func TestCheckEvidence(t *testing.T) {
	dir := t.TempDir()
	here := filepath.Join(dir, "policy.pdf")
	if err := os.WriteFile(here, []byte("policy"), 0o644); err != nil {
		t.Fatal(err)
	}
	rec := &assessment.Record{Answers: map[string]assessment.Answer{}, Evidence: []assessment.Evidence{
		{ID: 1, Ref: "1.1.2", Kind: assessment.EvidenceFile, Location: here, CheckedHere: true},
		{ID: 2, Ref: "1.1.2", Kind: assessment.EvidenceFile, Location: filepath.Join(dir, "gone.pdf"), CheckedHere: true},
		{ID: 3, Ref: "1.1.3", Kind: assessment.EvidenceFolder, Location: dir, CheckedHere: true},
		{ID: 4, Ref: "1.1.3", Kind: assessment.EvidencePaper, Location: "Blue folder"},
	}}
	in := NewInput(loadEdition(t), rosewoodProfile(), rec, printedAt, "0.1.0")
	if in.Status == nil || in.Status.AS.Total == 0 {
		t.Fatal("NewInput did not evaluate the status")
	}
	in.CheckEvidence()
	want := map[int64]assessment.EvidenceCondition{1: assessment.EvidenceOK, 2: assessment.EvidenceMissing, 3: assessment.EvidenceOK, 4: assessment.EvidenceUnchecked}
	for id, c := range want {
		if in.Evidence[id] != c {
			t.Errorf("evidence %d: condition %v, want %v", id, in.Evidence[id], c)
		}
	}
	text := strings.Join(bodyLines(t, in, writePDF(t, in)), "\n")
	if n := strings.Count(text, "MISSING"); n != 2 {
		t.Errorf("MISSING printed %d times, want twice (with the answer and in the evidence index)", n)
	}
}

func TestComparedWithLastYear(t *testing.T) {
	in := rosewood(t)
	bank, err := assessment.DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	last := in.Record.Clone()
	delete(last.Answers, "1.1.5")
	last.Assessment = assessment.Assessment{State: assessment.StatePublished, PublishedOn: date("2025-06-24"), PublishedLevel: assessment.ApproachingStandards}
	in.SetPrevious(bank.Edition("2024-25"), last)
	text := squash(strings.Join(bodyLines(t, in, writePDF(t, in)), "\n"))
	for _, want := range []string{"Compared with last year", "Last year: DSPT 2024-25, published on 24 June 2025 at Approaching Standards",
		"new question this year", "Not asked", "answer changed"} {
		if !strings.Contains(text, squash(want)) {
			t.Errorf("the comparison lacks %q", want)
		}
	}
	if without := rosewood(t); len(without.Compare) != 0 {
		t.Error("the fixture should have no comparison unless one is set")
	}
}

func TestSignOffFitsOnTheCover(t *testing.T) {
	in := rosewood(t)
	in.Status.Note = "A note long enough to take a line of its own on the cover, as the once-only rule for Approaching Standards does."
	cover := pages(t, writePDF(t, in))[0]
	for _, want := range []string{"Registered manager", "Data security and protection lead", in.Profile.SecurityLead} {
		if !strings.Contains(cover, want) {
			t.Errorf("the cover lacks %q", want)
		}
	}
}
