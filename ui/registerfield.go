package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// Choices of the drop-downs for fields that may be left blank.
const (
	choiceNotSet   = "Not set"
	choiceNotKnown = "Not known"
)

// fieldBox is one field of a register row's form: the box to type or
// choose in, by the field's kind, and a message beneath it when what is in
// the box cannot be saved yet.
type fieldBox struct {
	field register.Field
	entry *autosaveEntry // text, long text, numbers, places and dates
	sel   *widget.Select // choices and yes-or-no
	msg   *widget.Label
	item  fyne.CanvasObject // the box and its message
}

// newFieldBox makes the box for a field; changed is called with the field's
// key when the manager changes it (after a pause in typing).
func newFieldBox(d *Desk, f register.Field, page func() *container.Scroll, changed func(key string)) *fieldBox {
	b := &fieldBox{field: f, msg: wrapLabel("")}
	b.msg.Importance = widget.DangerImportance
	b.msg.Hide()
	var box fyne.CanvasObject
	switch f.Kind {
	case register.Choice, register.YesNo:
		b.sel = widget.NewSelect(selectOptions(f), func(string) { changed(f.Key) })
		box = b.sel
	default:
		b.entry = newAutosaveEntry(d.bg, f.Kind == register.Long, func(string) { changed(f.Key) })
		box = b.entry
		b.decorate(d)
		if f.Kind == register.Long {
			box = growingBox(b.entry, page)
		}
	}
	b.item = container.NewVBox(box, b.msg)
	return b
}

// decorate gives a box its placeholder and, for dates, places and
// suggested values, a button that offers them.
func (b *fieldBox) decorate(d *Desk) {
	switch {
	case b.field.Kind == register.Date:
		b.entry.SetPlaceHolder("Such as 31/01/2027")
		b.entry.ActionItem = b.button(theme.CalendarIcon(), b.openCalendar)
	case b.field.Kind == register.Place:
		b.entry.SetPlaceHolder("A file, a folder, or where the paper is kept")
		b.entry.ActionItem = b.button(theme.FileIcon(), func() {
			d.choosePath(fileChoice{kind: pickOpen, title: "Choose the file: " + b.field.Label, purpose: "evidence"}, b.put)
		})
	case b.field.Kind == register.Number:
		b.entry.SetPlaceHolder("A whole number, such as 12")
	}
	if b.field.Suggestions != nil {
		b.entry.ActionItem = b.button(theme.MenuDropDownIcon(), b.suggest)
	}
}

func (b *fieldBox) button(icon fyne.Resource, tapped func()) *widget.Button {
	btn := widget.NewButtonWithIcon("", icon, tapped)
	btn.Importance = widget.LowImportance
	return btn
}

// selectOptions are a drop-down's choices: yes, no or not known for a
// yes-or-no field; the options (and "Not set", unless it is needed) for a
// choice.
func selectOptions(f register.Field) []string {
	if f.Kind == register.YesNo {
		return []string{"Yes", "No", choiceNotKnown}
	}
	var out []string
	if !f.Required {
		out = append(out, choiceNotSet)
	}
	for _, o := range f.Options {
		out = append(out, o.Label)
	}
	return out
}

// text is what is in the box, as typed or chosen.
func (b *fieldBox) text() string {
	if b.sel == nil {
		return b.entry.Text
	}
	switch b.sel.Selected {
	case choiceNotSet, choiceNotKnown:
		return ""
	}
	return b.sel.Selected
}

// load shows a stored value without saving it.
func (b *fieldBox) load(stored string) {
	b.setMessage("")
	if b.sel == nil {
		b.entry.Load(b.field.Show(stored))
		return
	}
	switch shown := b.field.Show(stored); {
	case shown != "":
		b.sel.Selected = shown
	case b.field.Kind == register.YesNo:
		b.sel.Selected = choiceNotKnown
	case !b.field.Required:
		b.sel.Selected = choiceNotSet
	default:
		b.sel.Selected = ""
	}
	b.sel.Refresh()
}

func (b *fieldBox) setMessage(text string) {
	if b.msg.Text == text {
		return
	}
	b.msg.SetText(text)
	b.msg.Hidden = text == ""
	b.msg.Refresh()
}

func (b *fieldBox) flush() {
	if b.entry != nil {
		b.entry.Flush()
	}
}

func (b *fieldBox) setEnabled(on bool) {
	if b.sel != nil {
		setEnabled(b.sel, on)
		return
	}
	setEnabled(b.entry, on)
	if btn, ok := b.entry.ActionItem.(*widget.Button); ok {
		setEnabled(btn, on)
	}
}

// focusable is the control Tab and a new row's first field go to.
func (b *fieldBox) focusable() fyne.Focusable {
	if b.sel != nil {
		return b.sel
	}
	return b.entry
}

// put writes a value into the box as if typed, and saves it at once.
func (b *fieldBox) put(text string) {
	b.entry.SetText(text)
	b.entry.Flush()
}

// openCalendar shows a month to pick the date from, inside the window; the
// day picked is written the UK way.
func (b *fieldBox) openCalendar() {
	c := fyne.CurrentApp().Driver().CanvasForObject(b.entry)
	if c == nil {
		return
	}
	start := time.Now()
	if t, err := register.ParseDate(b.entry.Text); err == nil {
		start = t
	}
	var pop *widget.PopUp
	closeIt := func() { pop.Hide() }
	cal := newEscapable(widget.NewCalendar(start, func(t time.Time) {
		closeIt()
		b.put(t.Format(register.UKDate))
	}), closeIt)
	pop = widget.NewPopUp(cal, c)
	b.showBelow(pop, c, cal)
}

// suggest offers the field's suggested values in a menu under the box.
func (b *fieldBox) suggest() {
	c := fyne.CurrentApp().Driver().CanvasForObject(b.entry)
	if c == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, s := range b.field.Suggestions() {
		items = append(items, fyne.NewMenuItem(s, func() { b.put(s) }))
	}
	if len(items) == 0 {
		return
	}
	menu := widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	b.showBelow(menu, c, menu)
}

// showBelow shows a pop-up below the box, or above it when there is no
// room below, and gives it the keyboard.
func (b *fieldBox) showBelow(pop interface {
	ShowAtPosition(fyne.Position)
	Resize(fyne.Size)
	MinSize() fyne.Size
}, c fyne.Canvas, focus fyne.Focusable) {
	size := pop.MinSize().Max(fyne.NewSize(b.entry.Size().Width, 0))
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(b.entry)
	pop.ShowAtPosition(popUpPlace(at, b.entry.Size(), size, c.Size()))
	pop.Resize(size)
	c.Focus(focus)
}

// fieldLabelWidth is the width of the field names in a register form.
const fieldLabelWidth = 190

// fieldRow is one field in the form: its name (marked when needed), then
// its box with any message and its help.
func fieldRow(fd register.Field, b *fieldBox) fyne.CanvasObject {
	text := fd.Label
	if fd.Required {
		text += " (needed)"
	}
	name := wrapLabel(text)
	name.TextStyle.Bold = true
	right := container.NewVBox(b.item)
	if fd.Help != "" {
		help := wrapLabel(fd.Help)
		help.SizeName = theme.SizeNameCaptionText
		right.Add(help)
	}
	return container.New(&labelled{}, name, right)
}

// labelled lays out a name and what it names: side by side when there is
// room for both, the name above otherwise. Its minimum height is what the
// last width laid out needed.
type labelled struct{ width float32 }

// sideBySide reports whether a width has room for the name beside the box.
func (l *labelled) sideBySide(width float32) bool { return width >= 2.2*fieldLabelWidth }

func (l *labelled) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	name, right := objs[0], objs[1]
	if l.sideBySide(size.Width) {
		gap := theme.Padding()
		name.Move(fyne.NewPos(0, 0))
		name.Resize(fyne.NewSize(fieldLabelWidth, size.Height))
		right.Move(fyne.NewPos(fieldLabelWidth+gap, 0))
		right.Resize(fyne.NewSize(size.Width-fieldLabelWidth-gap, size.Height))
		return
	}
	name.Resize(fyne.NewSize(size.Width, name.MinSize().Height)) // wraps the name at this width
	h := name.MinSize().Height
	name.Move(fyne.NewPos(0, 0))
	name.Resize(fyne.NewSize(size.Width, h))
	right.Move(fyne.NewPos(0, h))
	right.Resize(fyne.NewSize(size.Width, size.Height-h))
}

func (l *labelled) MinSize(objs []fyne.CanvasObject) fyne.Size {
	name, right := objs[0].MinSize(), objs[1].MinSize()
	if l.width == 0 || l.sideBySide(l.width) {
		return fyne.NewSize(fieldLabelWidth+theme.Padding()+right.Width, max(name.Height, right.Height))
	}
	return fyne.NewSize(max(name.Width, right.Width), name.Height+right.Height)
}
