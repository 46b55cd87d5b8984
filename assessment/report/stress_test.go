package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// numbered returns about n characters of distinct numbered words, such as
// "w000000 w000001 …", so a test can tell exactly which word went missing.
func numbered(prefix string, n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n-len(prefix)-7; i++ {
		fmt.Fprintf(&b, "%s%06d ", prefix, i)
	}
	return strings.TrimSpace(b.String())
}

// mixedText is what a manager might paste: typographic quotes, currency,
// accents, Greek and Cyrillic (all in the Go fonts), an emoji, Chinese,
// Arabic and Hebrew (not in them), a decomposed accent, a tab, Windows line
// ends and gofpdf's page-count alias.
const mixedText = "Fee £250 – “Smart” café’s résumé, naïve Ωμέγα Жизнь ħŝ 😀 done 中文 العربية עברית Rene\u0301e {nb}\ttabbed\r\nnext line"

// mixedClean is mixedText as it must print: every character the fonts lack
// replaced by one visible substitute, nothing dropped.
const mixedClean = "Fee £250 – “Smart” café’s résumé, naïve Ωμέγα Жизнь ħŝ □ done □□ □□□□□□□ □□□□□ Renée {nb}    tabbed\nnext line"

func unicodeInput(t *testing.T) Input {
	in := rosewood(t)
	a := in.Record.Answers["1.3.13"]
	a.Value, a.Comment = mixedText, "Owner: “Zoë” – 👍🏽 thanks"
	in.Record.Answers["1.3.13"] = a
	in.Record.Actions[0].Owner = "Siân Ní Bhriain ✓"
	return newInput(t, in.Edition, in.Profile, in.Record, in.Evidence)
}

// TestMixedUnicode checks typed Unicode prints, and that characters the
// fonts cannot draw show as the substitute while the text around survives.
func TestMixedUnicode(t *testing.T) {
	in := unicodeInput(t)
	path := writePDF(t, in)
	keepSample(t, path, "unicode.pdf")
	text := strings.Join(bodyLines(t, in, path), "\n")
	for _, want := range []string{mixedClean, "Owner: “Zoë” – □□ thanks", "Siân Ní Bhriain ✓"} {
		if !strings.Contains(squash(text), squash(want)) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	if !strings.Contains(text, "Fee £250 – “Smart” café’s résumé, naïve Ωμέγα Жизнь ħŝ □ done") {
		t.Error("the line around the emoji did not survive intact")
	}
}

// TestVeryLongText checks that a 100,000-character answer, comment and
// action, and a long path with no spaces, print in full and in order across
// many pages.
func TestVeryLongText(t *testing.T) {
	in := rosewood(t)
	ans := in.Record.Answers["1.1.5"]
	ans.Value, ans.Comment = numbered("w", assessment.MaxLongText), numbered("c", assessment.MaxLongText)
	in.Record.Answers["1.1.5"] = ans
	in.Record.Actions[0].Action = numbered("a", assessment.MaxLongText)
	longPath := `\\nas\` + strings.Repeat(`Sub folder with a long name\`, 140) + "file.pdf"
	unbroken := strings.Repeat("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 110)
	in.Record.Evidence = append(in.Record.Evidence,
		assessment.Evidence{ID: 900, Ref: "1.1.5", Kind: assessment.EvidenceFile, Location: longPath},
		assessment.Evidence{ID: 901, Ref: "1.1.5", Kind: assessment.EvidenceText, Location: unbroken})
	in = newInput(t, in.Edition, in.Profile, in.Record, in.Evidence)
	path := writePDF(t, in)
	keepSample(t, path, "long.pdf")
	text := strings.Join(bodyLines(t, in, path), "\n")
	for _, p := range []string{"w", "c", "a"} {
		checkSequence(t, text, p, strings.Count(numbered(p, assessment.MaxLongText), " ")+1)
	}
	// The evidence index prints each location in full; its header repeats
	// on every page the row runs over, and the row's state cell is read
	// between the location's first page and the rest.
	flat := squash(text)
	for _, noise := range []string{"RefKindLocation (in full)AddedState", "Not a file or folder", "Not checked"} {
		flat = strings.ReplaceAll(flat, squash(noise), "")
	}
	for _, s := range []string{longPath, unbroken} {
		if !strings.Contains(flat, squash(s)) {
			t.Errorf("long location of %d characters did not print in full", len(s))
		}
	}
}

// checkSequence checks the words prefix000000… appear once each, in order.
func checkSequence(t *testing.T, text, prefix string, n int) {
	t.Helper()
	words := regexp.MustCompile(`\b`+prefix+`(\d{6})\b`).FindAllStringSubmatch(text, -1)
	if len(words) != n {
		t.Errorf("%s…: %d words printed, want %d", prefix, len(words), n)
	}
	for i, w := range words {
		if got, _ := strconv.Atoi(w[1]); got != i {
			t.Errorf("%s…: word %d is %s%s", prefix, i, prefix, w[1])
			return
		}
	}
}

// TestLargeAssessment renders the stress fixture.
func TestLargeAssessment(t *testing.T) {
	in := large(t)
	path := writePDF(t, in)
	keepSample(t, path, "large.pdf")
	flat := squash(strings.Join(bodyLines(t, in, path), "\n"))
	for _, e := range in.Record.Evidence {
		if !strings.Contains(flat, squash(e.Location)) {
			t.Fatalf("evidence %d missing: %s", e.ID, e.Location)
		}
	}
	run(t, "qpdf", "--check", path)
}
