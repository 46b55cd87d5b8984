package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// Registers loads an assessment's registers: every table's rows, oldest
// first, and the register settings.
func (s *Store) Registers(ctx context.Context, assessmentID int64) (register.Book, error) {
	var b register.Book
	err := s.read(ctx, func(tx *txn) error {
		var err error
		b, err = loadBook(ctx, tx, assessmentID)
		return err
	})
	return b, err
}

// RegisterTables loads only the named tables of an assessment's registers,
// oldest first, and the register settings: the window reads just the tables
// that stay with their year from last year's (register.YearTables), as
// those are all the rules read there.
func (s *Store) RegisterTables(ctx context.Context, assessmentID int64, tables []string) (register.Book, error) {
	var b register.Book
	err := s.read(ctx, func(tx *txn) error {
		var err error
		b, err = loadTables(ctx, tx, assessmentID, tables)
		return err
	})
	return b, err
}

func loadBook(ctx context.Context, q querier, assessmentID int64) (register.Book, error) {
	return loadTables(ctx, q, assessmentID, nil)
}

// loadTables loads the rows of the named tables (every table when tables
// is nil) and the settings.
func loadTables(ctx context.Context, q querier, assessmentID int64, tables []string) (register.Book, error) {
	b := register.Book{Rows: map[string][]register.Row{}, Settings: map[string]string{}}
	query, args := "SELECT "+registerRowColumns+" FROM register_rows WHERE assessment_id = ?", []any{assessmentID}
	if tables != nil {
		query += " AND register IN (SELECT value FROM json_each(?))"
		list, _ := json.Marshal(tables)
		args = append(args, string(list))
	}
	rows, err := queryAll(ctx, q, scanRegisterRow, query+" ORDER BY register, id", args...)
	if err != nil {
		return b, fmt.Errorf("loading the registers: %w", err)
	}
	for _, r := range rows {
		b.Rows[r.Table] = append(b.Rows[r.Table], r)
	}
	type setting struct{ key, value string }
	scanSetting := func(row scanner) (setting, error) {
		var st setting
		return st, row.Scan(&st.key, &st.value)
	}
	settings, err := queryAll(ctx, q, scanSetting, "SELECT key, value FROM register_settings WHERE assessment_id = ?", assessmentID)
	if err != nil {
		return b, fmt.Errorf("loading the register settings: %w", err)
	}
	for _, st := range settings {
		b.Settings[st.key] = st.value
	}
	return b, nil
}

const registerRowColumns = "id, register, fields, created_at, updated_at"

func scanRegisterRow(row scanner) (register.Row, error) {
	var r register.Row
	var fields, created, updated string
	if err := row.Scan(&r.ID, &r.Table, &fields, &created, &updated); err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(fields), &r.Values); err != nil {
		return r, fmt.Errorf("reading register row %d: %w", r.ID, err)
	}
	var err error
	if r.Created, err = parseTime(created); err != nil {
		return r, err
	}
	r.Updated, err = parseTime(updated)
	return r, err
}

// SaveRegisterRow checks a row against its table's schema and saves it: a
// new row (ID 0) is added, an existing one is changed, with a history entry
// for each field that changed. It returns the row as stored. A row that
// breaks the schema is refused (EInvalid) with every problem in the message.
func (s *Store) SaveRegisterRow(ctx context.Context, assessmentID int64, r register.Row) (register.Row, error) {
	schema, err := tableSchema(r.Table)
	if err != nil {
		return r, err
	}
	values, problems := schema.Clean(r.Values)
	if len(problems) > 0 {
		return r, invalidRow(schema, problems)
	}
	r.Values = values
	err = s.tx(ctx, func(tx *txn) error {
		if _, err := getAssessment(ctx, tx, assessmentID); err != nil {
			return err
		}
		if err := checkAmong(ctx, tx, assessmentID, schema, r); err != nil {
			return err
		}
		var err error
		r, err = s.saveRegisterRow(ctx, tx, assessmentID, r)
		return err
	})
	return r, err
}

// checkAmong runs the schema's check of a row against the table's other
// rows, if it has one.
func checkAmong(ctx context.Context, q querier, assessmentID int64, schema *register.Schema, r register.Row) error {
	if schema.CheckAmong == nil {
		return nil
	}
	rows, err := tableRows(ctx, q, assessmentID, schema.Name, r.ID)
	if err != nil {
		return err
	}
	if err := schema.CheckAmong(r, rows); err != nil {
		return assessment.Errorf(assessment.EInvalid, "%s", err.Error())
	}
	return nil
}

func tableSchema(name string) (*register.Schema, error) {
	schema, _ := register.Table(name)
	if schema == nil {
		return nil, assessment.Errorf(assessment.EInvalid, "There is no register called %q.", name)
	}
	return schema, nil
}

func invalidRow(schema *register.Schema, problems []register.Problem) error {
	msg := fmt.Sprintf("This %s cannot be saved:", schema.One)
	for _, p := range problems {
		msg += "\n" + p.String()
	}
	return assessment.Errorf(assessment.EInvalid, "%s", msg)
}

func (s *Store) saveRegisterRow(ctx context.Context, tx *txn, assessmentID int64, r register.Row) (register.Row, error) {
	now := s.nowUTC()
	fields, err := json.Marshal(r.Values)
	if err != nil {
		return r, fmt.Errorf("writing the %s row: %w", r.Table, err)
	}
	if r.ID == 0 {
		return insertRegisterRow(ctx, tx, assessmentID, r, string(fields), now)
	}
	old, err := loadRegisterRow(ctx, tx, assessmentID, r.ID)
	if err != nil {
		return r, err
	}
	changes := diffValues(old.Values, r.Values)
	if len(changes) == 0 {
		return old, nil
	}
	if _, err := tx.ExecContext(ctx, "UPDATE register_rows SET fields = ?, updated_at = ? WHERE id = ?", string(fields), formatTime(now), r.ID); err != nil {
		return r, fmt.Errorf("saving the %s row: %w", r.Table, err)
	}
	r.Created, r.Updated = old.Created, now
	return r, writeRegisterHistory(ctx, tx, assessmentID, r, changes, now)
}

func insertRegisterRow(ctx context.Context, tx *txn, assessmentID int64, r register.Row, fields string, now time.Time) (register.Row, error) {
	err := tx.QueryRowContext(ctx, "INSERT INTO register_rows (assessment_id, register, fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
		assessmentID, r.Table, fields, formatTime(now), formatTime(now)).Scan(&r.ID)
	if err != nil {
		return r, fmt.Errorf("adding a row to %s: %w", r.Table, err)
	}
	r.Created, r.Updated = now, now
	return r, nil
}

func loadRegisterRow(ctx context.Context, q querier, assessmentID, id int64) (register.Row, error) {
	r, err := scanRegisterRow(q.QueryRowContext(ctx, "SELECT "+registerRowColumns+" FROM register_rows WHERE assessment_id = ? AND id = ?", assessmentID, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, assessment.Errorf(assessment.ENotFound, "That row is no longer in the register; it may have been deleted.")
	}
	return r, err
}

// diffValues lists the fields that differ between two rows' values, in
// key order; a blank field is "".
func diffValues(old, now register.Values) []assessment.Change {
	keys := map[string]bool{}
	for k := range old {
		keys[k] = true
	}
	for k := range now {
		keys[k] = true
	}
	var out []assessment.Change
	for k := range keys {
		if old[k] != now[k] {
			out = append(out, assessment.Change{Field: k, Old: old[k], New: now[k]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out
}

func writeRegisterHistory(ctx context.Context, tx *txn, assessmentID int64, r register.Row, changes []assessment.Change, now time.Time) error {
	for _, c := range changes {
		_, err := tx.ExecContext(ctx, "INSERT INTO register_history (assessment_id, register, row_id, field, old, new, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
			assessmentID, r.Table, r.ID, c.Field, c.Old, c.New, formatTime(now))
		if err != nil {
			return fmt.Errorf("recording the change to the %s row: %w", r.Table, err)
		}
	}
	return nil
}

// DeleteRegisterRow deletes one row. Its values stay in the history, each
// as a change to blank, so a deletion can be seen and undone by hand.
func (s *Store) DeleteRegisterRow(ctx context.Context, assessmentID, id int64) error {
	return s.tx(ctx, func(tx *txn) error {
		old, err := loadRegisterRow(ctx, tx, assessmentID, id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM register_rows WHERE id = ?", id); err != nil {
			return fmt.Errorf("deleting the %s row: %w", old.Table, err)
		}
		return writeRegisterHistory(ctx, tx, assessmentID, old, diffValues(old.Values, nil), s.nowUTC())
	})
}

// AddRegisterRows checks every row against the table's schema and adds
// them all in one transaction: all are added, or none (EInvalid names the
// first bad row by its position, counting from 1).
func (s *Store) AddRegisterRows(ctx context.Context, assessmentID int64, table string, rows []register.Values) error {
	schema, err := tableSchema(table)
	if err != nil {
		return err
	}
	clean := make([]register.Values, len(rows))
	for i, v := range rows {
		var problems []register.Problem
		if clean[i], problems = schema.Clean(v); len(problems) > 0 {
			return assessment.Errorf(assessment.EInvalid, "Row %d: %s", i+1, problems[0])
		}
	}
	return s.tx(ctx, func(tx *txn) error {
		if _, err := getAssessment(ctx, tx, assessmentID); err != nil {
			return err
		}
		if err := checkAmongAll(ctx, tx, assessmentID, schema, clean); err != nil {
			return err
		}
		return insertRegisterRows(ctx, tx, assessmentID, table, clean, s.nowUTC())
	})
}

// tableRows loads one table's rows but the row with the given id (0 for
// none), oldest first.
func tableRows(ctx context.Context, q querier, assessmentID int64, table string, except int64) ([]register.Row, error) {
	rows, err := queryAll(ctx, q, scanRegisterRow, "SELECT "+registerRowColumns+" FROM register_rows WHERE assessment_id = ? AND register = ? AND id <> ? ORDER BY id", assessmentID, table, except)
	if err != nil {
		return nil, fmt.Errorf("loading the %s register: %w", table, err)
	}
	return rows, nil
}

// checkAmongAll runs the schema's check across rows (see CheckAmong) on
// each row to be added, against the rows already there and the new rows
// before it, so an import cannot do what one-by-one edits may not.
func checkAmongAll(ctx context.Context, q querier, assessmentID int64, schema *register.Schema, rows []register.Values) error {
	if schema.CheckAmong == nil {
		return nil
	}
	others, err := tableRows(ctx, q, assessmentID, schema.Name, 0)
	if err != nil {
		return err
	}
	for i, v := range rows {
		r := register.Row{Table: schema.Name, Values: v}
		if err := schema.CheckAmong(r, others); err != nil {
			return assessment.Errorf(assessment.EInvalid, "Row %d: %s", i+1, err.Error())
		}
		others = append(others, r)
	}
	return nil
}

func insertRegisterRows(ctx context.Context, tx *txn, assessmentID int64, table string, rows []register.Values, now time.Time) error {
	for _, v := range rows {
		fields, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("writing a %s row: %w", table, err)
		}
		if _, err := insertRegisterRow(ctx, tx, assessmentID, register.Row{Table: table}, string(fields), now); err != nil {
			return err
		}
	}
	return nil
}

// RegisterHistory returns the changes to one row, oldest first. Each
// Change's Ref is the table name and Field the field's key.
func (s *Store) RegisterHistory(ctx context.Context, assessmentID, rowID int64) ([]assessment.Change, error) {
	var out []assessment.Change
	err := s.read(ctx, func(tx *txn) error {
		var err error
		out, err = queryAll(ctx, tx, scanChange, "SELECT id, register, field, old, new, at FROM register_history WHERE assessment_id = ? AND row_id = ? ORDER BY id", assessmentID, rowID)
		return err
	})
	return out, err
}

// SaveRegisterSetting records a register setting (see register.Setting)
// for the assessment.
func (s *Store) SaveRegisterSetting(ctx context.Context, assessmentID int64, key string, on bool) error {
	return s.tx(ctx, func(tx *txn) error {
		if _, err := getAssessment(ctx, tx, assessmentID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO register_settings (assessment_id, key, value) VALUES (?, ?, ?) ON CONFLICT (assessment_id, key) DO UPDATE SET value = excluded.value",
			assessmentID, key, yesNoText(on))
		if err != nil {
			return fmt.Errorf("saving the register setting %s: %w", key, err)
		}
		return nil
	})
}

func yesNoText(on bool) string {
	if on {
		return "yes"
	}
	return "no"
}
