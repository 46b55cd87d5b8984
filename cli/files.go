package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/atomicfile"
	"github.com/dsptdesk/dsptdesk/store"
	"github.com/dsptdesk/dsptdesk/store/demo"
)

// database is the database a command works on. For --demo the sample is
// made by prepare, which the window calls off its UI goroutine so that
// building the sample overlaps the window's start.
type database struct {
	path   string
	bank   *assessment.Bank
	demo   bool
	sample *demo.Sample
	// created is set when opening made a new, empty file.
	created bool
}

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

// chooseDatabase checks the flags and picks the --db path, the demo sample
// (made later by prepare) or the default path, and sends the log beside it.
func chooseDatabase(dbPath dbFlag, useDemo bool, mode creation, env Env) (*database, error) {
	bank, err := assessment.DefaultBank()
	if err != nil {
		return nil, fmt.Errorf("loading the question bank: %w", err)
	}
	db := &database{path: dbPath.path, bank: bank, demo: useDemo}
	switch {
	case useDemo && dbPath.set:
		return nil, usagef("--demo opens a temporary sample database, so it cannot be used with --db")
	case useDemo:
		return db, nil
	case !dbPath.set:
		if db.path, err = store.DefaultPath(); err != nil {
			return nil, err
		}
	}
	if err := checkDatabasePath(db.path, dbPath.set, mode); err != nil {
		return nil, err
	}
	env.logBeside(db.path)
	return db, nil
}

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

// prepare makes the demo sample, if asked for, and returns the path to open.
func (db *database) prepare(now time.Time) (string, error) {
	if db.demo && db.sample == nil {
		s, err := demo.Create(db.bank, now)
		if err != nil {
			return "", err
		}
		db.sample, db.path = &s, s.DBPath
	}
	return db.path, nil
}

// cleanup removes the demo sample, if one was made.
func (db *database) cleanup() {
	if db.sample != nil {
		db.sample.Remove()
	}
}

// open prepares the database and opens it, noting whether that made a new file.
func (db *database) open(env Env) (*store.Store, error) {
	path, err := db.prepare(env.now())
	if err != nil {
		return nil, err
	}
	db.created = !exists(path)
	db.cleanLeftovers(env)
	return store.Open(path, store.Options{Bank: db.bank, Now: env.now})
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

func (env Env) now() time.Time {
	if env.Now != nil {
		return env.Now()
	}
	return time.Now()
}

func runExport(args []string, env Env) error {
	fs := newFlags("export")
	format := fs.String("format", "", "")
	var dbPath dbFlag
	fs.Var(&dbPath, "db", "")
	useDemo := fs.Bool("demo", false, "")
	out := fs.String("o", "", "")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usagef("unexpected argument %q (write the output file after -o)", fs.Arg(0))
	case *format != "json" && *format != "pdf":
		return usagef("export needs --format json or --format pdf")
	case *out == "":
		return usagef("export needs -o FILE, the file to write (or -o - for standard output)")
	}
	db, err := chooseDatabase(dbPath, *useDemo, mustExist, env)
	if err != nil {
		return err
	}
	defer db.cleanup()
	if err := db.checkOutput(*out, env); err != nil {
		return err
	}
	st, err := db.open(env)
	if err != nil {
		return err
	}
	defer st.Close()
	return export(st, db.bank, *format, *out, env)
}

// checkOutput refuses an output path that is one of the database's own
// files, a folder, or in a folder that does not exist, before anything is
// opened or written. "-" is standard output.
func (db *database) checkOutput(out string, env Env) error {
	if out == "-" {
		return nil
	}
	path, err := db.prepare(env.now())
	if err != nil {
		return err
	}
	return store.CheckExportPath(path, out)
}

// export writes the JSON file or the PDF to out, or to standard output for "-".
func export(st *store.Store, bank *assessment.Bank, format, out string, env Env) error {
	ctx := context.Background()
	switch {
	case format == "json" && out == "-":
		return st.ExportJSON(ctx, env.Stdout)
	case format == "json":
		return st.ExportJSONFile(ctx, out)
	}
	in, err := reportInput(st, bank, env)
	if err != nil {
		return err
	}
	if out == "-" {
		return report.Write(env.Stdout, in)
	}
	return report.WriteFile(out, in)
}

// reportInput gathers the newest assessment, compared with the one before
// it, for the PDF.
func reportInput(st *store.Store, bank *assessment.Bank, env Env) (report.Input, error) {
	ctx := context.Background()
	p, err := st.Profile(ctx)
	if err != nil {
		return report.Input{}, err
	}
	if _, err := st.Current(ctx); err != nil {
		return report.Input{}, err
	}
	all, err := st.Assessments(ctx)
	if err != nil {
		return report.Input{}, err
	}
	n := len(all)
	ed, rec, err := readYear(ctx, st, bank, all[n-1])
	if err != nil {
		return report.Input{}, err
	}
	in := report.NewInput(ed, p, rec, env.now(), Version)
	if n > 1 {
		if lastEd, last, err := readYear(ctx, st, bank, all[n-2]); err == nil {
			in.SetPrevious(lastEd, last)
		}
	}
	in.CheckEvidence()
	return in, nil
}

// readYear reads one assessment and finds its edition in the bank.
func readYear(ctx context.Context, st *store.Store, bank *assessment.Bank, a assessment.Assessment) (*assessment.Edition, *assessment.Record, error) {
	ed := bank.Edition(a.EditionID)
	if ed == nil {
		return nil, nil, assessment.Errorf(assessment.ETooNew, "The %s assessment uses questions that this version of DSPT Desk does not have.", a.EditionID)
	}
	rec, err := st.Record(ctx, a.ID)
	return ed, rec, err
}

func runImport(args []string, env Env) error {
	fs := newFlags("import")
	var dbPath dbFlag
	fs.Var(&dbPath, "db", "")
	replace := fs.Bool("replace", false, "")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("import needs exactly one FILE to read")
	}
	db, err := chooseDatabase(dbPath, false, mayCreate, env)
	if err != nil {
		return err
	}
	f, err := store.OpenImportFile(fs.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := db.open(env)
	if err != nil {
		db.removeNew()
		return err
	}
	err = importJSON(st, f, *replace, env)
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

func importJSON(st *store.Store, f *os.File, replace bool, env Env) error {
	sum, err := st.ImportJSON(context.Background(), f, store.ImportOptions{Replace: replace})
	var bad *store.ImportError
	if errors.As(err, &bad) {
		fmt.Fprintf(env.Stderr, "dsptdesk: %s has problems; nothing was imported:\n%s\n", f.Name(), bad.Error())
		return errExit
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Imported %s: assessments %v, %d answers, %d evidence records, %d actions.\n",
		f.Name(), sum.Editions, sum.Answers, sum.Evidence, sum.Actions)
	if sum.Backup != nil {
		fmt.Fprintf(env.Stdout, "The database was backed up first to %s\n", sum.Backup.Path)
	}
	if len(sum.Replaced) > 0 {
		fmt.Fprintf(env.Stdout, "Replaced the assessments held for %v.\n", sum.Replaced)
	}
	if sum.ProfileChanged {
		fmt.Fprintln(env.Stdout, "The organisation profile now comes from the file.")
	}
	return nil
}
