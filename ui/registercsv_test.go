package ui

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// csvDialog is what the open import dialog shows a person: the choice of
// column for each field, the import button and the box to skip bad lines
// (nil when hidden).
type csvDialog struct {
	selects []*keySelect
	add     *widget.Button
	skip    *widget.Check
	text    string
}

func openCSVDialog(t *testing.T, td *testDesk) csvDialog {
	t.Helper()
	c := td.win.Canvas()
	var got csvDialog
	walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *keySelect:
			got.selects = append(got.selects, w)
		case *widget.Button:
			if strings.HasPrefix(w.Text, "Import") {
				got.add = w
			}
		case *widget.Check:
			got.skip = w
		}
	})
	if got.add == nil {
		t.Fatalf("no import dialog open; on show: %q", overlayText(c))
	}
	got.text = overlayText(c)
	return got
}

// writeCSV writes a CSV file in a temporary folder.
func writeCSV(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "people.csv")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// storedRows reads a table's rows from the desk's database.
func storedRows(t *testing.T, td *testDesk, table string) []register.Row {
	t.Helper()
	td.settle()
	book, err := td.store.Registers(context.Background(), td.record.Assessment.ID)
	if err != nil {
		t.Fatal(err)
	}
	return book.Of(table)
}

func TestImportingACSVWithAColumnMatchedByHand(t *testing.T) {
	td := newTestDesk(t, nil)
	path := writeCSV(t, "Full name,Duties,Contract kind,Started\nJo Bloggs,Cook,Employee,31/01/2026\nAl Khan,Carer,bank,2025-11-05\n")
	td.readRegisterCSV(register.Staff, path)
	td.settle()
	dlg := openCSVDialog(t, td)
	for _, want := range []string{"people.csv has 2 lines under 4 headings", "Choose the column that holds Type", "Not read: Duties, Contract kind", "Type: no column"} {
		if !strings.Contains(dlg.text, want) {
			t.Errorf("the dialog does not say %q:\n%s", want, dlg.text)
		}
	}
	if !dlg.add.Disabled() {
		t.Fatal("rows without a type could be imported")
	}
	typ, role := dlg.selects[2], dlg.selects[1] // name, role, type...
	if dlg.selects[0].Selected != "Full name" || typ.Selected != notInFile {
		t.Fatalf("matched name to %q and type to %q", dlg.selects[0].Selected, typ.Selected)
	}
	typ.SetSelected("Contract kind")
	role.SetSelected("Duties")
	td.settle()
	dlg = openCSVDialog(t, td)
	if dlg.add.Disabled() || !strings.Contains(dlg.text, "Importing adds 2 people to Staff, which is empty now.") || !strings.Contains(dlg.text, "Bank") {
		t.Fatalf("after matching Type the dialog says:\n%s", dlg.text)
	}
	test.Tap(dlg.add)
	td.settle()
	rows := storedRows(t, td, "staff")
	want := []register.Values{
		{"name": "Jo Bloggs", "role": "Cook", "type": "employee", "start_date": "2026-01-31"},
		{"name": "Al Khan", "role": "Carer", "type": "bank", "start_date": "2025-11-05"},
	}
	if len(rows) != 2 || !reflect.DeepEqual(rows[0].Values, want[0]) || !reflect.DeepEqual(rows[1].Values, want[1]) {
		t.Fatalf("stored %v", rows)
	}
	if len(td.registers.Of("staff")) != 2 {
		t.Error("the window does not show the imported rows")
	}
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "Added 2 people from people.csv to Staff") {
		t.Errorf("the confirmation says %q", got)
	}
}

func TestABadCSVFileWritesNothing(t *testing.T) {
	td := newTestDesk(t, nil)
	path := writeCSV(t, "Name;Type;Start date\nJo Bloggs;Employee;31/01/2026\nSam Lee;Employee;31/02/2026\n")
	td.readRegisterCSV(register.Staff, path)
	td.settle()
	dlg := openCSVDialog(t, td)
	for _, want := range []string{`Line 3: Start date: "31/02/2026" is not a date`, "Nothing will be imported while 1 line has problems"} {
		if !strings.Contains(dlg.text, want) {
			t.Errorf("the dialog does not say %q:\n%s", want, dlg.text)
		}
	}
	if dlg.skip == nil || !strings.HasPrefix(dlg.skip.Text, "Skip the 1 bad line and import the other 1") {
		t.Errorf("the choice to skip is %v", dlg.skip)
	}
	if !dlg.add.Disabled() {
		t.Error("a file with a bad line could be imported")
	}
	press(td.win.Canvas(), fyne.KeyReturn) // Enter does not import either
	if rows := storedRows(t, td, "staff"); len(rows) != 0 {
		t.Errorf("a refused file wrote %v", rows)
	}
	press(td.win.Canvas(), fyne.KeyEscape)
	if td.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape left the dialog open")
	}

	wide := writeCSV(t, "Name"+strings.Repeat(",x", register.MaxCSVColumns)+"\n")
	td.readRegisterCSV(register.Staff, wide)
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "people.csv cannot be imported") || !strings.Contains(got, "Line 1 has 501 columns") {
		t.Errorf("an unreadable file says %q", got)
	}
}

func TestSkippingBadLinesImportsTheRestAndListsThem(t *testing.T) {
	td := newTestDeskWith(t, func(st *store.Store) {
		cur, _ := st.Current(context.Background())
		if err := st.AddRegisterRows(context.Background(), cur.ID, "staff", []register.Values{{"name": "Jo Bloggs", "type": "employee"}}); err != nil {
			t.Fatal(err)
		}
	}, nil)
	path := writeCSV(t, "Name,Type\njo bloggs,Employee\nSam Lee,Chef\nAl Khan,Bank\n")
	td.readRegisterCSV(register.Staff, path)
	td.settle()
	dlg := openCSVDialog(t, td)
	if !strings.Contains(dlg.text, "Already in Staff (they would be added again): Line 2: jo bloggs") {
		t.Errorf("no warning of a double:\n%s", dlg.text)
	}
	if dlg.skip == nil {
		t.Fatal("no choice to skip the bad line")
	}
	test.Tap(dlg.skip)
	dlg = openCSVDialog(t, td)
	if dlg.add.Disabled() || !strings.Contains(dlg.text, "Importing adds 2 people to the 1 already there.") {
		t.Fatalf("after ticking skip:\n%s", dlg.text)
	}
	test.Tap(dlg.add)
	td.settle()
	if rows := storedRows(t, td, "staff"); len(rows) != 3 || rows[2].Values["name"] != "Al Khan" {
		t.Errorf("stored %v", rows)
	}
	got := overlayText(td.win.Canvas())
	for _, want := range []string{"Added 2 people from people.csv to Staff, with the 1 already there.", "1 line was not imported:", `Line 3: Type: "Chef" is not one of`, "1 line names a person already in Staff"} {
		if !strings.Contains(got, want) {
			t.Errorf("the confirmation does not say %q:\n%s", want, got)
		}
	}
}

func TestExportThenImportGivesTheSameRows(t *testing.T) {
	rows := map[string][]register.Values{
		"staff": {{"name": "Zoë Wiśniewski", "role": "=Head of care", "type": "director", "start_date": "2027-01-31", "contract_clause": "yes"}},
		"incidents": {{"found": "2026-02-01", "what": "Letter sent to the wrong address,\nfound the next day", "type": "wrong_person", "near_miss": "no", "people": "1",
			"actions": "-Check addresses twice\n+Train the office", "closed": "2026-02-20"}},
	}
	from := newTestDeskWith(t, func(st *store.Store) {
		cur, _ := st.Current(context.Background())
		for table, vs := range rows {
			if err := st.AddRegisterRows(context.Background(), cur.ID, table, vs); err != nil {
				t.Fatal(err)
			}
		}
	}, nil)
	to := newTestDesk(t, nil)
	for table, want := range rows {
		s, _ := register.Table(table)
		path := filepath.Join(t.TempDir(), table+".csv")
		from.writeRegisterCSV(s, path)
		from.settle()
		if got := overlayText(from.win.Canvas()); !strings.Contains(got, "Saved to "+path) {
			t.Fatalf("after export: %q", got)
		}
		to.readRegisterCSV(s, path)
		to.settle()
		test.Tap(openCSVDialog(t, to).add)
		got := storedRows(t, to, table)
		if len(got) != 1 || !reflect.DeepEqual(got[0].Values, want[0]) {
			t.Errorf("%s: exported %v, imported %v", table, want, got)
		}
	}
}

// The dialog for the widest table fits the smallest window DSPT Desk is
// made for.
func TestTheImportDialogFitsA1024By700Window(t *testing.T) {
	td := newTestDesk(t, nil)
	td.win.Resize(fyne.NewSize(1024, 700))
	var heads []string
	for _, f := range register.Devices.Fields {
		heads = append(heads, f.Label)
	}
	path := writeCSV(t, strings.Join(heads, ",")+"\nOffice PC,Desktop\n")
	td.readRegisterCSV(register.Devices, path)
	td.settle()
	openCSVDialog(t, td)
	top := td.win.Canvas().Overlays().Top()
	if min := top.MinSize(); min.Width > 1024 || min.Height > 700 {
		t.Errorf("the dialog needs %v", min)
	}
}

func TestAFileWithOnlyHeadingsImportsNothing(t *testing.T) {
	td := newTestDesk(t, nil)
	td.readRegisterCSV(register.Staff, writeCSV(t, "Name,Type\r\n"))
	td.settle()
	dlg := openCSVDialog(t, td)
	if !dlg.add.Disabled() || !strings.Contains(dlg.text, "There is nothing to import: the file has only its headings.") {
		t.Errorf("a file of headings only:\n%s", dlg.text)
	}
}

func TestARegisterIsNeverExportedOverTheDatabase(t *testing.T) {
	td := newTestDesk(t, nil)
	before, _ := os.Stat(td.path)
	td.writeRegisterCSV(register.Staff, td.path)
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "The CSV file was not written") {
		t.Errorf("exporting over the database says %q", got)
	}
	if after, err := os.Stat(td.path); err != nil || after.Size() != before.Size() {
		t.Errorf("the database changed: %v", err)
	}
}

func TestALockedYearTakesNoImport(t *testing.T) {
	td := newTestDeskWith(t, func(st *store.Store) { lastYearOnlyWith(t, st, func(int64) {}) }, nil)
	if !td.readOnly() {
		t.Fatal("the published year is not locked")
	}
	td.importRegisterCSV(register.Staff)
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "The 2024-25 assessment is published and locked, so its staff cannot change.") {
		t.Errorf("importing into a locked year says %q", got)
	}
}
