package register

// Link says that rows of another table name a row of this one: the rows of
// Table whose Key holds this row's Field (compared as NameKey does) belong
// to it, as a training record belongs to the person it names.
type Link struct {
	Field string // this table's field: "name"
	Table string // the other table: "training"
	Key   string // its field that names the row: "person"
}

// Follow returns the rows of linked tables that named a row by its old
// values, with the row's new value written in, so that correcting a
// person's name keeps their training with them. Nothing follows a new row
// (old is empty), a field that did not change, or a name another row of
// this table still has (the linked rows may be that row's).
func (s *Schema) Follow(old, now Values, b Book) []Row {
	var out []Row
	for _, l := range s.Links {
		was, is := old[l.Field], now[l.Field]
		if was == "" || is == "" || was == is || s.named(b, l.Field, was) {
			continue
		}
		for _, r := range b.Of(l.Table) {
			if NameKey(r.Values[l.Key]) == NameKey(was) {
				r.Values = r.Values.Copy()
				r.Values[l.Key] = is
				out = append(out, r)
			}
		}
	}
	return out
}

// named reports whether more than the row being changed has the value in
// the field: the book still holds the row with its old value.
func (s *Schema) named(b Book, field, value string) bool {
	n := 0
	for _, r := range b.Of(s.Name) {
		if NameKey(r.Values[field]) == NameKey(value) {
			n++
		}
	}
	return n > 1
}
