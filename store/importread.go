package store

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// checker collects the problems found in an import file.
type checker struct {
	lines    lineIndex
	problems []Problem
}

// add records a problem with the value at path, which starts at off.
func (c *checker) add(off int, path, format string, args ...any) {
	c.problems = append(c.problems, Problem{Path: path, Line: c.lines.line(off), Message: fmt.Sprintf(format, args...)})
}

// object reads n as an object; if it is not one, it records a problem and
// returns a reader whose every field is missing, so checking goes on quietly.
func (c *checker) object(n *node, path string) *objReader {
	o := &objReader{c: c, n: n, path: path, used: map[string]bool{}}
	if n.kind != kindObject {
		c.add(n.off, path, "should be %s, not %s", kindObject, n.kind)
		o.n = nil
		return o
	}
	for _, d := range n.dups {
		c.add(d.off, join(path, d.key), "appears more than once in the same object")
	}
	return o
}

// join extends a JSON path with a field name.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// objReader reads the fields of one object and notices unknown ones.
type objReader struct {
	c    *checker
	n    *node
	path string
	used map[string]bool
}

// field returns the value of key, or nil (with a problem if it is required).
func (o *objReader) field(key string, required bool) *node {
	o.used[key] = true
	if o.n == nil {
		return nil
	}
	v := o.n.fields[key]
	if v == nil && required {
		o.c.add(o.n.off, join(o.path, key), "is missing")
	}
	return v
}

// typed returns the value of key if it has the kind (null counts as absent).
func (o *objReader) typed(key string, kind nodeKind, required bool) *node {
	v := o.field(key, required)
	if v == nil || (v.kind == kindNull && !required) {
		return nil
	}
	if v.kind != kind {
		o.c.add(v.off, join(o.path, key), "should be %s, not %s", kind, v.kind)
		return nil
	}
	return v
}

// str returns a string field ("" when absent or wrong).
func (o *objReader) str(key string, required bool) string {
	if v := o.typed(key, kindString, required); v != nil {
		return v.str
	}
	return ""
}

// text returns a string field after assessment.CheckText with the limit.
func (o *objReader) text(key string, max int, required bool) string {
	v := o.typed(key, kindString, required)
	if v == nil {
		return ""
	}
	if err := assessment.CheckText("This text", v.str, max); err != nil {
		o.c.add(v.off, join(o.path, key), "%s", assessment.ErrorMessage(err))
		return ""
	}
	return v.str
}

// boolean returns an optional true-or-false field.
func (o *objReader) boolean(key string) bool {
	if v := o.typed(key, kindBool, false); v != nil {
		return v.b
	}
	return false
}

// integer returns a whole-number field and whether it was there and valid.
func (o *objReader) integer(key string, required bool) (int64, bool) {
	v := o.typed(key, kindNumber, required)
	if v == nil {
		return 0, false
	}
	n, err := strconv.ParseInt(v.str, 10, 64)
	if err != nil {
		o.c.add(v.off, join(o.path, key), "should be a whole number, not %s", v.str)
		return 0, false
	}
	return n, true
}

// date returns a date field written YYYY-MM-DD; "" or absent is the zero date.
func (o *objReader) date(key string) time.Time {
	v := o.typed(key, kindString, false)
	if v == nil || v.str == "" {
		return time.Time{}
	}
	t, err := assessment.ParseDate(v.str)
	if err != nil {
		o.c.add(v.off, join(o.path, key), "%q is not a real date written as YYYY-MM-DD", abbreviate(v.str))
	} else if t.IsZero() {
		// The store keeps the zero date as "no date", so it would not read back.
		o.c.add(v.off, join(o.path, key), "%q is not a date DSPT Desk can keep (it means no date); leave the field out instead", v.str)
	}
	return t
}

// moment returns a time field written in RFC 3339, or def when absent.
func (o *objReader) moment(key string, def time.Time) time.Time {
	v := o.typed(key, kindString, false)
	if v == nil || v.str == "" {
		return def
	}
	t, err := time.Parse(time.RFC3339, v.str)
	if err != nil {
		o.c.add(v.off, join(o.path, key), "%q is not a real time written like 2026-11-23T10:15:00Z", abbreviate(v.str))
		return def
	}
	t = t.UTC().Truncate(time.Second)
	if !storableTime(t) {
		o.c.add(v.off, join(o.path, key), "%q falls in the year %d once turned into UTC (Z); DSPT Desk keeps times from the year 0000 to 9999", abbreviate(v.str), t.Year())
		return def
	}
	return t
}

// storableTime reports whether t, in UTC, is one that formatTime writes and
// parseTime reads back: RFC 3339 has four digits for the year.
func storableTime(t time.Time) bool {
	y := t.UTC().Year()
	return y >= 0 && y <= 9999
}

// list returns the items of a list field.
func (o *objReader) list(key string, required bool) []*node {
	if v := o.typed(key, kindArray, required); v != nil {
		return v.items
	}
	return nil
}

// done reports every field that was not read as unknown.
func (o *objReader) done() {
	if o.n == nil {
		return
	}
	for _, k := range o.n.keys {
		if !o.used[k] {
			o.c.add(o.n.fields[k].off, join(o.path, k), "is not a field DSPT Desk knows (is it misspelt?)")
		}
	}
}

// oneOf checks a string field against its allowed values.
func (o *objReader) oneOf(key string, required bool, def string, allowed ...string) string {
	v := o.typed(key, kindString, required)
	if v == nil {
		return def
	}
	for _, a := range allowed {
		if v.str == a {
			return a
		}
	}
	o.c.add(v.off, join(o.path, key), "%q is not allowed here; use one of: %s", abbreviate(v.str), strings.Join(allowed, ", "))
	return def
}
