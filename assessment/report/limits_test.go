package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/store"
)

// prose returns n characters of ordinary sentences, which wrap like typed text.
func prose(n int) string {
	const s = "Staff follow the written procedure and the manager checks it monthly; care staff sign the log. "
	return strings.Repeat(s, n/len(s)+1)[:n]
}

// largestAssessment is one year's assessment at every import limit: the
// most evidence records and actions, and text up to the character limit,
// spread over answers, evidence and actions.
func largestAssessment(ed *assessment.Edition) map[string]any {
	const evidenceText, actionText = 1_000, 1_500 // characters in each
	budget := assessment.MaxAssessmentText - assessment.MaxEvidencePerAssessment*evidenceText - assessment.MaxActionsPerAssessment*actionText
	var answers, evidence, actions []map[string]any
	for _, it := range ed.Items {
		a := map[string]any{"ref": it.Ref}
		if it.Answer == assessment.Tick {
			a["value"] = assessment.TickConfirmed
			budget -= utf8.RuneCountInString(assessment.TickConfirmed)
		}
		answers = append(answers, a)
	}
	for i := range assessment.MaxEvidencePerAssessment {
		evidence = append(evidence, map[string]any{"ref": ed.Items[i%len(ed.Items)].Ref, "kind": "paper",
			"location": fmt.Sprintf("Cabinet %04d ", i) + prose(200-13), "note": prose(evidenceText - 200)})
	}
	for i := range assessment.MaxActionsPerAssessment {
		actions = append(actions, map[string]any{"ref": ed.Items[i%len(ed.Items)].Ref, "gap": prose(300), "action": prose(700),
			"notes": prose(470), "owner": fmt.Sprintf("Owner %04d with a name", i), "target_date": "2026-03-31"})
	}
	fillAnswers(ed, answers, budget)
	return map[string]any{"edition": ed.ID, "answers": answers, "evidence": evidence, "actions": actions}
}

// fillAnswers spreads budget characters over the written answers and comments.
func fillAnswers(ed *assessment.Edition, answers []map[string]any, budget int) {
	for i, it := range ed.Items {
		for _, field := range []string{"value", "comment"} {
			if budget == 0 || (field == "value" && it.Answer != assessment.Text) {
				continue
			}
			n := min(budget, assessment.MaxLongText)
			answers[i][field] = prose(n)
			budget -= n
		}
	}
}

// largestFile is an import file at every limit, for the two editions the
// bank knows, in the format ExportJSON writes.
func largestFile(tb testing.TB, bank *assessment.Bank) []byte {
	var list []any
	for _, id := range bank.IDs() {
		list = append(list, largestAssessment(bank.Edition(id)))
	}
	data, err := json.MarshalIndent(map[string]any{"format": store.FormatName, "version": store.FormatVersion, "assessments": list}, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// importLargest imports the largest accepted file into a new database and
// returns the report input for its newest year, compared with the one before.
func importLargest(tb testing.TB) (report.Input, int) {
	bank, err := assessment.DefaultBank()
	if err != nil {
		tb.Fatal(err)
	}
	data := largestFile(tb, bank)
	st, err := store.Open(filepath.Join(tb.TempDir(), "dspt.db"), store.Options{Bank: bank})
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if _, err := st.ImportJSON(ctx, bytes.NewReader(data), store.ImportOptions{Replace: true}); err != nil {
		tb.Fatalf("the largest file within the limits is refused: %v", err)
	}
	list, err := st.Assessments(ctx)
	if err != nil || len(list) < 2 {
		tb.Fatalf("assessments: %v, %v", list, err)
	}
	return inputFor(tb, st, bank, list[len(list)-1], list[len(list)-2]), len(data)
}

func inputFor(tb testing.TB, st *store.Store, bank *assessment.Bank, cur, prev assessment.Assessment) report.Input {
	ctx := context.Background()
	rec, err := st.Record(ctx, cur.ID)
	if err != nil {
		tb.Fatal(err)
	}
	old, err := st.Record(ctx, prev.ID)
	if err != nil {
		tb.Fatal(err)
	}
	p, _ := st.Profile(ctx)
	in := report.NewInput(bank.Edition(cur.EditionID), p, rec, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), "test")
	in.SetPrevious(bank.Edition(prev.EditionID), old)
	return in
}

// TestTheLargestAcceptedFileImportsAndPrints checks that the file the
// benchmark prints really is at the limits, and is accepted.
func TestTheLargestAcceptedFileImportsAndPrints(t *testing.T) {
	if testing.Short() {
		t.Skip("prints about 1,700 pages")
	}
	in, size := importLargest(t)
	if len(in.Record.Evidence) != assessment.MaxEvidencePerAssessment || len(in.Record.Actions) != assessment.MaxActionsPerAssessment {
		t.Errorf("%d evidence records and %d actions", len(in.Record.Evidence), len(in.Record.Actions))
	}
	t.Logf("file %.1f MB", float64(size)/(1<<20))
	var out countingWriter
	if err := report.Write(&out, in); err != nil {
		t.Fatal(err)
	}
	t.Logf("PDF %.1f MB", float64(out)/(1<<20))
}

type countingWriter int64

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

// BenchmarkExportLargestAcceptedFile prints the newest year of the largest
// file import accepts (every limit reached, compared with the year before)
// and reports the peak heap in use while it does: the limits promise under
// 10 s and under 1 GB on an office PC.
func BenchmarkExportLargestAcceptedFile(b *testing.B) {
	in, _ := importLargest(b)
	var peak atomic.Uint64
	stop := sampleHeap(&peak)
	for b.Loop() {
		if err := report.Write(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
	stop()
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
}

// sampleHeap records the largest HeapInuse seen, every 10 ms, into peak
// until stop is called.
func sampleHeap(peak *atomic.Uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}
