package register

// MaxRowsPerTable is the most rows one table of one year's registers
// holds when imported from a file: room for a home of 1,000 staff with
// fifty years of training records, and a limit that keeps a hostile file
// from filling the database or the pack.
const MaxRowsPerTable = 50_000

// MaxRowsPerAssessment is the most rows all the registers of one year hold
// when imported from a file, so that the pack with every appendix is still
// made in a few seconds on an ordinary office computer.
const MaxRowsPerAssessment = 100_000

// CarryForward returns what next year's registers start with: the rows
// of every table that carries (Schema.Carry: the staff list and their
// training, devices, suppliers...), as new rows, and the register settings.
// Tables that stay with their year (breaches, spot checks) start empty;
// next year's rules read them as last year's.
func (b Book) CarryForward() Book {
	out := Book{Rows: map[string][]Row{}, Settings: map[string]string{}}
	for _, s := range Tables() {
		if !s.Carry {
			continue
		}
		for _, r := range b.Rows[s.Name] {
			out.Rows[s.Name] = append(out.Rows[s.Name], Row{Table: s.Name, Values: r.Values.Copy()})
		}
	}
	for k, v := range b.Settings {
		out.Settings[k] = v
	}
	return out
}

// YearTables returns the names of the tables that stay with their year
// (breaches, spot checks: not Schema.Carry). Their rows are all that the
// rules read from last year's book; the other tables' rows were carried
// into this year's.
func YearTables() []string {
	var out []string
	for _, s := range Tables() {
		if !s.Carry {
			out = append(out, s.Name)
		}
	}
	return out
}

// Clone returns a deep copy of the book, safe to read on another goroutine
// (making the pack) while the window changes the original.
func (b Book) Clone() Book {
	out := Book{Rows: make(map[string][]Row, len(b.Rows)), Settings: make(map[string]string, len(b.Settings))}
	for table, rows := range b.Rows {
		list := make([]Row, len(rows))
		for i, r := range rows {
			r.Values = r.Values.Copy()
			list[i] = r
		}
		out.Rows[table] = list
	}
	for k, v := range b.Settings {
		out.Settings[k] = v
	}
	return out
}

// Copy returns a copy of the values that can be changed without changing v.
func (v Values) Copy() Values {
	out := make(Values, len(v))
	for k, s := range v {
		out[k] = s
	}
	return out
}

// Count is the number of rows in every table of the book.
func (b Book) Count() int {
	n := 0
	for _, rows := range b.Rows {
		n += len(rows)
	}
	return n
}

// SettingKeys lists the key of every register setting, in register order.
func SettingKeys() []string {
	var out []string
	for _, r := range registers {
		for _, s := range r.Settings {
			out = append(out, s.Key)
		}
	}
	return out
}
