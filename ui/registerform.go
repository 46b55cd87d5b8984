package ui

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// rowForm shows the row chosen in a register table, a box per field, and
// saves each change as it is made. A value that cannot be saved yet (a
// half-typed date) stays in its box with a message beneath, and the rest of
// the row saves without it.
type rowForm struct {
	d      *Desk
	v      *tableView
	schema *register.Schema
	boxes  []*fieldBox
	ticket *rowTicket // nil when no row is open
	aid    int64      // the assessment the row belongs to
	row    register.Row
	// inMemory is set once the row is in the registers: a new row is
	// added once its needed fields are filled in.
	inMemory bool
	lastYear bool
	// filled holds the values the form filled in itself (Schema.Fill),
	// which it may change again without asking.
	filled  map[string]string
	title   *widget.Label
	state   *widget.Label // the row's note, such as the 72-hour clock, in full
	need    *widget.Label
	hist    *widget.Button
	action  *widget.Button
	del     *widget.Button
	closer  *widget.Button
	scroll  *container.Scroll
	content fyne.CanvasObject
	loading bool
}

func newRowForm(d *Desk, v *tableView) *rowForm {
	f := &rowForm{d: d, v: v, schema: v.schema, need: wrapLabel(""), state: wrapLabel("")}
	f.state.TextStyle.Bold = true
	f.state.Hidden = true
	f.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.title.Truncation = fyne.TextTruncateEllipsis
	f.hist = widget.NewButtonWithIcon("History", theme.HistoryIcon(), f.showHistory)
	f.action = widget.NewButtonWithIcon("Add to action plan", theme.ContentAddIcon(), f.addToPlan)
	f.action.Hidden = v.schema.ToAction == nil
	f.del = widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), f.confirmDelete)
	f.closer = widget.NewButtonWithIcon("Close", theme.CancelIcon(), f.close)
	f.content = f.layout()
	f.content.Hide() // the table has the width until a row is open
	return f
}

// layout puts the needed fields first, each with its name on the left
// (wrapped, so that a long name never widens the window) and its help
// beneath the box.
func (f *rowForm) layout() fyne.CanvasObject {
	page := func() *container.Scroll { return f.scroll }
	rows := container.NewVBox(f.state, f.need)
	for _, needed := range []bool{true, false} {
		for _, fd := range f.schema.Fields {
			if fd.Required != needed {
				continue
			}
			b := newFieldBox(f.d, fd, page, f.fieldChanged)
			if b.entry != nil {
				b.entry.cancel = f.close // Escape puts the form away
			}
			f.boxes = append(f.boxes, b)
			rows.Add(fieldRow(fd, b))
		}
	}
	f.scroll = container.NewVScroll(rows)
	bar := container.NewHBox(f.hist, f.action, f.del, f.closer)
	return border(container.NewVBox(f.title, bar), nil, nil, nil, f.scroll)
}

// load shows a row of the table.
func (f *rowForm) load(r tableRow) {
	f.flush()
	f.ticket = f.d.ticketFor(r.row.ID)
	f.aid = f.d.record.Assessment.ID
	if r.lastYear {
		f.aid = f.d.previous.record.Assessment.ID
	}
	f.row, f.inMemory, f.lastYear, f.filled = r.row, true, r.lastYear, filledBefore(f.schema, r.row.Values)
	f.show()
}

// filledBefore finds the values of a stored row that its table would fill
// in itself from its other fields (a device's "supported until" that is
// its system's date in the end-of-support table), so that changing the
// system replaces that date without asking: it was never the manager's own.
func filledBefore(s *register.Schema, v register.Values) map[string]string {
	out := map[string]string{}
	if s.Fill == nil {
		return out
	}
	for _, fd := range s.Fields {
		if v[fd.Key] == "" {
			continue
		}
		for k, filled := range s.Fill(fd.Key, maps.Clone(v)) {
			if filled != "" && filled == v[k] {
				out[k] = filled
			}
		}
	}
	return out
}

// loadNew starts a new row, with the keyboard in its first box.
func (f *rowForm) loadNew() {
	f.flush()
	f.ticket = f.d.ticketFor(0)
	f.aid = f.d.record.Assessment.ID
	f.row = register.Row{Table: f.schema.Name, Values: register.Values{}}
	f.inMemory, f.lastYear, f.filled = false, false, map[string]string{}
	f.show()
	f.scroll.ScrollToTop()
	if c := fyne.CurrentApp().Driver().CanvasForObject(f.content); c != nil {
		c.Focus(f.boxes[0].focusable())
	}
}

// show fills the boxes from the row and puts the form on screen.
func (f *rowForm) show() {
	f.loading = true
	for _, b := range f.boxes {
		b.load(f.row.Values[b.field.Key])
	}
	f.loading = false
	f.content.Show()
	f.v.hint.Hide()
	f.v.split.Refresh()
	f.refresh()
}

// clear closes the row and gives the table the whole width.
func (f *rowForm) clear() {
	f.ticket = nil
	f.content.Hide()
	f.v.hint.Show()
	f.v.split.Refresh()
}

// close saves what is typed and puts the form away (Close, or Escape), with
// the keyboard back in the table. A new row not yet added asks first.
func (f *rowForm) close() {
	f.leave(func() {
		f.flush()
		f.clear()
		f.v.unselect()
		if c := fyne.CurrentApp().Driver().CanvasForObject(f.v.table); c != nil {
			c.Focus(f.v.table)
		}
	})
}

// shownID is the id in memory of the row open in the form, if any.
func (f *rowForm) shownID() (int64, bool) {
	if f.ticket == nil || !f.inMemory {
		return 0, false
	}
	if f.lastYear {
		return f.row.ID, true
	}
	return f.ticket.memID(), true
}

func (f *rowForm) editable() bool {
	return f.d.registersEditable() && !f.lastYear && f.aid == f.d.record.Assessment.ID
}

// refresh follows a change elsewhere: the row may have gone (another year
// on show, deleted); otherwise the boxes keep what is typed in them.
func (f *rowForm) refresh() {
	if f.ticket == nil {
		return
	}
	if f.gone() {
		f.clear()
		return
	}
	on := f.editable()
	for _, b := range f.boxes {
		b.setEnabled(on)
	}
	setLabel(f.title, f.heading())
	f.showState()
	setEnabled(f.del, on)
	setEnabled(f.hist, f.inMemory)
	_, ok := f.toAction()
	setEnabled(f.action, ok && on && !f.d.readOnly())
	f.showNeed()
}

// gone reports whether the row open is no longer in the registers on show.
func (f *rowForm) gone() bool {
	if f.lastYear {
		return f.d.previous == nil || f.d.previous.record.Assessment.ID != f.aid
	}
	if f.aid != f.d.record.Assessment.ID {
		return true
	}
	if !f.inMemory {
		return false
	}
	return !f.inRegisters()
}

// inRegisters reports whether the row is in the registers in memory.
func (f *rowForm) inRegisters() bool {
	return slices.ContainsFunc(f.d.registers.Of(f.schema.Name), func(r register.Row) bool {
		return r.ID == f.ticket.memID() || r.ID == f.ticket.tmp && f.ticket.tmp != 0
	})
}

func (f *rowForm) heading() string {
	switch {
	case !f.inMemory:
		return "New " + f.schema.One
	case f.lastYear:
		return lastYearsNote + " " + f.schema.One + ": " + f.label()
	}
	return f.label()
}

func (f *rowForm) label() string { return oneLine(f.schema.RowLabel(f.row)) }

// showState shows the row's note, as the table has it, above its fields,
// in full and in the warning colour when it needs attention ("Reported to
// the ICO? 51 hours left"): in a narrow window the table's note column is
// out of sight, and the heading is cut short.
func (f *rowForm) showState() {
	text, warn := "", false
	if id, ok := f.shownID(); ok && f.v.note {
		for _, r := range f.v.all {
			if r.row.ID == id && r.lastYear == f.lastYear {
				text, warn = strings.TrimPrefix(r.cells[len(r.cells)-1], lastYearsNote+": "), r.warn
				break
			}
		}
		if text == lastYearsNote {
			text = "" // the form says so beneath
		}
	}
	importance := widget.MediumImportance
	if warn {
		importance = widget.DangerImportance
	}
	if f.state.Importance != importance {
		f.state.Importance = importance
		f.state.Refresh()
	}
	setLabel(f.state, text)
	showIf(f.state, text != "")
}

// showNeed says what a new row needs before it is added, or why the row
// open cannot be changed.
func (f *rowForm) showNeed() {
	text := ""
	switch {
	case f.lastYear:
		text = "This is from last year's assessment, kept with the year it happened in. It is shown here to read, and cannot be changed."
	case !f.editable():
		text = "This is an earlier year's register, kept to read."
	case !f.inMemory:
		text = f.needText(f.currentValues())
	}
	setLabel(f.need, text)
	f.need.Hidden = text == ""
}

// needText says which needed fields are still blank: "To add this person,
// fill in: Name, Type."
func (f *rowForm) needText(v register.Values) string {
	var missing []string
	for _, fd := range f.schema.Fields {
		if fd.Required && v[fd.Key] == "" {
			missing = append(missing, fd.Label)
		}
	}
	if len(missing) == 0 {
		return ""
	}
	return fmt.Sprintf("To add this %s, fill in: %s. It is saved as soon as these are filled in.", f.schema.One, strings.Join(missing, ", "))
}

func (f *rowForm) flush() {
	for _, b := range f.boxes {
		b.flush()
	}
}

// currentValues are the values in the boxes that can be saved; for any
// other box, the value last saved, and a message under the box says why.
func (f *rowForm) currentValues() register.Values {
	values := register.Values{}
	for _, b := range f.boxes {
		key := b.field.Key
		v, err := b.field.Normalise(b.text())
		msg := ""
		switch {
		case err != nil:
			msg = strings.TrimSuffix(err.Error(), ".") + ". This is not saved until it is put right."
			v = f.row.Values[key]
		case v == "" && b.field.Required && f.inMemory:
			msg = "This is needed, so the last value is kept until you write a new one."
			v = f.row.Values[key]
		}
		b.setMessage(msg)
		if v != "" {
			values[key] = v
		}
	}
	return values
}

// fieldChanged saves the row after the manager changed a field.
func (f *rowForm) fieldChanged(key string) {
	if f.loading || f.ticket == nil || !f.editable() {
		return
	}
	values := f.fill(key, f.currentValues())
	f.saveValues(values)
}

// saveValues puts the row in memory, redraws, and saves it; a new row
// waits until its needed fields are filled in.
func (f *rowForm) saveValues(values register.Values) {
	if !f.inMemory && f.needText(values) != "" {
		f.showNeed()
		return
	}
	if f.inMemory && maps.Equal(values, f.row.Values) {
		return
	}
	row := register.Row{ID: f.ticket.memID(), Table: f.schema.Name, Values: values, Created: f.row.Created, Updated: f.d.now()}
	if err := f.checkAmong(row); err != nil {
		f.need.SetText(err.Error() + " This change is not saved.")
		f.need.Show()
		return
	}
	followers := f.schema.Follow(f.row.Values, values, f.d.registers)
	f.row, f.inMemory = row, true
	f.d.saveRegisterRow(f.aid, f.ticket, row, "the "+f.schema.One+" "+f.label())
	for _, r := range followers {
		s, _ := register.Table(r.Table)
		f.d.saveRegisterRow(f.aid, f.d.ticketFor(r.ID), r, "the "+s.One+" of "+f.label())
	}
	f.d.changed()
}

// checkAmong checks the row against the table's other rows, if the table
// has such a rule ("only three risks can be in the top three").
func (f *rowForm) checkAmong(row register.Row) error {
	if f.schema.CheckAmong == nil {
		return nil
	}
	var others []register.Row
	for _, r := range f.d.registers.Of(f.schema.Name) {
		if r.ID != row.ID {
			others = append(others, r)
		}
	}
	return f.schema.CheckAmong(row, others)
}

// fill lets the table fill in other fields after one changed (a device's
// "supported until" from its system). A value the manager wrote is only
// replaced if they agree.
func (f *rowForm) fill(key string, values register.Values) register.Values {
	if f.schema.Fill == nil || values[key] == f.row.Values[key] {
		return values
	}
	for k, v := range f.schema.Fill(key, maps.Clone(values)) {
		b := f.box(k)
		if b == nil || v == values[k] {
			continue
		}
		if values[k] == "" || values[k] == f.filled[k] {
			values[k], f.filled[k] = v, v
			f.loadBox(b, v)
			continue
		}
		f.askFill(b, values[k], v)
	}
	return values
}

func (f *rowForm) box(key string) *fieldBox {
	for _, b := range f.boxes {
		if b.field.Key == key {
			return b
		}
	}
	return nil
}

func (f *rowForm) loadBox(b *fieldBox, stored string) {
	f.loading = true
	b.load(stored)
	f.loading = false
}

// askFill asks before replacing what the manager wrote in a field.
func (f *rowForm) askFill(b *fieldBox, had, offered string) {
	msg := fmt.Sprintf("%s says %s. Put %s in its place?", b.field.Label, quoteShown(b.field, had), quoteShown(b.field, offered))
	t := f.ticket
	confirm(f.d.win, "Change "+b.field.Label+"?", "Change it", "Keep mine", wrapLabel(msg), func(ok bool) {
		if ok && f.ticket == t {
			f.filled[b.field.Key] = offered
			f.loadBox(b, offered)
			f.saveValues(f.currentValues())
		}
	})
}

func quoteShown(fd register.Field, stored string) string { return "\"" + fd.Show(stored) + "\"" }

// aOrAn puts "a" or "an" before a noun: "an incident", "a person".
func aOrAn(noun string) string {
	if noun != "" && strings.ContainsRune("aeiouAEIOU", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}
