package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"time"
)

//go:embed migrations/*.sql
var embeddedMigrations embed.FS

// migrationFS holds the migrations; tests replace it to try a failing one.
var migrationFS fs.FS = embeddedMigrations

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

var migrationName = regexp.MustCompile(`^(\d{4})_([a-z0-9_]+)\.sql$`)

// loadMigrations reads migrations/NNNN_name.sql, numbered 1, 2, 3... with no gaps.
func loadMigrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("listing migrations: %w", err)
	}
	var out []migration
	for i, name := range names { // fs.Glob sorts the names
		m := migrationName.FindStringSubmatch(path.Base(name))
		if m == nil {
			return nil, fmt.Errorf("migration %s: name should look like 0001_initial.sql", name)
		}
		if v, _ := strconv.Atoi(m[1]); v != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", name, i+1)
		}
		data, err := fs.ReadFile(migrationFS, name)
		if err != nil {
			return nil, fmt.Errorf("reading migration %s: %w", name, err)
		}
		out = append(out, migration{version: i + 1, name: m[2], sql: string(data)})
	}
	return out, nil
}

// latestVersion is the schema version this build writes.
func latestVersion() int {
	ms, err := loadMigrations()
	if err != nil {
		panic(err) // the embedded files are checked by the tests
	}
	return len(ms)
}

// migrate brings the database from version `from` to the latest, all
// pending migrations in one transaction: either the file is fully upgraded,
// or it is left exactly as it was. Each migration is recorded in the same
// transaction, in schema_migrations and in PRAGMA user_version, which is
// the authoritative schema version.
func migrate(ctx context.Context, db *sql.DB, from int, now time.Time) error {
	ms, err := loadMigrations()
	if err != nil || from >= len(ms) {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("starting the upgrade: %w", err)
	}
	defer tx.Rollback()
	for _, m := range ms[from:] {
		if err := apply(ctx, tx, m, now); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing the upgrade: %w", err)
	}
	return nil
}

// apply runs one migration and records it.
func apply(ctx context.Context, tx *sql.Tx, m migration, now time.Time) error {
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("upgrading the database to schema %d (%s): %w", m.version, m.name, err)
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.version, m.name, formatTime(now))
	if err == nil {
		_, err = tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
	}
	if err != nil {
		return fmt.Errorf("recording schema %d: %w", m.version, err)
	}
	return nil
}
