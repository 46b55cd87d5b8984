package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// fileCommand is a command that lists what one kind of checked file gives
// (toolkit editions, end-of-support dates) or adds one such file to the
// database: `NAME list` or `NAME add FILE.toml`.
type fileCommand struct {
	name     string // the command's word
	maxBytes int64  // the largest file add reads
	list     func(st *store.Store, env Env) error
	add      func(st *store.Store, path string, data []byte, env Env) error
}

// run parses the command's words and flags, then lists or adds.
func (c fileCommand) run(args []string, env Env) error {
	if len(args) == 0 {
		return usagef("%s needs list or add FILE.toml", c.name)
	}
	fs := newFlags(c.name + " " + args[0])
	var dbPath dbFlag
	fs.Var(&dbPath, "db", "")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	switch {
	case args[0] == "list" && fs.NArg() == 0, args[0] == "add" && fs.NArg() == 1:
	case args[0] == "add":
		return usagef("%s add needs exactly one FILE.toml to read", c.name)
	case args[0] == "list":
		return usagef("unexpected argument %q", fs.Arg(0))
	default:
		return usagef("unknown %s command %q (use list or add FILE.toml)", c.name, args[0])
	}
	mode := mustExist // listing reads the file; adding may make a new one
	if args[0] == "add" {
		mode = mayCreate
	}
	db, err := chooseDatabase(dbPath, false, mode, env)
	if err != nil {
		return err
	}
	if args[0] == "list" {
		st, err := db.open(env)
		if err != nil {
			db.removeNew()
			return err
		}
		defer st.Close()
		return c.list(st, env)
	}
	path := fs.Arg(0)
	return db.change(env, func(st *store.Store) error {
		data, err := readUpTo(path, c.maxBytes)
		if err != nil {
			return err
		}
		return c.add(st, path, data, env)
	})
}

// readUpTo reads at most a little more than maxBytes of the file at path:
// enough for the store to see that a file is too large.
func readUpTo(path string, maxBytes int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, assessment.Errorf(assessment.ENotFound, "Cannot read %s: %v", path, errors.Unwrap(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return data, nil
}

// refused says that the file at path was not added, with its problems
// (err lists them, one a line).
func refused(env Env, path string, problems int, err error) error {
	fmt.Fprintf(env.Stderr, "dsptdesk: %s has %s; nothing was added:\n%s\n", path, assessment.Count(problems, "problem", "problems"), err.Error())
	return errExit
}
