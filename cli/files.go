package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
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
}

// chooseDatabase checks the flags and picks the --db path, the demo sample
// (made later by prepare) or the default path.
func chooseDatabase(dbPath string, useDemo bool) (*database, error) {
	bank, err := assessment.DefaultBank()
	if err != nil {
		return nil, fmt.Errorf("loading the question bank: %w", err)
	}
	db := &database{path: dbPath, bank: bank, demo: useDemo}
	switch {
	case useDemo && dbPath != "":
		return nil, usagef("--demo opens a temporary sample database, so it cannot be used with --db")
	case dbPath == "" && !useDemo:
		if db.path, err = store.DefaultPath(); err != nil {
			return nil, err
		}
	}
	return db, nil
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

// open prepares the database and opens it.
func (db *database) open(env Env) (*store.Store, error) {
	path, err := db.prepare(env.now())
	if err != nil {
		return nil, err
	}
	return store.Open(path, store.Options{Bank: db.bank, Now: env.now})
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
	dbPath := fs.String("db", "", "")
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
		return usagef("export needs -o FILE, the file to write")
	}
	db, err := chooseDatabase(*dbPath, *useDemo)
	if err != nil {
		return err
	}
	defer db.cleanup()
	st, err := db.open(env)
	if err != nil {
		return err
	}
	defer st.Close()
	if *format == "json" {
		return exportJSON(st, *out)
	}
	return exportPDF(st, db.bank, *out, env)
}

func exportJSON(st *store.Store, path string) error {
	return st.ExportJSONFile(context.Background(), path)
}

// exportPDF prints the newest assessment, compared with the one before it.
func exportPDF(st *store.Store, bank *assessment.Bank, path string, env Env) error {
	ctx := context.Background()
	p, err := st.Profile(ctx)
	if err != nil {
		return err
	}
	if _, err := st.Current(ctx); err != nil {
		return err
	}
	all, err := st.Assessments(ctx)
	if err != nil {
		return err
	}
	n := len(all)
	ed, rec, err := readYear(ctx, st, bank, all[n-1])
	if err != nil {
		return err
	}
	in := report.NewInput(ed, p, rec, env.now(), env.Version)
	if n > 1 {
		if lastEd, last, err := readYear(ctx, st, bank, all[n-2]); err == nil {
			in.SetPrevious(lastEd, last)
		}
	}
	in.CheckEvidence()
	return report.WriteFile(path, in)
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
	dbPath := fs.String("db", "", "")
	replace := fs.Bool("replace", false, "")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("import needs exactly one FILE to read")
	}
	db, err := chooseDatabase(*dbPath, false)
	if err != nil {
		return err
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return assessment.Errorf(assessment.ENotFound, "Cannot read %s: %v", fs.Arg(0), errors.Unwrap(err))
	}
	defer f.Close()
	st, err := db.open(env)
	if err != nil {
		return err
	}
	defer st.Close()
	return importJSON(st, f, *replace, env)
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
