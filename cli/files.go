package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/report"
	"github.com/dsptdesk/dsptdesk/store"
	"github.com/dsptdesk/dsptdesk/store/demo"
)

// database is the database a command works on, and how to tidy up after it.
type database struct {
	path    string
	bank    *assessment.Bank
	cleanup func()
}

// chooseDatabase returns the --db path, a fresh demo sample, or the default path.
func chooseDatabase(dbPath string, useDemo bool, env Env) (database, error) {
	bank, err := assessment.DefaultBank()
	if err != nil {
		return database{}, fmt.Errorf("loading the question bank: %w", err)
	}
	db := database{path: dbPath, bank: bank, cleanup: func() {}}
	switch {
	case useDemo && dbPath != "":
		return database{}, usagef("--demo opens a temporary sample database, so it cannot be used with --db")
	case useDemo:
		s, err := demo.Create(bank, env.now())
		if err != nil {
			return database{}, err
		}
		db.path, db.cleanup = s.DBPath, func() { s.Remove() }
	case dbPath == "":
		if db.path, err = store.DefaultPath(); err != nil {
			return database{}, err
		}
	}
	return db, nil
}

func (db database) open(env Env) (*store.Store, error) {
	return store.Open(db.path, store.Options{Bank: db.bank, Now: env.now})
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
	db, err := chooseDatabase(*dbPath, *useDemo, env)
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
	return writeAtomic(path, func(f *os.File) error { return st.ExportJSON(context.Background(), f) })
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
	in := report.NewInput(ed, p, rec, env.now(), Version)
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

// writeAtomic writes to a temporary file beside path, then renames it.
func writeAtomic(path string, write func(*os.File) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".dsptdesk-*")
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
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
	db, err := chooseDatabase(*dbPath, false, env)
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
	return nil
}
