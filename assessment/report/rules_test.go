package report

import (
	"strings"
	"testing"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// packText renders in and returns its body text with all white space removed.
func packText(t *testing.T, in Input) string {
	t.Helper()
	return squash(strings.Join(bodyLines(t, in, writePDF(t, in)), "\n"))
}

// TestDraftsAreLeftOutOfThePlan makes drafts for every gap of a new file:
// none is printed, and the plan says how many questions have drafts.
func TestDraftsAreLeftOutOfThePlan(t *testing.T) {
	ed := loadEdition(t)
	p := rosewoodProfile()
	rec := &assessment.Record{Answers: map[string]assessment.Answer{}}
	rec.Actions = assessment.DraftActions(p, assessment.Evaluate(ed, p, rec, printedAt), rec)
	rec.Actions = append(rec.Actions, assessment.Action{Ref: "3.2.1", Gap: "Night staff untrained.", Action: "Book the e-learning.", Owner: "Tomasz", Status: assessment.NotStarted})
	in := newInput(t, ed, p, rec, nil)
	keepSample(t, writePDF(t, in), "drafts.pdf")
	text := packText(t, in)
	drafts := assessment.DraftQuestions(rec.Actions)
	for _, want := range []string{"This plan counts actions: 1 action, on 1 question.", "Book the e-learning.",
		assessment.Count(drafts, "question has", "questions have") + " draft actions that are not yet planned"} {
		if !strings.Contains(text, squash(want)) {
			t.Errorf("missing %q", want)
		}
	}
	if strings.Contains(text, squash(rec.Actions[0].Action)) {
		t.Error("a draft's guidance text is printed in the plan")
	}
	if n := len(pages(t, writePDF(t, in))); n > 8 {
		t.Errorf("a new file with drafts for every gap prints %d pages", n)
	}
}

// TestMissingSaysWhatIsMissing checks an action with an owner but no date
// is reported as exactly that, and each count says what it counts.
func TestMissingSaysWhatIsMissing(t *testing.T) {
	in := rosewood(t)
	in.Record.Actions[0].TargetDate = time.Time{} // 3.2.1: an owner, no date
	in = newInput(t, in.Edition, in.Profile, in.Record, in.Evidence)
	text := packText(t, in)
	for _, want := range []string{"3.2.1", "Not done: its action has no target date", "This list counts questions, one line each",
		"This plan counts actions:"} {
		if !strings.Contains(text, squash(want)) {
			t.Errorf("missing %q", want)
		}
	}
	if strings.Contains(text, squash("no action planned with an owner and a target date")) {
		t.Error("the old vague wording is still printed")
	}
}

// TestNoGapThatNoLongerExists answers a question whose action is open: the
// plan no longer prints its gap.
func TestNoGapThatNoLongerExists(t *testing.T) {
	in := rosewood(t)
	a := in.Record.Actions[1] // 3.4.1, not started
	in.Record.Answers[a.Ref] = answer(in.Edition, a.Ref, "tick", "", date("2026-05-10"))
	in = newInput(t, in.Edition, in.Profile, in.Record, in.Evidence)
	text := packText(t, in)
	if strings.Contains(text, squash(a.Gap)) {
		t.Errorf("the gap %q is printed although %s is complete", a.Gap, a.Ref)
	}
	if !strings.Contains(text, squash("None now: the question is complete.")) {
		t.Error("the settled action does not say its question is complete")
	}
}

// TestCommentsCanBeLeftOut checks comments print by default and not when
// the manager leaves them out.
func TestCommentsCanBeLeftOut(t *testing.T) {
	in := rosewood(t)
	comment := squash(rosewoodAnswers[0].comment)
	if !strings.Contains(packText(t, in), comment) {
		t.Fatal("comments are not printed by default")
	}
	in.LeaveOutComments = true
	if strings.Contains(packText(t, in), comment) {
		t.Error("a comment is printed although comments were left out")
	}
}

// TestEveryAnswerHasItsDate checks every printed answer, including a
// document item answered by its evidence alone, says when it was given.
func TestEveryAnswerHasItsDate(t *testing.T) {
	in := rosewood(t)
	var doc assessment.Evidence // of a document item, whose answer row is taken away
	for _, e := range in.Record.Evidence {
		if in.Edition.Item(e.Ref).Answer == assessment.Document {
			doc = e
			delete(in.Record.Answers, e.Ref)
			break
		}
	}
	if doc.Ref == "" {
		t.Fatal("fixture: no document item with evidence")
	}
	in = newInput(t, in.Edition, in.Profile, in.Record, in.Evidence)
	text := strings.Join(bodyLines(t, in, writePDF(t, in)), "\n")
	if strings.Contains(text, "Last updated") {
		t.Error("the old 'Last updated' line is still printed")
	}
	answered := 0
	for _, it := range in.Edition.Items {
		if !assessment.GivenOn(it, in.Record.Answers[it.Ref], in.Record.EvidenceFor(it.Ref)).IsZero() {
			answered++
		}
	}
	if got := strings.Count(text, "Answered on"); got != answered || answered == 0 {
		t.Errorf("%d answers dated, want %d", got, answered)
	}
	if !strings.Contains(squash(text), squash("Answered on"+assessment.HumanDate(doc.AddedAt))) {
		t.Errorf("%s, answered by its evidence alone, has no date", doc.Ref)
	}
}

// TestUnansweredCompactTable checks a new file lists its questions in one
// table and prints no full blocks, and a finished one has no such table.
func TestUnansweredCompactTable(t *testing.T) {
	ed := loadEdition(t)
	in := newInput(t, ed, rosewoodProfile(), &assessment.Record{Answers: map[string]assessment.Answer{}}, nil)
	path := writePDF(t, in)
	text := squash(strings.Join(bodyLines(t, in, path), "\n"))
	if !strings.Contains(text, squash(assessment.Count(len(ed.Items), "question has", "questions have")+" nothing recorded yet")) {
		t.Error("the compact table does not count the unanswered questions")
	}
	if strings.Contains(text, "Answersinfull") || strings.Contains(text, squash(ed.Items[0].Question)) {
		t.Error("a new file still prints full answer blocks")
	}
	if n := len(pages(t, path)); n > 7 {
		t.Errorf("a new file prints %d pages", n)
	}
	full := large(t)
	if text := packText(t, full); strings.Contains(text, "Questionsnotansweredyet") {
		t.Error("a finished assessment has a table of unanswered questions")
	}
}

func TestShortLocation(t *testing.T) {
	long := `\\rosewood-nas\office\Governance\Minutes\2026\Quarterly meetings with the deputy manager\Signed`
	cases := []struct {
		e    assessment.Evidence
		want string
	}{
		{assessment.Evidence{Kind: assessment.EvidenceFile, Location: `\\nas\office\HR\Staff list.xlsx`}, `Staff list.xlsx (in \\nas\office\HR)`},
		{assessment.Evidence{Kind: assessment.EvidenceFolder, Location: `/home/manager/Evidence/`}, `Evidence (in /home/manager)`},
		{assessment.Evidence{Kind: assessment.EvidenceFile, Location: `C:\policy.pdf`}, `policy.pdf (in C:\)`},
		{assessment.Evidence{Kind: assessment.EvidenceFile, Location: long + `\minutes.pdf`}, `minutes.pdf (in \\rosewood-nas\office\G…he deputy manager\Signed)`},
		{assessment.Evidence{Kind: assessment.EvidencePaper, Location: "Blue folder, office"}, "Blue folder, office"},
	}
	for _, c := range cases {
		if got := shortLocation(c.e); got != c.want {
			t.Errorf("shortLocation(%q) = %q, want %q", c.e.Location, got, c.want)
		}
	}
	if got := shortenMiddle(strings.Repeat("é", 100), 9); got != "éééé…éééé" {
		t.Errorf("shortenMiddle = %q", got)
	}
}
