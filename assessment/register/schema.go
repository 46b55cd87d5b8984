package register

import (
	"strings"
	"time"
)

// Kind is how a field's value is written and checked.
type Kind string

// The kinds of field.
const (
	Text   Kind = "text"   // one line of text
	Long   Kind = "long"   // several lines of text
	Date   Kind = "date"   // a day, stored as 2027-01-31
	Choice Kind = "choice" // one of the field's options, stored by key
	YesNo  Kind = "yesno"  // "yes", "no" or blank for not known
	Number Kind = "number" // a whole number, 0 or more
	Place  Kind = "place"  // where a file or paper is kept, as for evidence
)

// Option is one choice of a Choice field.
type Option struct {
	Key   string // stored, and accepted in imports
	Label string // shown, and accepted in imports
}

// Field is one column of a register's table.
type Field struct {
	Key      string // stored name: "start_date"
	Label    string // shown name: "Start date"
	Kind     Kind
	Options  []Option // for Choice fields, in the order offered
	Required bool     // a row without it is refused
	Help     string   // a plain sentence shown beside the field
	// Column puts the field in the table on screen and in the pack;
	// other fields are seen and edited in the row's form.
	Column bool
	// Aliases are other column headings an import matches to this field.
	Aliases []string
	// Suggestions, when set, lists values offered for a Text field (the
	// systems of the end-of-support table); any other value may be typed.
	Suggestions func() []string
}

// Schema describes one table of a register: its fields and how its rows
// behave from year to year.
type Schema struct {
	// Name identifies the table in the database, JSON, CSV commands and
	// file names: "staff", "training".
	Name string
	// Title is the table's name on screen: "Staff".
	Title string
	// One and Many name a row and rows in sentences: "person", "people".
	One, Many string
	Fields    []Field
	// Carry copies the rows into next year's assessment; without it the
	// rows stay with the year they belong to.
	Carry bool
	// Label names a row in lists and messages; nil uses the first field.
	Label func(Row) string
	// Fill, when set, is called after the manager changes field changed; it
	// returns other fields to fill in (a device's "supported until" from
	// its system). Fields the manager has typed are not overwritten by the
	// window without asking.
	Fill func(changed string, v Values) Values
	// ToAction, when set, turns a row into an action plan entry, such as a
	// breach's actions; ok is false when the row has none.
	ToAction func(Row) (gap, action, owner string, target time.Time, ok bool)
	// Links are the other tables whose rows name a row of this one by a
	// field's value (a training record names its person); see Follow.
	Links []Link
	// Note, when set, gives a row's state in a few words for its line in
	// the table ("Reported to the ICO? 51 hours left"); warn marks it as
	// needing attention. An empty text means nothing to say. today is the
	// moment the table is shown, time of day included: the ICO clock counts
	// hours.
	Note func(r Row, today time.Time) (text string, warn bool)
	// NotesAmong, when set, is used instead of Note for a table whose
	// rows' state depends on other rows or tables (a person's training is
	// in another table): it gives every row's note at once, by row ID, so
	// the other table is read once and not once per row. Use Notes.
	NotesAmong func(c Context) map[int64]RowNote
	// CheckAmong, when set, checks a row against the table's other rows
	// before it is saved ("only three risks can be in the top three"); the
	// error's text is shown to the manager.
	CheckAmong func(r Row, others []Row) error
}

// RowNote is a row's state in a few words; Warn marks it as needing
// attention.
type RowNote struct {
	Text string
	Warn bool
}

// Notes returns the notes of the table's rows in the context's book, by
// row ID, from NotesAmong or else Note; rows with nothing to say are left
// out. The screen and the pack show a row's note from here.
func (s *Schema) Notes(c Context) map[int64]RowNote {
	if s.NotesAmong != nil {
		return s.NotesAmong(c)
	}
	out := map[int64]RowNote{}
	if s.Note == nil {
		return out
	}
	for _, r := range c.Book.Of(s.Name) {
		if text, warn := s.Note(r, c.Today); text != "" {
			out[r.ID] = RowNote{text, warn}
		}
	}
	return out
}

// Field returns the field with the given key, or nil.
func (s *Schema) Field(key string) *Field {
	for i := range s.Fields {
		if s.Fields[i].Key == key {
			return &s.Fields[i]
		}
	}
	return nil
}

// Columns returns the fields shown as table columns, in order.
func (s *Schema) Columns() []Field {
	var out []Field
	for _, f := range s.Fields {
		if f.Column {
			out = append(out, f)
		}
	}
	return out
}

// RowLabel names a row for lists and messages.
func (s *Schema) RowLabel(r Row) string {
	if s.Label != nil {
		return s.Label(r)
	}
	return s.Fields[0].Show(r.Values[s.Fields[0].Key])
}

// Values are a row's fields by key, each in its stored form (see Kind).
type Values map[string]string

// Row is one row of a register table.
type Row struct {
	ID      int64
	Table   string // the Schema's Name
	Values  Values
	Created time.Time
	Updated time.Time
}

// Text returns a field's value as stored.
func (r Row) Text(key string) string { return r.Values[key] }

// Date returns a date field's day, or the zero time when it is blank or
// not a date.
func (r Row) Date(key string) time.Time {
	v := r.Values[key]
	if v == "" {
		return time.Time{}
	}
	if t, ok := parseStored(v); ok {
		return t
	}
	t, err := ParseDate(v)
	if err != nil {
		return time.Time{}
	}
	return t
}

// Yes reports whether a yes-or-no field is "yes".
func (r Row) Yes(key string) bool { return r.Values[key] == "yes" }

// No reports whether a yes-or-no field is "no" (blank is not known, not no).
func (r Row) No(key string) bool { return r.Values[key] == "no" }

// Is reports whether a choice field holds the option key.
func (r Row) Is(key, option string) bool { return r.Values[key] == option }

// Book is an assessment's registers: every table's rows and the register
// settings.
type Book struct {
	Rows     map[string][]Row // by Schema Name
	Settings map[string]string
}

// Of returns the rows of one table.
func (b Book) Of(table string) []Row { return b.Rows[table] }

// OptionLabel returns the label of a choice field's option, or the stored
// value when it is not one of the options.
func (f Field) OptionLabel(key string) string {
	for _, o := range f.Options {
		if o.Key == key {
			return o.Label
		}
	}
	return key
}

// Show writes a stored value as people read it: dates as 31/01/2027,
// options by label, yes or no as "Yes" or "No".
func (f Field) Show(stored string) string {
	switch f.Kind {
	case Date:
		if t, err := ParseDate(stored); err == nil {
			return ShowDate(t)
		}
	case Choice:
		return f.OptionLabel(stored)
	case YesNo:
		switch stored {
		case "yes":
			return "Yes"
		case "no":
			return "No"
		}
	}
	return strings.TrimSpace(stored)
}
