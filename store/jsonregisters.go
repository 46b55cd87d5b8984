package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// The registers in the JSON format (version 4): an assessment's rows by
// table, each row its fields by key in their stored form, and the register
// settings as "yes" or "no".

// registersToJSON writes a book's rows and settings for the export.
func registersToJSON(b register.Book) (map[string][]register.Values, map[string]string) {
	rows := map[string][]register.Values{}
	for table, list := range b.Rows {
		for _, r := range list {
			rows[table] = append(rows[table], r.Values)
		}
	}
	settings := map[string]string{}
	for k, v := range b.Settings {
		settings[k] = v
	}
	return rows, settings
}

// importRegisters checks an assessment's "registers": every table must be
// one DSPT Desk has, with at most register.MaxRowsPerTable rows, and every
// row must pass its table's Schema.Clean, with no field the table lacks.
func (ic *importChecker) importRegisters(n *node, path, edition string) map[string][]register.Values {
	out := map[string][]register.Values{}
	if n == nil || n.kind == kindNull {
		return out
	}
	o := ic.object(n, path)
	if o.n == nil {
		return out
	}
	for _, table := range o.n.keys {
		o.used[table] = true
		p := join(path, table)
		schema, _ := register.Table(table)
		if schema == nil {
			ic.add(o.n.fields[table].off, p, "the %s assessment has a register table %q, which DSPT Desk does not have (it has %s)", edition, abbreviate(table), strings.Join(tableNames(), ", "))
			continue
		}
		out[table] = ic.registerRows(o.n.fields[table], p, rowsOf{schema, edition})
	}
	if n := countRows(out); n > register.MaxRowsPerAssessment {
		ic.add(o.n.off, path, "holds %s register rows in the %s assessment; DSPT Desk imports at most %s for one year's registers, so that its pack can be made on an ordinary office computer",
			thousands(n), edition, thousands(register.MaxRowsPerAssessment))
	}
	return out
}

// countRows counts the rows of every table.
func countRows(tables map[string][]register.Values) int {
	n := 0
	for _, rows := range tables {
		n += len(rows)
	}
	return n
}

// rowsOf is the table being checked and the assessment it belongs to.
type rowsOf struct {
	schema  *register.Schema
	edition string
}

// where names a row for a message: "person (row 2 of the staff table of
// the 2025-26 assessment)".
func (t rowsOf) where(i int) string {
	return fmt.Sprintf("%s (row %d of the %s table of the %s assessment)", t.schema.One, i+1, t.schema.Name, t.edition)
}

// registerRows checks one table's rows, and each row against those before
// it where the table has such a check (Schema.CheckAmong), as the window
// checks a row against the others when it is saved.
func (ic *importChecker) registerRows(n *node, path string, t rowsOf) []register.Values {
	schema := t.schema
	if n.kind != kindArray {
		ic.add(n.off, path, "should be %s, not %s", kindArray, n.kind)
		return nil
	}
	if len(n.items) > register.MaxRowsPerTable {
		ic.add(n.off, path, "has %s rows in the %s table of the %s assessment; DSPT Desk imports at most %s for one table of one year's registers",
			thousands(len(n.items)), schema.Name, t.edition, thousands(register.MaxRowsPerTable))
		return nil
	}
	out := make([]register.Values, 0, len(n.items))
	var added []register.Row // checked against each other as if added one by one
	for i, item := range n.items {
		p := fmt.Sprintf("%s[%d]", path, i)
		v, ok := ic.registerRow(item, p, t, i)
		if !ok {
			continue
		}
		row := register.Row{Table: schema.Name, Values: v}
		if schema.CheckAmong != nil {
			if err := schema.CheckAmong(row, added); err != nil {
				ic.add(item.off, p, "this %s cannot be imported: %s", t.where(i), err)
				continue
			}
		}
		added = append(added, row)
		out = append(out, v)
	}
	return out
}

// registerRow checks one row: an object of text values, each a field of
// the table, that together pass Schema.Clean.
func (ic *importChecker) registerRow(n *node, path string, t rowsOf, i int) (register.Values, bool) {
	schema := t.schema
	o := ic.object(n, path)
	if o.n == nil {
		return nil, false
	}
	before := len(ic.problems)
	raw, wrong := register.Values{}, map[string]bool{}
	for _, key := range o.n.keys {
		o.used[key] = true
		v, f := o.n.fields[key], schema.Field(key)
		switch {
		case f == nil:
			ic.add(v.off, join(path, key), "is not a field of the %s table (its fields are %s), in %s", schema.Name, strings.Join(fieldKeys(schema), ", "), t.where(i))
		case v.kind == kindNull:
		case v.kind != kindString:
			ic.add(v.off, join(path, key), "should be %s, not %s", kindString, v.kind)
			wrong[f.Label] = true
		default:
			raw[key] = v.str
		}
	}
	clean, problems := schema.Clean(raw)
	for _, pr := range problems {
		if wrong[pr.Field] {
			continue // already said
		}
		ic.add(ic.fieldOffset(o, schema, pr.Field), path, "this %s cannot be imported: %s", t.where(i), pr)
	}
	return clean, len(ic.problems) == before
}

// fieldOffset is where the field with the label starts in the row, or the
// row's start when the field is missing.
func (ic *importChecker) fieldOffset(o *objReader, schema *register.Schema, label string) int {
	for _, f := range schema.Fields {
		if v := o.n.fields[f.Key]; f.Label == label && v != nil {
			return v.off
		}
	}
	return o.n.off
}

// importRegisterSettings checks an assessment's "register_settings": each
// key one of the registers' settings, each value "yes" or "no".
func (ic *importChecker) importRegisterSettings(n *node, path string) map[string]string {
	out := map[string]string{}
	if n == nil || n.kind == kindNull {
		return out
	}
	o := ic.object(n, path)
	if o.n == nil {
		return out
	}
	known := register.SettingKeys()
	for _, key := range o.n.keys {
		if !contains(known, key) {
			o.used[key] = true
			ic.add(o.n.fields[key].off, join(path, key), "is not a register setting DSPT Desk has (it has %s)", strings.Join(known, ", "))
			continue
		}
		if v := o.oneOf(key, false, "", "yes", "no"); v != "" {
			out[key] = v
		}
	}
	o.done()
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func tableNames() []string {
	var out []string
	for _, s := range register.Tables() {
		out = append(out, s.Name)
	}
	return out
}

func fieldKeys(s *register.Schema) []string {
	out := make([]string, len(s.Fields))
	for i, f := range s.Fields {
		out[i] = f.Key
	}
	return out
}

// registerText counts the characters of text in imported register rows.
func registerText(rows map[string][]register.Values) int {
	n := 0
	for _, list := range rows {
		for _, v := range list {
			for _, s := range v {
				n += len([]rune(s))
			}
		}
	}
	return n
}

// writeBook adds register rows and settings to a new assessment (imported,
// or carried into next year), in table order.
func writeBook(ctx context.Context, tx *txn, id int64, rows map[string][]register.Values, settings map[string]string, now time.Time) error {
	for _, s := range register.Tables() {
		if err := insertRegisterRows(ctx, tx, id, s.Name, rows[s.Name], now); err != nil {
			return err
		}
	}
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, "INSERT INTO register_settings (assessment_id, key, value) VALUES (?, ?, ?)", id, k, settings[k]); err != nil {
			return fmt.Errorf("writing the register setting %s: %w", k, err)
		}
	}
	return nil
}
