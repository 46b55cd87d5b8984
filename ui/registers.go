package ui

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// registerScreenPrefix starts the screen id of a register: "register:staff".
const registerScreenPrefix = "register:"

// registerScreenID is the screen id of a register.
func registerScreenID(r *register.Register) string { return registerScreenPrefix + r.Name }

// registerState is what the register screens share across the window: the
// screens by register name, and the save tickets of the rows being edited.
type registerState struct {
	screens map[string]*registerScreen
	tickets map[int64]*rowTicket // by the row's id in memory (negative until first saved)
	nextTmp int64
}

// addRegisterScreens adds the makers of the list of every register and of
// one screen per register, each built when first shown. The tickets outlive
// the screens (another year shown builds them again), so that a save still
// waiting keeps its own name.
func (d *Desk) addRegisterScreens() {
	if d.regs == nil {
		d.regs = &registerState{tickets: map[int64]*rowTicket{}}
	}
	d.regs.screens = map[string]*registerScreen{}
	d.makers[screenRegisters] = lazily(newRegistersScreen)
	for _, r := range register.All() {
		d.makers[registerScreenID(r)] = func(d *Desk) screen {
			s := newRegisterScreen(d, r)
			d.regs.screens[r.Name] = s
			return s
		}
	}
}

// flushRegisterForms saves any typing in the register forms still waiting
// for its pause.
func (d *Desk) flushRegisterForms() {
	if d.regs == nil {
		return
	}
	for _, s := range d.regs.screens {
		for _, v := range s.tables {
			v.form.flush()
		}
	}
}

// registerOnShow is the register screen on show, or nil.
func (d *Desk) registerOnShow() *registerScreen {
	if d.regs == nil || !strings.HasPrefix(d.current, registerScreenPrefix) {
		return nil
	}
	return d.regs.screens[strings.TrimPrefix(d.current, registerScreenPrefix)]
}

// findOrFilter is Ctrl+F: on a register it goes to the table's filter box,
// elsewhere it finds a question.
func (d *Desk) findOrFilter() {
	if s := d.registerOnShow(); s != nil {
		s.table().focusFilter()
		return
	}
	d.openSearch()
}

// addRegisterRow is Ctrl+N: on a register it adds a row to the table on
// show; elsewhere it does nothing.
func (d *Desk) addRegisterRow() {
	if s := d.registerOnShow(); s != nil {
		s.table().add()
	}
}

// registersEditable says whether the registers on show may be changed:
// they are living records, so a published year stays editable, but an
// older year than the newest is only for reading.
func (d *Desk) registersEditable() bool { return d.newestShown }

// registerScreen is one register: what it is for, its settings, and its
// tables (in tabs when it has two).
type registerScreen struct {
	d      *Desk
	reg    *register.Register
	header *registerHeader
	checks []*widget.Check
	tables []*tableView
	tabs   *container.AppTabs
	back   *widget.Button // to the list of every register
	note   *widget.Label
	root   fyne.CanvasObject
	quiet  bool // true while the checks are set from code
}

func newRegisterScreen(d *Desk, r *register.Register) *registerScreen {
	s := &registerScreen{d: d, reg: r, note: wrapLabel("")}
	for _, t := range r.Tables {
		s.tables = append(s.tables, newTableView(d, r, t))
	}
	s.root = s.layout()
	return s
}

func (s *registerScreen) layout() fyne.CanvasObject {
	s.header = newRegisterHeader(s)
	s.back = widget.NewButtonWithIcon("All registers", theme.NavigateBackIcon(), func() { s.d.show(screenRegisters) })
	s.back.Importance = widget.LowImportance
	top := container.NewVBox(border(nil, nil, container.NewVBox(s.back), nil, s.header.content), s.note)
	var body fyne.CanvasObject = s.tables[0].content
	if len(s.tables) > 1 {
		var items []*container.TabItem
		for _, v := range s.tables {
			items = append(items, container.NewTabItem(v.schema.Title, v.content))
		}
		s.tabs = container.NewAppTabs(items...)
		s.tabs.OnSelected = func(*container.TabItem) { s.table().refresh() }
		body = s.tabs
	}
	return capTop(top, body)
}

// saveSetting records a setting in memory, redraws and saves it.
func (s *registerScreen) saveSetting(st register.Setting, on bool) {
	d := s.d
	if s.quiet || !d.registersEditable() {
		return
	}
	if d.registers.Settings == nil {
		d.registers.Settings = map[string]string{}
	}
	value := map[bool]string{true: "yes", false: "no"}[on]
	d.registers.Settings[st.Key] = value
	d.changed()
	id := d.record.Assessment.ID
	d.saveChange("register setting "+st.Key, "the setting \""+st.Label+"\"", func(ctx context.Context) error {
		return d.store.SaveRegisterSetting(ctx, id, st.Key, on)
	}, func() {
		if d.record.Assessment.ID == id {
			d.registers.Settings[st.Key] = value
		}
	})
}

// table is the table view on show.
func (s *registerScreen) table() *tableView {
	if s.tabs != nil {
		return s.tables[s.tabs.SelectedIndex()]
	}
	return s.tables[0]
}

func (s *registerScreen) content() fyne.CanvasObject { return s.root }

func (s *registerScreen) refresh() {
	s.quiet = true
	c := s.d.registerContext()
	for i, st := range s.reg.Settings {
		s.checks[i].SetChecked(c.Setting(st))
		setEnabled(s.checks[i], s.d.registersEditable())
	}
	s.quiet = false
	s.header.refresh()
	note := ""
	if !s.d.registersEditable() {
		note = "This is the register as it was in an earlier year, kept to read. It cannot be changed here: open the newest year on the Years screen to change it."
	}
	setLabel(s.note, note)
	s.note.Hidden = note == ""
	s.table().refresh() // the other tab is refreshed when it is chosen
}

// rowTicket saves one row, always with the id the database gave it once it
// has one, so that a new row is added once however often its save is tried.
type rowTicket struct {
	key string // names its pending save (see saveChange)
	tmp int64  // the row's id in memory until it is first saved: negative
	mu  sync.Mutex
	id  int64 // the row's id in the database; 0 until first saved
}

// rowID is the id the row has in the database, or 0.
func (t *rowTicket) rowID() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.id
}

// save writes the row and remembers the id it was given. Saves run one
// after another on the window's write queue, so the lock is not held
// while writing (the window reads the id without waiting for the disk).
func (t *rowTicket) save(ctx context.Context, st Store, assessmentID int64, r register.Row) (register.Row, error) {
	r.ID = t.rowID()
	saved, err := st.SaveRegisterRow(ctx, assessmentID, r)
	if err == nil {
		t.mu.Lock()
		t.id = saved.ID
		t.mu.Unlock()
	}
	return saved, err
}

// ticketFor returns the ticket of the row with the id in memory, making one
// for an existing row (id > 0) or a new row (id 0) as needed.
func (d *Desk) ticketFor(id int64) *rowTicket {
	if t := d.regs.tickets[id]; t != nil && id != 0 {
		return t
	}
	t := &rowTicket{id: id, key: fmt.Sprintf("register row %d", id)}
	if id == 0 {
		d.regs.nextTmp--
		t.tmp = d.regs.nextTmp
		t.key = fmt.Sprintf("register new row %d", -t.tmp)
		d.regs.tickets[t.tmp] = t
		return t
	}
	d.regs.tickets[id] = t
	return t
}

// memID is the row's id in the registers in memory.
func (t *rowTicket) memID() int64 {
	if id := t.rowID(); id != 0 {
		return id
	}
	return t.tmp
}

// saveRegisterRow puts a row in memory and saves it in the background
// (see saveChange), giving a new row the id the database gives it.
func (d *Desk) saveRegisterRow(aid int64, t *rowTicket, row register.Row, what string) {
	st := d.store
	d.putRegisterRow(aid, t, row)
	d.saveChange(t.key, what, func(ctx context.Context) error {
		first := t.rowID() == 0
		_, err := t.save(ctx, st, aid, row)
		if err == nil && first {
			d.opt.post(func() { d.rowSaved(aid, t, row.Table) })
		}
		return err
	}, func() { d.putRegisterRow(aid, t, row) })
}

// putRegisterRow puts a row into the registers in memory (of the assessment
// with the id, if it is still on show), replacing the row with the same id
// in memory or adding it.
func (d *Desk) putRegisterRow(assessmentID int64, t *rowTicket, r register.Row) {
	if d.record.Assessment.ID != assessmentID {
		return
	}
	if d.registers.Rows == nil {
		d.registers.Rows = map[string][]register.Row{}
	}
	rows := d.registers.Rows[r.Table]
	for i, x := range rows {
		if x.ID == t.tmp && t.tmp != 0 || x.ID == t.memID() {
			r.ID = t.memID()
			rows[i] = r
			return
		}
	}
	r.ID = t.memID()
	d.registers.Rows[r.Table] = append(rows, r)
}

// rowSaved gives a new row in memory the id the database gave it.
func (d *Desk) rowSaved(assessmentID int64, t *rowTicket, table string) {
	if d.record.Assessment.ID != assessmentID || t.tmp == 0 {
		return
	}
	id := t.rowID()
	for i, x := range d.registers.Rows[table] {
		if x.ID == t.tmp {
			d.registers.Rows[table][i].ID = id
		}
	}
	d.regs.tickets[id] = t
}

// dropRegisterRow takes a row out of the registers in memory.
func (d *Desk) dropRegisterRow(table string, t *rowTicket) {
	rows := d.registers.Rows[table]
	for i, x := range rows {
		if x.ID == t.memID() || t.tmp != 0 && x.ID == t.tmp {
			d.registers.Rows[table] = append(rows[:i:i], rows[i+1:]...)
			return
		}
	}
}

// setLabel changes a label's text only when it differs: setting it lays the
// text out again, which is most of the cost of a redraw.
func setLabel(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}
