package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/atomicfile"
	"github.com/dsptdesk/dsptdesk/store"
)

// dbFlag is the --db flag. It remembers being given, so that --db "" is
// refused rather than quietly meaning the default file.
type dbFlag struct {
	path string
	set  bool
}

func (f *dbFlag) String() string { return f.path }

// Set records the path given.
func (f *dbFlag) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("needs the name of a database file")
	}
	f.path, f.set = s, true
	return nil
}

// creation says whether a command may make a new database file.
type creation int

const (
	mustExist creation = iota // the command reads the file: a missing one is a mistake
	mayCreate                 // the command may make a new file, in a folder that exists
)

// checkDatabasePath refuses a database path that is a folder, and one that
// does not exist when the command needs it to.
func checkDatabasePath(path string, named bool, mode creation) error {
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return assessment.Errorf(assessment.EInvalid, "%s is a folder, not a DSPT Desk database file. Name the file instead (such as %s).", path, filepath.Join(path, "dspt.db"))
	case err == nil || !errors.Is(err, fs.ErrNotExist):
		return nil
	case mode == mustExist && named:
		return assessment.Errorf(assessment.ENotFound, "There is no DSPT Desk file at %s, so there is nothing to read. Check the name after --db; nothing has been created.", path)
	case mode == mustExist:
		return assessment.Errorf(assessment.ENotFound, "You have no DSPT Desk file yet (it would be %s). Open DSPT Desk once to make it, or name a file with --db; nothing has been created.", path)
	case named && !exists(filepath.Dir(path)):
		return assessment.Errorf(assessment.ENotFound, "The folder %s does not exist, so DSPT Desk cannot make a new file there. Check the name after --db, or make the folder first.", filepath.Dir(path))
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// cleanLeftovers removes the temporary files that a killed export left
// beside the database.
func (db *database) cleanLeftovers(env Env) {
	if db.path != "" && !db.demo {
		atomicfile.CleanLeftovers(filepath.Dir(db.path), env.now())
	}
}

// removeNew removes a file that open made, with the files SQLite and the
// lock made beside it, after a command that made it failed: a mistyped --db
// must not leave an empty database behind. The store must be closed.
func (db *database) removeNew() {
	if !db.created {
		return
	}
	for _, p := range []string{db.path, db.path + "-wal", db.path + "-shm", db.path + "-journal", db.path + ".lock"} {
		os.Remove(p)
	}
}

// change opens the database, runs do on it and closes it. A file that open
// made is removed again if do fails, and named if do succeeds: a command
// never leaves a new file behind for nothing, nor makes one without a word.
func (db *database) change(env Env, do func(*store.Store) error) error {
	st, err := db.open(env)
	if err != nil {
		db.removeNew()
		return err
	}
	err = do(st)
	st.Close()
	if err != nil {
		db.removeNew()
		return err
	}
	if db.created {
		fmt.Fprintf(env.Stdout, "Made a new DSPT Desk file at %s\n", st.Path())
	}
	return nil
}
