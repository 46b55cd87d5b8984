package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
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
	// created is set when opening made a new, empty file.
	created bool
}

// chooseDatabase checks the flags and picks the --db path, the demo sample
// (made later by prepare) or the default path, and sends the log beside it.
func chooseDatabase(dbPath dbFlag, useDemo bool, mode creation, env Env) (*database, error) {
	db := &database{path: dbPath.path, demo: useDemo}
	var err error
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

// prepare loads the question bank, makes the demo sample if asked for, and
// returns the path to open. The window calls it off its UI goroutine, so
// that neither holds up the window's start.
func (db *database) prepare(now time.Time) (string, error) {
	if db.bank == nil {
		bank, err := assessment.DefaultBank()
		if err != nil {
			return "", fmt.Errorf("loading the question bank: %w", err)
		}
		db.bank = bank
	}
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
	noComments := fs.Bool("no-comments", false, "")
	leaveOut := fs.String("leave-out", "", "")
	noRegisters := fs.Bool("no-registers", false, "")
	if err := parse(fs, args); err != nil {
		return err
	}
	left, err := appendicesLeftOut(*leaveOut, *noRegisters, *format)
	if err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usagef("unexpected argument %q (write the output file after -o)", fs.Arg(0))
	case !exportFormats[*format]:
		return usagef("export needs --format json, pdf, xlsx or csv")
	case *noComments && *format != "pdf" && *format != "xlsx":
		return usagef("--no-comments is for the pdf and xlsx formats (json keeps everything; the csv has no comments)")
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
	if *format == "json" {
		return exportJSON(st, *out, env)
	}
	return exportPack(st, st.Bank(), packOptions{format: *format, path: *out, noComments: *noComments, leaveOut: left}, env)
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

func exportJSON(st *store.Store, path string, env Env) error {
	if path == "-" {
		return st.ExportJSON(context.Background(), env.Stdout)
	}
	return st.ExportJSONFile(context.Background(), path)
}

// packInput reads the newest assessment, compared with the one before it,
// and checks its evidence, for the PDF and the spreadsheets.
func packInput(st *store.Store, bank *assessment.Bank, env Env) (report.Input, error) {
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
	in := report.NewInput(ed, p, rec, env.now(), env.Version)
	var lastYear register.Book
	if n > 1 {
		if lastEd, last, err := readYear(ctx, st, bank, all[n-2]); err == nil {
			in.SetPrevious(lastEd, last)
			lastYear, _ = st.Registers(ctx, all[n-2].ID)
		}
	}
	book, err := st.Registers(ctx, all[n-1].ID)
	if err != nil {
		return report.Input{}, err
	}
	in.SetRegisters(book, lastYear)
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
	replacePublished := fs.Bool("replace-published", false, "")
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
	return db.change(env, func(st *store.Store) error {
		return importJSON(st, f, store.ImportOptions{Replace: *replace, ReplacePublished: *replacePublished}, env)
	})
}

func importJSON(st *store.Store, f *os.File, opt store.ImportOptions, env Env) error {
	sum, err := st.ImportJSON(context.Background(), f, opt)
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
	if sum.RegisterRows > 0 {
		fmt.Fprintf(env.Stdout, "Imported %s.\n", assessment.Count(sum.RegisterRows, "register row", "register rows"))
	}
	if len(sum.AddedEditions) > 0 {
		fmt.Fprintf(env.Stdout, "Added the toolkit editions %v from the file.\n", sum.AddedEditions)
	}
	if len(sum.AddedSupportFiles) > 0 {
		fmt.Fprintf(env.Stdout, "Added the end-of-support dates of %v from the file.\n", sum.AddedSupportFiles)
	}
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
