package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// openRegister shows a register's screen.
func (td *testDesk) openRegister(name string) *registerScreen {
	td.t.Helper()
	td.show(registerScreenPrefix + name)
	return td.regs.screens[name]
}

// openTable shows a register's screen on the tab of its i-th table.
func (td *testDesk) openTable(name string, i int) *tableView {
	td.t.Helper()
	s := td.openRegister(name)
	if s.tabs != nil {
		s.tabs.SelectIndex(i)
	}
	return s.tables[i]
}

// storedRows reads a table's rows from the database, after every save.
func (td *testDesk) storedRows(table string) []register.Row {
	td.t.Helper()
	td.settle()
	b, err := td.store.Registers(context.Background(), td.record.Assessment.ID)
	if err != nil {
		td.t.Fatal(err)
	}
	return b.Of(table)
}

// withRows adds rows to a table of the current assessment before the
// window opens.
func withRows(t testing.TB, table string, rows ...register.Values) func(*store.Store) {
	return func(st *store.Store) {
		ctx := context.Background()
		cur, err := st.Current(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.AddRegisterRows(ctx, cur.ID, table, rows); err != nil {
			t.Fatal(err)
		}
	}
}

// typeIn types into a field's box and waits for it to save.
func (td *testDesk) typeIn(f *rowForm, key, text string) {
	td.t.Helper()
	b := f.box(key)
	b.entry.SetText("")
	test.Type(b.entry, text)
	b.entry.Flush()
	td.settle()
}

// shownNames lists the first cell of the rows shown.
func shownNames(v *tableView) []string {
	var out []string
	for _, r := range v.shown {
		out = append(out, r.cells[0])
	}
	return out
}

var threeStaff = []register.Values{
	{"name": "Bea Bank", "type": "bank", "start_date": "2024-05-01"},
	{"name": "Al Agency", "type": "agency", "start_date": "2025-01-10"},
	{"name": "Cy Employee", "type": "employee", "role": "Cook"},
}

func TestAddingAPersonByTypingSavesOnceTheNeededFieldsAreFilled(t *testing.T) {
	td := newTestDesk(t, nil)
	v := td.openRegister("staff").tables[0]
	test.Tap(v.addBtn)
	f := v.form
	if !strings.Contains(f.need.Text, "Name, Type") {
		t.Fatalf("a new row should say what it needs: %q", f.need.Text)
	}
	if got := td.win.Canvas().Focused(); got != f.boxes[0].focusable() {
		t.Errorf("the keyboard is not in the first box: %T", got)
	}
	td.typeIn(f, "name", "Jo Bloggs")
	if rows := td.storedRows("staff"); len(rows) != 0 || !strings.Contains(f.need.Text, "Type") || strings.Contains(f.need.Text, "Name") {
		t.Fatalf("saved before its type was chosen (%d rows); says %q", len(rows), f.need.Text)
	}
	f.box("type").sel.SetSelected("Bank")
	td.typeIn(f, "start_date", "31/01/2026")
	rows := td.storedRows("staff")
	if len(rows) != 1 || rows[0].Values["name"] != "Jo Bloggs" || rows[0].Values["type"] != "bank" || rows[0].Values["start_date"] != "2026-01-31" {
		t.Fatalf("stored %+v", rows)
	}
	if mem := td.registers.Of("staff"); len(mem) != 1 || mem[0].ID != rows[0].ID {
		t.Errorf("in memory %+v", mem)
	}
	if v.count.Text != "1 person" || f.need.Visible() || f.title.Text != "Jo Bloggs" {
		t.Errorf("count %q, need %q, title %q", v.count.Text, f.need.Text, f.title.Text)
	}
	assertAllSaved(t, td)
}

func TestAHalfTypedDateStaysInItsBoxAndTheRestOfTheRowSaves(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	f := v.form
	if f.box("name").entry.Text != "Bea Bank" || f.box("start_date").entry.Text != "01/05/2024" {
		t.Fatalf("form shows %q, %q", f.box("name").entry.Text, f.box("start_date").entry.Text)
	}
	td.typeIn(f, "start_date", "31/0")
	td.typeIn(f, "role", "Night carer")
	msg := f.box("start_date").msg
	if !msg.Visible() || !strings.Contains(msg.Text, "not a date") || f.box("start_date").entry.Text != "31/0" {
		t.Fatalf("the half-typed date: box %q, message %q", f.box("start_date").entry.Text, msg.Text)
	}
	if r := td.storedRows("staff")[0]; r.Values["role"] != "Night carer" || r.Values["start_date"] != "2024-05-01" {
		t.Fatalf("stored %+v", r.Values)
	}
	td.typeIn(f, "start_date", "2024-06-03")
	if r := td.storedRows("staff")[0]; r.Values["start_date"] != "2024-06-03" || msg.Visible() {
		t.Fatalf("the ISO date was not saved: %+v, message %q", r.Values, msg.Text)
	}
	td.typeIn(f, "name", "")
	if r := td.storedRows("staff")[0]; r.Values["name"] != "Bea Bank" || !f.box("name").msg.Visible() {
		t.Errorf("a needed field was cleared: stored %q, message %q", r.Values["name"], f.box("name").msg.Text)
	}
	changes, err := td.store.RegisterHistory(context.Background(), td.record.Assessment.ID, f.ticket.rowID())
	if err != nil || len(changes) != 2 {
		t.Fatalf("history %v %v", changes, err)
	}
	if line := rowChangeLine(register.Staff, changes[1]); !strings.Contains(line, "Start date: from 01/05/2024 to 03/06/2024") {
		t.Errorf("history line %q", line)
	}
	assertAllSaved(t, td)
}

func TestDeletingARowAsksFirst(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	v.table.Select(widget.TableCellID{Row: 1, Col: 0})
	test.Tap(v.form.del)
	if !strings.Contains(overlayText(td.win.Canvas()), "Delete Al Agency") {
		t.Fatalf("no question: %q", overlayText(td.win.Canvas()))
	}
	confirmDialog(t, td, "Keep")
	if n := len(td.storedRows("staff")); n != 3 {
		t.Fatalf("Keep deleted: %d rows", n)
	}
	test.Tap(v.form.del)
	confirmDialog(t, td, "Delete")
	rows := td.storedRows("staff")
	if len(rows) != 2 || slices.ContainsFunc(rows, func(r register.Row) bool { return r.Values["name"] == "Al Agency" }) {
		t.Fatalf("after delete: %+v", rows)
	}
	if v.count.Text != "2 people" || v.form.ticket != nil {
		t.Errorf("count %q; form still open: %v", v.count.Text, v.form.ticket != nil)
	}
}

func TestSortingAndFilteringChangeWhatIsShown(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	v.sortBy(0)
	if got := shownNames(v); !slices.Equal(got, []string{"Al Agency", "Bea Bank", "Cy Employee"}) {
		t.Errorf("by name: %v", got)
	}
	if v.table.title(0) != "Name ▲" {
		t.Errorf("heading %q", v.table.title(0))
	}
	v.sortBy(0)
	if got := shownNames(v); !slices.Equal(got, []string{"Cy Employee", "Bea Bank", "Al Agency"}) {
		t.Errorf("reversed: %v", got)
	}
	v.sortBy(3) // start date: blanks last
	if got := shownNames(v); !slices.Equal(got, []string{"Bea Bank", "Al Agency", "Cy Employee"}) {
		t.Errorf("by start date: %v", got)
	}
	test.Type(v.filter, "cook")
	if got := shownNames(v); !slices.Equal(got, []string{"Cy Employee"}) || v.count.Text != "3 people, 1 shown" {
		t.Errorf("filtered: %v, %q", got, v.count.Text)
	}
	v.filter.SetText("")
	v.choice.SetSelected("Agency")
	if got := shownNames(v); !slices.Equal(got, []string{"Al Agency"}) {
		t.Errorf("agency only: %v", got)
	}
}

func TestARegisterSettingSaves(t *testing.T) {
	td := newTestDesk(t, nil)
	s := td.openRegister("staff")
	s.checks[0].SetChecked(true)
	td.settle()
	b, err := td.store.Registers(context.Background(), td.record.Assessment.ID)
	if err != nil || b.Settings[register.CountAgency.Key] != "yes" || !td.registerContext().Setting(register.CountAgency) {
		t.Errorf("setting %v %v", b.Settings, err)
	}
	assertAllSaved(t, td)
}

// twoYears makes a 2025-26 assessment with an incident and a spot check,
// then the 2026-27 one.
func twoYears(t *testing.T) func(*store.Store) {
	return func(st *store.Store) {
		ctx := context.Background()
		old, err := st.CreateAssessment(ctx, "2025-26")
		if err != nil {
			t.Fatal(err)
		}
		if err := st.AddRegisterRows(ctx, old.ID, "incidents", []register.Values{{"found": "2026-05-02", "what": "Letter to the wrong family", "type": "wrong_person"}}); err != nil {
			t.Fatal(err)
		}
		if err := st.AddRegisterRows(ctx, old.ID, "staff", threeStaff); err != nil {
			t.Fatal(err)
		}
		if _, err := st.CreateAssessment(ctx, "2026-27"); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLastYearsIncidentsAreShownToReadOnly(t *testing.T) {
	td := newTestDeskAt(t, december2026, twoYears(t), nil)
	v := td.openRegister("incidents").tables[0]
	if len(v.shown) != 1 || !v.shown[0].lastYear || !strings.HasPrefix(v.shown[0].cells[len(v.cols)], lastYearsNote) || v.count.Text != "0 incidents and 1 from last year" {
		t.Fatalf("shown %+v, count %q", v.shown, v.count.Text)
	}
	v.table.Select(widget.TableCellID{Row: 0, Col: 1})
	f := v.form
	if !f.box("what").entry.Disabled() || !f.del.Disabled() || !strings.Contains(f.need.Text, "last year") {
		t.Errorf("last year's row is not read-only: need %q", f.need.Text)
	}
	if !strings.HasPrefix(f.title.Text, "Last year's incident: Breach of 02/05/2026") {
		t.Errorf("title %q", f.title.Text)
	}
	if staff := td.openRegister("staff").tables[0]; len(staff.shown) != 0 {
		t.Errorf("staff carry forward, so last year's are not shown beside this year's: %d", len(staff.shown))
	}
}

func TestAnOlderYearsRegisterIsReadOnlyAndAPublishedOneIsNot(t *testing.T) {
	td := newTestDeskAt(t, december2026, twoYears(t), nil)
	td.viewYear(td.years()[0].ID)
	td.settle()
	s := td.openRegister("staff")
	v := s.tables[0]
	if !v.addBtn.Disabled() || !s.checks[0].Disabled() || !s.note.Visible() {
		t.Fatalf("an older year can be changed")
	}
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if !v.form.box("name").entry.Disabled() {
		t.Errorf("an older year's row can be edited")
	}
	td.addRegisterRow()
	if v.form.ticket != nil && !v.form.inMemory {
		t.Errorf("Ctrl+N started a row in an older year")
	}

	td.viewYear(0)
	td.settle()
	td.record.Assessment.State = assessment.StatePublished
	s = td.openRegister("staff")
	v = s.tables[0]
	if v.addBtn.Disabled() || s.checks[0].Disabled() || s.note.Visible() {
		t.Errorf("a published year's registers should stay editable")
	}
}

// fullRegisterStore also fails the saves of register rows while full is set.
type fullRegisterStore struct{ fullStore }

func (s fullRegisterStore) SaveRegisterRow(ctx context.Context, id int64, r register.Row) (register.Row, error) {
	if s.full.Load() {
		return r, errDiskFull
	}
	return s.Store.SaveRegisterRow(ctx, id, r)
}

func TestAFailedSaveOfANewRowIsKeptAndAddedOnce(t *testing.T) {
	full := &atomic.Bool{}
	td := newTestDesk(t, func(s Store) Store { return fullRegisterStore{fullStore{s, full}} })
	v := td.openRegister("staff").tables[0]
	full.Store(true)
	test.Tap(v.addBtn)
	f := v.form
	f.box("type").sel.SetSelected("Employee")
	td.typeIn(f, "name", "Jo Bloggs")
	td.typeIn(f, "role", "Cook")
	if !strings.Contains(overlayText(td.win.Canvas()), "was not saved") || len(td.unsaved) != 1 {
		t.Fatalf("no message, or %d pending: %q", len(td.unsaved), overlayText(td.win.Canvas()))
	}
	if v.count.Text != "1 person" || f.box("role").entry.Text != "Cook" {
		t.Errorf("the typing is not kept: %q, %q", v.count.Text, f.box("role").entry.Text)
	}
	full.Store(false)
	td.retryUnsaved()
	td.settle()
	td.typeIn(f, "role", "Head cook")
	rows := td.storedRows("staff")
	if len(rows) != 1 || rows[0].Values["role"] != "Head cook" {
		t.Fatalf("stored %+v", rows)
	}
	assertAllSaved(t, td)
}

func TestAddToActionPlanNeverMakesADuplicate(t *testing.T) {
	old := register.SpotChecks.ToAction
	register.SpotChecks.ToAction = func(r register.Row) (string, string, string, time.Time, bool) {
		return "Spot check found: " + r.Text("found"), r.Text("actions"), "Deputy manager", time.Time{}, r.Text("actions") != ""
	}
	t.Cleanup(func() { register.SpotChecks.ToAction = old })
	td := newTestDeskWith(t, withRows(t, "spotchecks", register.Values{"date": "2026-02-01", "area": "screens", "found": "Two screens unlocked", "actions": "Remind staff at handover"}), nil)
	v := td.openRegister("spotchecks").tables[0]
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	f := v.form
	if !f.action.Visible() || f.action.Disabled() {
		t.Fatalf("no Add to action plan button")
	}
	test.Tap(f.action)
	td.settle()
	if n := len(td.record.Actions); n != 1 || td.record.Actions[0].Ref != "1.3.2" || td.record.Actions[0].Action != "Remind staff at handover" {
		t.Fatalf("actions %+v", td.record.Actions)
	}
	press(td.win.Canvas(), fyne.KeyEscape)
	test.Tap(f.action)
	td.settle()
	if n := len(td.record.Actions); n != 1 || !strings.Contains(overlayText(td.win.Canvas()), "already has an action") {
		t.Errorf("%d actions; says %q", n, overlayText(td.win.Canvas()))
	}
}

func TestFillNeverReplacesTypedTextWithoutAsking(t *testing.T) {
	old := register.Training.Fill
	register.Training.Fill = func(changed string, v register.Values) register.Values {
		if changed == "course" {
			return register.Values{"result": "Pass"}
		}
		return nil
	}
	t.Cleanup(func() { register.Training.Fill = old })
	td := newTestDeskWith(t, withRows(t, "training", register.Values{"person": "Jo", "course": "awareness", "completed": "2026-01-05"}), nil)
	v := td.openTable("staff", 1)
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	f := v.form
	f.box("course").sel.SetSelected("In-house session")
	td.settle()
	if f.box("result").entry.Text != "Pass" || td.storedRows("training")[0].Values["result"] != "Pass" {
		t.Fatalf("a blank field was not filled: %q", f.box("result").entry.Text)
	}
	td.typeIn(f, "result", "80%")
	f.box("course").sel.SetSelected("Other data security training")
	td.settle()
	if !strings.Contains(overlayText(td.win.Canvas()), "Result") && !strings.Contains(overlayText(td.win.Canvas()), "Pass or score") {
		t.Fatalf("no question before replacing typed text: %q", overlayText(td.win.Canvas()))
	}
	confirmDialog(t, td, "Keep mine")
	if r := td.storedRows("training")[0]; r.Values["result"] != "80%" || r.Values["course"] != "other" {
		t.Errorf("stored %+v", r.Values)
	}
}

func TestCtrlFFiltersARegisterAndFindsAQuestionElsewhere(t *testing.T) {
	td := newTestDesk(t, nil)
	v := td.openRegister("suppliers").tables[0]
	td.findOrFilter()
	if td.win.Canvas().Focused() != v.filter {
		t.Errorf("Ctrl+F on a register should go to its filter, not %T", td.win.Canvas().Focused())
	}
	td.addRegisterRow()
	if v.form.ticket == nil || v.form.inMemory {
		t.Errorf("Ctrl+N did not start a new supplier")
	}
	td.show(screenMissing)
	td.findOrFilter()
	if overlayText(td.win.Canvas()) == "" {
		t.Errorf("Ctrl+F elsewhere should find a question")
	}
}

func TestEveryRegisterHasAScreenThatShowsItsRows(t *testing.T) {
	var setups []func(*store.Store)
	for _, s := range register.Tables() {
		v := register.Values{}
		for _, f := range s.Fields {
			if f.Required {
				v[f.Key] = sampleValue(f)
			}
		}
		setups = append(setups, withRows(t, s.Name, v))
	}
	td := newTestDeskWith(t, func(st *store.Store) {
		for _, s := range setups {
			s(st)
		}
	}, nil)
	for _, r := range register.All() {
		for i := range r.Tables {
			v := td.openTable(r.Name, i)
			if len(v.shown) != 1 || v.count.Text != assessment.Count(1, v.schema.One, v.schema.Many) {
				t.Errorf("%s: %d rows shown, %q", v.schema.Name, len(v.shown), v.count.Text)
			}
		}
	}
	cards := td.openRegisters().cards
	for i, r := range register.All() {
		if i >= len(cards) || cards[i].reg != r {
			t.Errorf("no card for %s on the Registers screen", r.Title)
		}
	}
}

// sampleValue is a valid value of a field.
func sampleValue(f register.Field) string {
	switch f.Kind {
	case register.Date:
		return "2026-01-31"
	case register.Choice:
		return f.Options[0].Key
	case register.YesNo:
		return "yes"
	case register.Number:
		return "3"
	}
	return fmt.Sprintf("Sample %s", f.Label)
}

func TestTabGoesThroughTheFormInOrderAndEnterOpensARow(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	c := td.win.Canvas()
	c.Focus(v.table)
	press(c, fyne.KeyDown)
	press(c, fyne.KeyReturn)
	f := v.form
	if f.ticket == nil || f.box("name").entry.Text != "Al Agency" {
		t.Fatalf("Enter did not open the second row")
	}
	c.Focus(f.boxes[0].focusable())
	for _, b := range f.boxes[1:4] {
		c.FocusNext()
		if c.Focused() != b.focusable() {
			t.Fatalf("Tab went to %T, not %s", c.Focused(), b.field.Label)
		}
	}
}

func TestLeavingAStartedNewRowAsksFirst(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	test.Tap(v.addBtn)
	td.typeIn(v.form, "name", "Jo Bloggs")
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if !strings.Contains(overlayText(td.win.Canvas()), "needs") && !strings.Contains(overlayText(td.win.Canvas()), "fill in: Type") {
		t.Fatalf("no question: %q", overlayText(td.win.Canvas()))
	}
	confirmDialog(t, td, "Go back")
	if v.form.box("name").entry.Text != "Jo Bloggs" || v.form.inMemory {
		t.Fatalf("the new row was not kept: %q", v.form.box("name").entry.Text)
	}
	test.Tap(v.form.del)
	confirmDialog(t, td, "Leave it")
	if v.form.ticket != nil || len(td.storedRows("staff")) != 3 {
		t.Errorf("the new row is still open, or was saved")
	}
}

func TestARowsNoteIsShownAndAWarningStandsOut(t *testing.T) {
	old := register.Incidents.Note
	register.Incidents.Note = func(r register.Row, today time.Time) (string, bool) {
		if r.Text("closed") == "" {
			return "Reported to the ICO? 51 hours left", true
		}
		return "Closed", false
	}
	t.Cleanup(func() { register.Incidents.Note = old })
	td := newTestDeskWith(t, withRows(t, "incidents",
		register.Values{"found": "2026-03-09", "what": "Lost letter", "type": "lost_paper"},
		register.Values{"found": "2026-01-09", "what": "Wrong fax", "type": "wrong_person", "closed": "2026-01-20"}), nil)
	v := td.openRegister("incidents").tables[0]
	note := len(v.cols)
	if v.table.title(1) != "Note" {
		t.Errorf("the second column is %q: the note should be in view beside the row's name", v.table.title(1))
	}
	for i, want := range []widget.Importance{widget.DangerImportance, widget.MediumImportance} {
		cell := newTableCell()
		v.table.updateCell(widget.TableCellID{Row: i, Col: 1}, cell)
		if l := cell.(*widget.Label); l.Importance != want || l.Text != v.shown[i].cells[note] {
			t.Errorf("row %d: %q shown with importance %v", i, l.Text, l.Importance)
		}
	}
	test.Type(v.filter, "hours left")
	if len(v.shown) != 1 || v.shown[0].row.Values["what"] != "Lost letter" {
		t.Errorf("the filter does not read the note: %d shown", len(v.shown))
	}
}

// TestTheICOClockIsShownInTheFormOfAnOpenBreach: in a 1024x700 window the
// table's note column is out of sight, so the form says the row's note in
// full, in the warning colour while the 72 hours run.
func TestTheICOClockIsShownInTheFormOfAnOpenBreach(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "incidents",
		register.Values{"found": assessment.FormatDate(testNow), "what": "Lost USB stick", "type": "lost_device"},
		register.Values{"found": "2026-01-09", "what": "Wrong fax", "type": "wrong_person", "near_miss": "yes", "closed": "2026-01-20"}), nil)
	v := td.openRegister("incidents").tables[0]
	for i, r := range v.shown {
		v.table.Select(widget.TableCellID{Row: i, Col: 0})
		td.settle()
		want, warn := register.Incidents.Note(r.row, td.now())
		if got := v.form.state; got.Text != want || got.Visible() != (want != "") || (got.Importance == widget.DangerImportance) != warn {
			t.Errorf("%s: the form says %q (shown %v, importance %v), want %q (warning %v)", r.row.Values["what"], got.Text, got.Visible(), got.Importance, want, warn)
		}
		if r.row.Values["what"] == "Lost USB stick" && !strings.Contains(v.form.state.Text, "hours left") {
			t.Errorf("the open breach found today shows no 72-hour clock: %q", v.form.state.Text)
		}
	}
}

// TestEachPersonsStateIsShownInTheTableAndTheForm: the staff table's
// notes depend on the training table (NotesAmong), and are shown like any
// other table's: a leaver without access removal stands out.
func TestEachPersonsStateIsShownInTheTableAndTheForm(t *testing.T) {
	td := newTestDeskWith(t, func(st *store.Store) {
		withRows(t, "staff",
			register.Values{"name": "Lee Leaver", "type": "employee", "start_date": "2020-01-06", "leaving_date": "2026-02-27"},
			register.Values{"name": "Tia Trained", "type": "employee", "start_date": "2020-01-06", "contract_clause": "yes", "induction_date": "2020-01-06"})(st)
		withRows(t, "training", register.Values{"person": "Tia Trained", "course": "awareness", "completed": "2026-01-15", "result": "Pass"})(st)
	}, nil)
	v := td.openRegister("staff").tables[0]
	want := map[string]register.RowNote{}
	for id, n := range register.Staff.Notes(td.registerContext()) {
		for _, r := range td.registers.Of("staff") {
			if r.ID == id {
				want[r.Values["name"]] = n
			}
		}
	}
	if !strings.Contains(want["Lee Leaver"].Text, "access removal not recorded") || !want["Lee Leaver"].Warn || want["Tia Trained"].Text == "" {
		t.Fatalf("the staff notes are not what this test expects: %+v", want)
	}
	for i, r := range v.shown {
		n := want[r.row.Values["name"]]
		if got := r.cells[len(v.cols)]; got != n.Text || r.warn != n.Warn {
			t.Errorf("%s: the table's note is %q (warning %v), want %q (%v)", r.row.Values["name"], got, r.warn, n.Text, n.Warn)
		}
		v.table.Select(widget.TableCellID{Row: i, Col: 0})
		td.settle()
		if got := v.form.state; got.Text != n.Text || !got.Visible() || (got.Importance == widget.DangerImportance) != n.Warn {
			t.Errorf("%s: the form says %q (importance %v), want %q", r.row.Values["name"], got.Text, got.Importance, n.Text)
		}
	}
}

func TestARowsHistoryListsItsChangesByFieldName(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	td.typeIn(v.form, "leaving_date", "28/02/2026")
	v.form.box("contract_clause").sel.SetSelected("No")
	td.settle()
	test.Tap(v.form.hist)
	td.settle()
	text := overlayText(td.win.Canvas())
	if !strings.Contains(text, "History of Bea Bank") {
		t.Fatalf("no history dialog: %q", text)
	}
	c := td.win.Canvas().Overlays().Top()
	var lines []string
	walk(c, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			for i := range l.Length() {
				item := newHistoryRow()
				l.UpdateItem(i, item)
				lines = append(lines, item.(*widget.Label).Text)
			}
		}
	})
	if len(lines) != 2 || !strings.Contains(lines[0], "Contract has the data security clause: from (empty) to No") || !strings.Contains(lines[1], "Leaving date: from (empty) to 28/02/2026") {
		t.Errorf("history lines %q", lines)
	}
}

func TestClosingTheWindowSavesTypingInARegister(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	test.Type(v.form.box("role").entry, "Night carer")
	// No pause: the window is closed straight after the last key.
	td.closeWindow()
	td.settle()
	st := td.reopen()
	b, err := st.Registers(context.Background(), td.currentOnDisk(st).Assessment.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Of("staff")[0].Values["role"]; got != "Night carer" {
		t.Errorf("the typing was lost: %q", got)
	}
}

func TestSuggestedValuesAreOfferedAndAnyOtherMayBeTyped(t *testing.T) {
	sys := &register.Devices.Fields[slices.IndexFunc(register.Devices.Fields, func(f register.Field) bool { return f.Key == "system" })]
	old := sys.Suggestions
	sys.Suggestions = func() []string { return []string{"Windows 11 24H2", "Windows 10 22H2"} }
	t.Cleanup(func() { sys.Suggestions = old })
	td := newTestDesk(t, nil)
	v := td.openRegister("devices").tables[0]
	test.Tap(v.addBtn)
	b := v.form.box("system")
	btn, ok := b.entry.ActionItem.(*widget.Button)
	if !ok {
		t.Fatal("no button offering the suggestions")
	}
	test.Tap(btn)
	var menu *widget.PopUpMenu
	walk(td.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if m, ok := o.(*widget.PopUpMenu); ok && menu == nil {
			menu = m
		}
	})
	if menu == nil || len(menu.Items) != 2 {
		t.Fatalf("no menu of suggestions: %T", td.win.Canvas().Overlays().Top())
	}
	test.Tap(menu.Items[1].(fyne.Tappable))
	td.settle()
	if b.entry.Text != "Windows 10 22H2" {
		t.Errorf("the suggestion chosen is not in the box: %q", b.entry.Text)
	}
	td.typeIn(v.form, "system", "ChromeOS")
	if b.entry.Text != "ChromeOS" || b.msg.Visible() {
		t.Errorf("another value was refused: %q", b.msg.Text)
	}
}

func TestSavingKeepsTheKeyboardInTheBox(t *testing.T) {
	td := newTestDeskWith(t, withRows(t, "staff", threeStaff...), nil)
	v := td.openRegister("staff").tables[0]
	v.table.Select(widget.TableCellID{Row: 1, Col: 0})
	c := td.win.Canvas()
	role := v.form.box("role").entry
	c.Focus(role)
	test.Type(role, "Driver")
	td.settle() // the pause: saved, every figure worked out again, the screen redrawn
	if c.Focused() != role || role.Text != "Driver" || td.storedRows("staff")[1].Values["role"] != "Driver" {
		t.Errorf("focus on %T, box %q", c.Focused(), role.Text)
	}
	if v.table.selected.Row != 1 {
		t.Errorf("the row is no longer selected in the table")
	}
}

// TestCorrectingANameKeepsThePersonsTraining: training records name their
// person, so a corrected name is written into them too, in memory and on
// disk, and the training figure does not lose the person.
func TestCorrectingANameKeepsThePersonsTraining(t *testing.T) {
	today := assessment.FormatDate(testNow.AddDate(0, -1, 0))
	setup := func(st *store.Store) {
		withRows(t, "staff", threeStaff...)(st)
		withRows(t, "training", register.Values{"person": "Bea Bank", "course": "awareness", "completed": today},
			register.Values{"person": "Cy Employee", "course": "awareness", "completed": today})(st)
	}
	td := newTestDeskWith(t, setup, nil)
	v := td.openRegister("staff").tables[0]
	v.table.Select(widget.TableCellID{Row: 0, Col: 0})
	td.typeIn(v.form, "name", "Bea Banks")
	for _, rows := range [][]register.Row{td.storedRows("training"), td.registers.Of("training")} {
		if len(rows) != 2 || rows[0].Values["person"] != "Bea Banks" || rows[1].Values["person"] != "Cy Employee" {
			t.Errorf("training %+v", rows)
		}
	}
	if f := td.findings["3.2.1"]; len(f) == 0 || !strings.Contains(f[0].Summary, "2 of 2") {
		t.Errorf("3.2.1: %+v", f)
	}
	assertAllSaved(t, td)
}
