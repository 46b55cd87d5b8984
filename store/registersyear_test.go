package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// addSampleRegisters gives an assessment rows in tables that carry (staff,
// training, devices) and one that stays with its year (incidents), and a
// setting.
func addSampleRegisters(t testing.TB, s *Store, id int64) {
	t.Helper()
	tables := map[string][]register.Values{
		"staff": {{"name": "Jo Bloggs", "role": "Carer", "type": "employee", "start_date": "01/02/2024"},
			{"name": "Ann Lee", "type": "agency", "contract_clause": "yes"}},
		"training":  {{"person": "Jo Bloggs", "course": "awareness", "completed": "2026-03-01", "result": "Pass"}},
		"devices":   {{"name": "Office PC", "kind": "desktop"}},
		"incidents": {{"found": "2026-05-04", "what": "Letter sent to the wrong family", "type": "wrong_person"}},
	}
	for table, rows := range tables {
		if err := s.AddRegisterRows(ctx, id, table, rows); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
	}
	if err := s.SaveRegisterSetting(ctx, id, register.CountAgency.Key, true); err != nil {
		t.Fatal(err)
	}
}

// bookValues lists a book's rows as text, table by table, for comparing.
func bookValues(t testing.TB, s *Store, id int64) string {
	t.Helper()
	b, err := s.Registers(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, sc := range register.Tables() {
		for _, r := range b.Of(sc.Name) {
			fmt.Fprintf(&out, "%s %v\n", sc.Name, r.Values)
		}
	}
	fmt.Fprintf(&out, "settings %v\n", b.Settings)
	return out.String()
}

func TestRegistersRoundTripThroughJSON(t *testing.T) {
	src, a := openNew(t)
	addSampleRegisters(t, src, a.ID)
	var file bytes.Buffer
	if err := src.ExportJSON(ctx, &file); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"version": 5`, `"registers": {`, `"start_date": "2024-02-01"`, `"staff.count_agency": "yes"`} {
		if !strings.Contains(file.String(), want) {
			t.Errorf("the export lacks %s", want)
		}
	}
	dst := openAt(t, testDB(t), newClock())
	sum, err := dst.ImportJSON(ctx, bytes.NewReader(file.Bytes()), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.RegisterRows != 5 {
		t.Errorf("summary counts %d register rows, want 5", sum.RegisterRows)
	}
	b, _ := dst.Current(ctx)
	if got, want := bookValues(t, dst, b.ID), bookValues(t, src, a.ID); got != want {
		t.Errorf("imported registers:\n%s\nwant:\n%s", got, want)
	}
}

func TestAVersion3FileImportsWithoutRegisters(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	file := strings.Replace(validFile(t), `"version": 2`, `"version": 3`, 1)
	sum, err := s.ImportJSON(ctx, strings.NewReader(file), ImportOptions{})
	if err != nil || sum.RegisterRows != 0 {
		t.Fatalf("sum %+v, err %v", sum, err)
	}
}

// withRegisters puts registers and settings JSON into the valid file's
// assessment.
func withRegisters(t testing.TB, registers, settings string) string {
	return strings.Replace(validFile(t), `"actions": [`, `"registers": `+registers+`, "register_settings": `+settings+`, "actions": [`, 1)
}

func TestImportRefusesBadRegisters(t *testing.T) {
	huge := `{"staff": [` + strings.TrimSuffix(strings.Repeat(`{"name": "A", "type": "bank"},`, register.MaxRowsPerTable+1), ",") + `]}`
	cases := []struct{ name, registers, settings, want string }{
		{"unknown table", `{"pets": [{"name": "Rex"}]}`, `{}`, `assessments[0].registers.pets: the 2025-26 assessment has a register table "pets", which DSPT Desk does not have`},
		{"unknown field", `{"staff": [{"name": "A", "type": "bank", "shoe_size": "9"}]}`, `{}`, `assessments[0].registers.staff[0].shoe_size: is not a field of the staff table (its fields are name, role, type, start_date, leaving_date, contract_clause, induction_date, access_removed), in person (row 1 of the staff table of the 2025-26 assessment)`},
		{"bad date", `{"staff": [{"name": "A", "type": "bank"}, {"name": "B", "type": "bank", "start_date": "31/02/2027"}]}`, `{}`,
			`assessments[0].registers.staff[1]: this person (row 2 of the staff table of the 2025-26 assessment) cannot be imported: Start date: "31/02/2027" is not a date`},
		{"missing required", `{"training": [{"person": "A", "course": "awareness"}]}`, `{}`, `this training record (row 1 of the training table of the 2025-26 assessment) cannot be imported: Date completed: this is needed`},
		{"wrong type", `{"staff": [{"name": 12, "type": "bank"}]}`, `{}`, `assessments[0].registers.staff[0].name: should be text in quotes, not a number`},
		{"not a list", `{"staff": {"name": "A"}}`, `{}`, `assessments[0].registers.staff: should be a list [ ], not an object { }`},
		{"not an object", `[1]`, `{}`, `assessments[0].registers: should be an object { }, not a list [ ]`},
		{"huge count", huge, `{}`, "has 50,001 rows in the staff table of the 2025-26 assessment; DSPT Desk imports at most 50,000"},
		{"huge total", `{"staff": [` + strings.TrimSuffix(strings.Repeat(`{"name": "A", "type": "bank"},`, register.MaxRowsPerAssessment/2), ",") + `], "training": [` +
			strings.TrimSuffix(strings.Repeat(`{"person": "A", "course": "awareness", "completed": "2026-01-01"},`, register.MaxRowsPerAssessment/2), ",") + `], "devices": [{"name": "PC", "kind": "desktop"}]}`, `{}`,
			"holds 100,001 register rows in the 2025-26 assessment; DSPT Desk imports at most 100,000"},
		{"unknown setting", `{}`, `{"staff.count_robots": "yes"}`, `assessments[0].register_settings.staff.count_robots: is not a register setting`},
		{"bad setting", `{}`, `{"staff.count_agency": true}`, `register_settings.staff.count_agency: should be text in quotes`},
		{"setting not yes", `{}`, `{"staff.count_agency": "maybe"}`, `"maybe" is not allowed here; use one of: yes, no`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := openAt(t, testDB(t), newClock())
			_, err := s.ImportJSON(ctx, strings.NewReader(withRegisters(t, c.registers, c.settings)), ImportOptions{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v\nwant it to contain %s", err, c.want)
			}
			if strings.Count(err.Error(), "\n") != 1 && c.name != "bad date" {
				t.Errorf("one problem was reported as several:\n%v", err)
			}
			wantCode(t, err, assessment.EInvalid)
			if list, _ := s.Assessments(ctx); len(list) != 0 {
				t.Error("a refused import wrote an assessment")
			}
		})
	}
}

func TestNextYearCarriesTheRegistersThatCarry(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	last, _ := s.CreateAssessment(ctx, "2025-26")
	addSampleRegisters(t, s, last.ID)
	next, err := startNextYear(t, s, last.ID)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.Registers(ctx, next.ID)
	if len(b.Of("staff")) != 2 || len(b.Of("training")) != 1 || len(b.Of("devices")) != 1 {
		t.Errorf("carried %d staff, %d training, %d devices; want 2, 1, 1", len(b.Of("staff")), len(b.Of("training")), len(b.Of("devices")))
	}
	if n := len(b.Of("incidents")); n != 0 {
		t.Errorf("%d incidents were carried; breaches stay with their year", n)
	}
	if b.Settings[register.CountAgency.Key] != "yes" {
		t.Errorf("settings = %v", b.Settings)
	}
	if b.Of("staff")[0].Values["start_date"] != "2024-02-01" {
		t.Errorf("carried row = %+v", b.Of("staff")[0])
	}
	// Last year keeps its own rows, and changing the new year's does not change them.
	if err := s.DeleteRegisterRow(ctx, next.ID, b.Of("staff")[0].ID); err != nil {
		t.Fatal(err)
	}
	if lb, _ := s.Registers(ctx, last.ID); len(lb.Of("staff")) != 2 || len(lb.Of("incidents")) != 1 {
		t.Errorf("last year's registers changed: %+v", lb.Rows)
	}
	_, err = startNextYear(t, s, last.ID)
	wantCode(t, err, assessment.EConflict)
	if b2, _ := s.Registers(ctx, next.ID); len(b2.Of("staff")) != 1 || len(b2.Of("training")) != 1 {
		t.Errorf("a refused second start changed the registers: %+v", b2.Rows)
	}
}

func TestAFailedNextYearLeavesNoHalfCopiedRegisters(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	last, _ := s.CreateAssessment(ctx, "2025-26")
	addSampleRegisters(t, s, last.ID)
	// A row that breaks the table's shape makes the copy fail part-way.
	if _, err := s.db.ExecContext(ctx, "CREATE TRIGGER no_devices BEFORE INSERT ON register_rows WHEN NEW.register = 'devices' BEGIN SELECT RAISE(ABORT, 'disk full'); END"); err != nil {
		t.Fatal(err)
	}
	if _, err := startNextYear(t, s, last.ID); err == nil {
		t.Fatal("the carry succeeded despite the failing copy")
	}
	var n int
	s.db.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM assessments) * 1000 + (SELECT count(*) FROM register_rows)").Scan(&n)
	if n != 1005 {
		t.Errorf("after a failed start: %d assessments and %d rows; want 1 and 5", n/1000, n%1000)
	}
}

func TestBackupAndRestoreKeepTheRegisters(t *testing.T) {
	path := testDB(t)
	s := openAt(t, path, newClock())
	a, _ := s.Current(ctx)
	addSampleRegisters(t, s, a.ID)
	want := bookValues(t, s, a.ID)
	b, err := s.BackupNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	staff, _ := s.Registers(ctx, a.ID)
	if err := s.DeleteRegisterRow(context.Background(), a.ID, staff.Of("staff")[0].ID); err != nil {
		t.Fatal(err)
	}
	s.SaveRegisterSetting(ctx, a.ID, register.CountAgency.Key, false)
	s.Close()
	if _, err := Restore(path, b); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path, newClock())
	if got := bookValues(t, s, a.ID); got != want {
		t.Errorf("restored registers:\n%s\nwant:\n%s", got, want)
	}
}

func TestImportBacksUpAFileHoldingOnlyRegisters(t *testing.T) {
	s, a := openNew(t)
	addSampleRegisters(t, s, a.ID)
	sum, err := s.ImportJSON(ctx, strings.NewReader(validFile(t)), ImportOptions{Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Backup == nil {
		t.Error("an import changed a file holding registers without backing it up")
	}
}

// TestImportChecksRowsAgainstEachOther: a table with a check across its
// rows (only three risks in the top three) has it applied on import too.
func TestImportChecksRowsAgainstEachOther(t *testing.T) {
	orig := register.Risks.CheckAmong
	t.Cleanup(func() { register.Risks.CheckAmong = orig })
	register.Risks.CheckAmong = func(r register.Row, others []register.Row) error {
		n := 0
		for _, o := range others {
			if o.Yes("top") {
				n++
			}
		}
		if r.Yes("top") && n >= 3 {
			return errors.New("only three risks can be in the top three")
		}
		return nil
	}
	risk := func(i int, top string) string { return fmt.Sprintf(`{"risk": "Risk %d", "top": %q}`, i, top) }
	rows := []string{risk(1, "yes"), risk(2, "no"), risk(3, "yes"), risk(4, "yes"), risk(5, "yes")}
	s := openAt(t, testDB(t), newClock())
	_, err := s.ImportJSON(ctx, strings.NewReader(withRegisters(t, `{"risks": [`+strings.Join(rows, ",")+`]}`, `{}`)), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "assessments[0].registers.risks[4]: this risk (row 5 of the risks table of the 2025-26 assessment) cannot be imported: only three risks can be in the top three") {
		t.Fatalf("error %v", err)
	}
	rows[4] = risk(5, "no")
	if _, err := s.ImportJSON(ctx, strings.NewReader(withRegisters(t, `{"risks": [`+strings.Join(rows, ",")+`]}`, `{}`)), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
}
