package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// runSupport lists the end-of-support table in use, or adds dates from a
// file, as editions does for toolkit years.
func runSupport(args []string, env Env) error {
	if len(args) == 0 {
		return usagef("support needs list or add FILE.toml")
	}
	fs := newFlags("support " + args[0])
	var dbPath dbFlag
	fs.Var(&dbPath, "db", "")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	switch {
	case args[0] == "list" && fs.NArg() == 0, args[0] == "add" && fs.NArg() == 1:
	case args[0] == "add":
		return usagef("support add needs exactly one FILE.toml to read")
	case args[0] == "list":
		return usagef("unexpected argument %q", fs.Arg(0))
	default:
		return usagef("unknown support command %q (use list or add FILE.toml)", args[0])
	}
	mode := mustExist
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
		return listSupport(env)
	}
	err = addSupport(st, fs.Arg(0), env)
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

// listSupport prints each system with its last day of updates, its
// certainty and where the entry comes from.
func listSupport(env Env) error {
	t := register.Support()
	fmt.Fprintf(env.Stdout, "End-of-support dates, checked on %s:\n", assessment.HumanDate(t.CheckedOn))
	for _, e := range t.Systems {
		ends := e.EndsText
		if !e.Ends.IsZero() {
			ends = e.Ends.Format(register.UKDate)
		}
		from := "built in"
		if e.From != "" {
			from = "from " + e.From
		}
		fmt.Fprintf(env.Stdout, "%-34s %-13s %-13s %s\n", e.Name, ends, e.Certainty, from)
	}
	fmt.Fprintln(env.Stdout, "\nTo correct or add dates: dsptdesk support add FILE.toml")
	return nil
}

// addSupport reads an end-of-support file and adds it, listing every
// problem if it breaks a rule.
func addSupport(st *store.Store, path string, env Env) error {
	data, err := readSupportFile(path)
	if err != nil {
		return err
	}
	t, err := st.AddSupportFile(context.Background(), path, data)
	var bad *register.SupportError
	if errors.As(err, &bad) {
		fmt.Fprintf(env.Stderr, "dsptdesk: %s has %s; nothing was added:\n%s\n", path, assessment.Count(len(bad.Problems), "problem", "problems"), bad.Error())
		return errExit
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Added end-of-support dates for %s (checked on %s). A device's \"Supported until\" is filled from them when its system is chosen.\n",
		assessment.Count(len(t.Systems), "system", "systems"), assessment.HumanDate(t.CheckedOn))
	return nil
}

// readSupportFile reads at most a little more than the largest support file.
func readSupportFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, assessment.Errorf(assessment.ENotFound, "Cannot read %s: %v", path, errors.Unwrap(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, store.MaxSupportBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return data, nil
}
