package store

import (
	"fmt"
	"io/fs"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// withMigrations runs the test with a different set of migration files.
func withMigrations(t *testing.T, fsys fs.FS) {
	old := migrationFS
	migrationFS = fsys
	t.Cleanup(func() { migrationFS = old })
}

// firstMigrations returns only the first n embedded migrations.
func firstMigrations(t *testing.T, n int) fstest.MapFS {
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	m := fstest.MapFS{}
	for _, mig := range ms[:n] {
		name := fmt.Sprintf("migrations/%04d_%s.sql", mig.version, mig.name)
		m[name] = &fstest.MapFile{Data: []byte(mig.sql)}
	}
	return m
}

func TestMigrationFilesAreNumberedInOrder(t *testing.T) {
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) < 2 || latestVersion() != len(ms) {
		t.Errorf("%d migrations, latest %d", len(ms), latestVersion())
	}
}

func TestOldFileIsBackedUpThenUpgraded(t *testing.T) {
	path := testDB(t)
	c := newClock()
	withMigrations(t, firstMigrations(t, 1))
	s := openAt(t, path, c)
	a, _ := s.Current(ctx)
	ref := refOf(t, assessment.Text)
	if _, err := s.db.Exec("INSERT INTO answers (assessment_id, ref, value, updated_at) VALUES (?, ?, 'kept through the upgrade', '2026-01-01T00:00:00Z')", a.ID, ref); err != nil {
		t.Fatal(err)
	}
	s.Close()
	migrationFS = embeddedMigrations

	c.Add(24 * 60 * 60e9) // tomorrow
	s = openAt(t, path, c)
	var version int
	s.db.QueryRow("PRAGMA user_version").Scan(&version)
	if version != latestVersion() {
		t.Errorf("upgraded to %d, want %d", version, latestVersion())
	}
	r, _ := s.Record(ctx, a.ID)
	if want := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC); !r.Answers[ref].AnsweredAt.Equal(want) {
		t.Errorf("an upgraded answer should take its last update as when it was given: %v", r.Answers[ref].AnsweredAt)
	}
	if r.Answers[ref].Value != "kept through the upgrade" {
		t.Errorf("the answer did not survive the upgrade: %+v", r.Answers[ref])
	}
	if err := s.SaveAnswer(ctx, a.ID, assessment.Answer{Ref: ref, Value: "new"}); err != nil {
		t.Fatalf("saving after the upgrade: %v", err)
	}
	list, _ := ListBackups(path)
	if len(list) == 0 || backupVersion(t, list[len(list)-1].Path) != 1 {
		t.Fatalf("no backup at schema 1 before the upgrade: %+v", list)
	}
	var n int
	s.db.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&n)
	if n != latestVersion() {
		t.Errorf("schema_migrations has %d rows", n)
	}
}

// backupVersion reads a backup's schema version.
func backupVersion(t *testing.T, path string) int {
	ro, err := inspect(ctx, path)
	if err != nil {
		t.Fatalf("checking backup %s: %v", path, err)
	}
	defer ro.close()
	return ro.version
}

func TestFailedUpgradeLeavesTheFileAsItWas(t *testing.T) {
	path := testDB(t)
	s := openAt(t, path, newClock())
	s.Close()
	broken := firstMigrations(t, latestVersion())
	name := fmt.Sprintf("migrations/%04d_broken.sql", latestVersion()+1)
	broken[name] = &fstest.MapFile{Data: []byte("CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);")}
	withMigrations(t, broken)
	if _, err := Open(path, Options{Bank: testBank(t)}); err == nil {
		t.Fatal("a failing migration did not fail Open")
	}
	migrationFS = embeddedMigrations
	s = openAt(t, path, newClock())
	var version, half int
	s.db.QueryRow("PRAGMA user_version").Scan(&version)
	s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").Scan(&half)
	if version != latestVersion() || half != 0 {
		t.Errorf("after a failed upgrade: version %d, table half %d", version, half)
	}
}
