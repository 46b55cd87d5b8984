package spreadsheet

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/store"
	"github.com/dsptdesk/dsptdesk/store/demo"
)

var now = time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)

// demoInput is this year's assessment of the Rosewood House sample.
func demoInput(t *testing.T) report.Input {
	t.Helper()
	bank, err := assessment.DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	s, err := demo.Create(bank, now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Remove() })
	st, err := store.Open(s.DBPath, store.Options{Bank: bank, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, err := st.Current(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	rec, err := st.Record(t.Context(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := st.Profile(t.Context())
	in := report.NewInput(bank.Edition(a.EditionID), p, rec, now, "test")
	in.CheckEvidence()
	if len(rec.Answers) == 0 || len(rec.Actions) == 0 || len(rec.Evidence) == 0 {
		t.Fatal("the demo has no answers, actions or evidence")
	}
	return in
}

// TestWorkbookReadsBack writes the demo's workbook and reads every answer,
// evidence location and action back with excelize, dates as real dates.
func TestWorkbookReadsBack(t *testing.T) {
	in := demoInput(t)
	path := filepath.Join(t.TempDir(), "demo.xlsx")
	if err := WriteXLSXFile(path, in); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("excelize cannot open the workbook: %v", err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, "|") != "Answers|Evidence|Action plan" {
		t.Errorf("sheets %v", got)
	}
	checkAnswers(t, f, in)
	checkEvidence(t, f, in)
	checkActions(t, f, in)
	for _, sheet := range f.GetSheetList() {
		if w, _ := f.GetColWidth(sheet, "B"); w < 9 {
			t.Errorf("%s: column B is %v wide", sheet, w)
		}
	}
}

// rawRows reads a sheet's cells unformatted: dates as serial numbers.
func rawRows(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// cellAt is row[i], or "" past the end (excelize drops empty trailing cells).
func cellAt(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// dateAt reads a date cell back as a date.
func dateAt(t *testing.T, row []string, i int) time.Time {
	t.Helper()
	if cellAt(row, i) == "" {
		return time.Time{}
	}
	serial, err := strconv.ParseFloat(row[i], 64)
	if err != nil {
		t.Fatalf("cell %q is not a date number", row[i])
	}
	d, err := excelize.ExcelDateToTime(serial, false)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func sameDay(a, b time.Time) bool { return assessment.FormatDate(a) == assessment.FormatDate(b) }

func checkAnswers(t *testing.T, f *excelize.File, in report.Input) {
	rows := rawRows(t, f, SheetAnswers)
	if len(rows) != len(in.Edition.Items)+1 || rows[0][0] != "Ref" {
		t.Fatalf("Answers has %d rows, want a heading and %d questions", len(rows), len(in.Edition.Items))
	}
	byRef := map[string][]string{}
	for _, r := range rows[1:] {
		byRef[r[0]] = r
	}
	for ref, a := range in.Record.Answers {
		r, it := byRef[ref], in.Edition.Item(ref)
		if it.Answer == assessment.Text && !a.NotApplicable && cellAt(r, 6) != a.Value {
			t.Errorf("%s: answer %q, want %q", ref, cellAt(r, 6), a.Value)
		}
		if cellAt(r, 7) != a.Comment {
			t.Errorf("%s: comment %q, want %q", ref, cellAt(r, 7), a.Comment)
		}
		if want := assessment.GivenOn(it, a, in.Record.EvidenceFor(ref)); !sameDay(dateAt(t, r, 8), want) {
			t.Errorf("%s: answered on %v, want %v", ref, dateAt(t, r, 8), want)
		}
	}
	if typ, _ := f.GetCellType(SheetAnswers, "I2"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Error("dates are written as text")
	}
}

func checkEvidence(t *testing.T, f *excelize.File, in report.Input) {
	rows := rawRows(t, f, SheetEvidence)
	if len(rows) != len(in.Record.Evidence)+1 {
		t.Fatalf("Evidence has %d rows, want %d", len(rows), len(in.Record.Evidence)+1)
	}
	found := map[string]bool{}
	for _, r := range rows[1:] {
		found[r[0]+"|"+r[2]] = true
	}
	for _, e := range in.Record.Evidence {
		if !found[e.Ref+"|"+e.Location] {
			t.Errorf("evidence %s %q is not in the workbook", e.Ref, e.Location)
		}
	}
}

func checkActions(t *testing.T, f *excelize.File, in report.Input) {
	rows := rawRows(t, f, SheetActions)
	if len(rows) != len(in.Record.Actions)+1 {
		t.Fatalf("Action plan has %d rows, want %d", len(rows), len(in.Record.Actions)+1)
	}
	for i, a := range in.Record.Actions {
		r := rows[i+1]
		if cellAt(r, 0) != a.Ref || cellAt(r, 1) != a.Gap || cellAt(r, 2) != a.Action || cellAt(r, 3) != a.Owner ||
			cellAt(r, 5) != a.Status.Label() || cellAt(r, 7) != a.Notes || !sameDay(dateAt(t, r, 4), a.TargetDate) || !sameDay(dateAt(t, r, 6), a.DoneDate) {
			t.Errorf("action row %v, want %+v", r, a)
		}
	}
}

// TestActionPlanCSVRoundTrip writes the demo's action plan as CSV and reads
// every action back.
func TestActionPlanCSVRoundTrip(t *testing.T) {
	in := demoInput(t)
	in.Record.Actions = append(in.Record.Actions, assessment.Action{Ref: "1.1.1", Gap: "A \"quoted\", comma gap\non two lines",
		Action: "Draft text", Owner: "Tomasz Wiśniewski", Status: assessment.NotStarted, Draft: true})
	var buf bytes.Buffer
	if err := WriteActionsCSV(&buf, in); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte(utf8BOM)) {
		t.Error("the CSV does not start with a byte order mark, so Excel would misread names")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), utf8BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(in.Record.Actions)+1 || rows[0][4] != "Target date" {
		t.Fatalf("%d rows, heading %v", len(rows), rows[0])
	}
	for i, a := range in.Record.Actions {
		r := rows[i+1]
		target, _ := assessment.ParseDate(r[4])
		done, _ := assessment.ParseDate(r[6])
		if r[0] != a.Ref || r[1] != a.Gap || r[2] != a.Action || r[3] != a.Owner || r[5] != a.Status.Label() ||
			!sameDay(target, a.TargetDate) || !sameDay(done, a.DoneDate) || r[7] != a.Notes || (r[8] == "Draft") != a.Draft {
			t.Errorf("row %v, want %+v", r, a)
		}
	}
}

func TestCommentsLeftOutOfTheWorkbook(t *testing.T) {
	in := demoInput(t)
	in.LeaveOutComments = true
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, in); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rawRows(t, f, SheetAnswers)[1:] {
		if cellAt(r, 7) != "" {
			t.Fatalf("%s: comment %q printed although comments were left out", r[0], r[7])
		}
	}
}

// TestWorkbookHasTheQuestionAsConfirmed checks that the workbook, like the
// pack, gives the live toolkit's wording where the manager pasted it.
func TestWorkbookHasTheQuestionAsConfirmed(t *testing.T) {
	in := demoInput(t)
	live := "Has your organisation got a data breach reporting system?"
	in.Record.Wording = map[string]assessment.WordingCheck{
		"6.1.1": {Ref: "6.1.1", State: assessment.WordingDiffers, LiveWording: live, LiveRef: "6.1.4"},
		"2.1.1": {Ref: "2.1.1", State: assessment.WordingMatches},
	}
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, in); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rawRows(t, f, SheetAnswers)[1:] {
		want := in.Edition.Item(r[0]).Question
		if r[0] == "6.1.1" {
			want = live + " (6.1.4 in the live toolkit)"
		}
		if cellAt(r, 3) != want {
			t.Errorf("%s: question %q, want %q", r[0], cellAt(r, 3), want)
		}
	}
}
