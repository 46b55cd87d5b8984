package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// runEditions lists the toolkit editions the app knows, or adds one from a file.
func runEditions(args []string, env Env) error {
	if len(args) == 0 {
		return usagef("editions needs list or add FILE.toml")
	}
	fs := newFlags("editions " + args[0])
	var dbPath dbFlag
	fs.Var(&dbPath, "db", "")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	switch {
	case args[0] == "list" && fs.NArg() == 0:
	case args[0] == "add" && fs.NArg() == 1:
	case args[0] == "add":
		return usagef("editions add needs exactly one FILE.toml to read")
	case args[0] == "list":
		return usagef("unexpected argument %q", fs.Arg(0))
	default:
		return usagef("unknown editions command %q (use list or add FILE.toml)", args[0])
	}
	mode := mustExist // listing reads the file; adding may make a new one
	if args[0] == "add" {
		mode = mayCreate
	}
	db, err := chooseDatabase(dbPath, false, mode, env)
	if err != nil {
		return err
	}
	st, err := db.open(env)
	if err != nil {
		db.removeNew()
		return err
	}
	if args[0] == "list" {
		defer st.Close()
		return listEditions(st.Bank(), env)
	}
	err = addEdition(st, fs.Arg(0), env)
	st.Close()
	if err != nil {
		db.removeNew()
		return err
	}
	if db.created { // as import does: a new file is never made without a word
		fmt.Fprintf(env.Stdout, "Made a new DSPT Desk file at %s\n", st.Path())
	}
	return nil
}

// listEditions prints each edition with where it comes from and its revision.
func listEditions(bank *assessment.Bank, env Env) error {
	for _, ed := range bank.Editions {
		fmt.Fprintf(env.Stdout, "%s  %s (%s)\n", ed.ID, ed.Title, ed.Source())
	}
	if note := bank.NewYearNote(env.now()); note != "" {
		fmt.Fprintf(env.Stdout, "\n%s\nOn the command line: dsptdesk editions add FILE.toml\n", note)
	}
	return nil
}

// addEdition reads an edition file and adds it, listing every problem if
// it breaks a rule.
func addEdition(st *store.Store, path string, env Env) error {
	data, err := readEditionFile(path)
	if err != nil {
		return err
	}
	ed, err := st.AddEdition(context.Background(), path, data)
	var bad *assessment.EditionError
	if errors.As(err, &bad) {
		fmt.Fprintf(env.Stderr, "dsptdesk: %s has %s; nothing was added:\n%s\n", path, assessment.Count(len(bad.Problems), "problem", "problems"), bad.Error())
		return errExit
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Added the %s toolkit: %d questions, %s.\n%s\n", ed.ID, len(ed.Items), ed.Source(), addedAdvice(st, ed, env))
	return nil
}

// addedAdvice says what to do with an edition just added: nothing for a
// revision of a year already started (its questions are in use at once),
// otherwise when and where to start its review.
func addedAdvice(st *store.Store, ed *assessment.Edition, env Env) string {
	all, err := st.Assessments(context.Background())
	if err == nil && len(all) > 0 && ed.ID <= all[len(all)-1].EditionID {
		return fmt.Sprintf("DSPT Desk uses these %s questions from now on.", ed.ID)
	}
	return ed.StartAdvice(env.now())
}

// readEditionFile reads at most a little more than the largest edition file.
func readEditionFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, assessment.Errorf(assessment.ENotFound, "Cannot read %s: %v", path, errors.Unwrap(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, store.MaxEditionBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return data, nil
}
