// Package cli reads the command line and runs the subcommand it names: the
// window (the default), questions, export or import.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// AppName is the name people see.
const AppName = "DSPT Desk"

// Exit statuses.
const (
	ExitOK    = 0
	ExitError = 1 // the command ran and failed
	ExitUsage = 2 // the command line was wrong
)

// WindowOptions says how to open the window.
type WindowOptions struct {
	// Database returns the path of the database to open and the question
	// bank, loading the bank and making the demo sample first if asked for.
	// It may take a moment: call it off the UI goroutine.
	Database      func() (string, *assessment.Bank, error)
	Demo          bool // the database is the Rosewood House sample in a temporary folder
	StartupTiming bool // print the time from process start to the first frame, then quit
	NewFile       bool // the database does not exist yet: the window makes it, and says where
	Log           *log.Logger
}

// Env is what a command needs from the outside world.
type Env struct {
	Stdout, Stderr io.Writer
	// OpenWindow runs the window until it is closed and returns the exit status.
	OpenWindow func(WindowOptions) int
	Now        func() time.Time
	// Log receives the detail behind errors; nil means the log file beside
	// the database in use (see logFile). Tests set it.
	Log *log.Logger
	// Getenv reads the environment; nil means os.Getenv. Tests set it.
	Getenv func(string) string

	// Version is the app's version, read by main from FyneApp.toml.
	Version string

	logFile *logFile // the log file, when Log was nil
}

func (env Env) logger() *log.Logger { return env.Log }

// withLog returns env with a logger: the one given, or the log file beside
// the database, whose place chooseDatabase sets.
func (env Env) withLog() Env {
	if env.Log == nil {
		env.logFile = &logFile{}
		env.Log = log.New(env.logFile, "dsptdesk: ", log.LstdFlags)
	}
	return env
}

// logBeside sends the log to the log file beside the database at dbPath,
// unless the caller gave a logger of its own.
func (env Env) logBeside(dbPath string) {
	if env.logFile != nil {
		env.logFile.use(store.LogPath(dbPath))
	}
}

// usageError is a mistake on the command line: one line, then the usage.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// Run runs the command line args (without the program name) and returns the exit status.
func Run(args []string, env Env) int {
	env = env.withLog()
	err := dispatch(args, env)
	var ue usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errHelp):
		fmt.Fprintf(env.Stdout, "%s %s%s", AppName, env.Version, helpText)
		return ExitOK
	case errors.Is(err, errExit):
		return ExitError
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "dsptdesk: %s (usage: %s; see dsptdesk --help)\n", ue.msg, shortUsage)
		return ExitUsage
	default:
		env.logger().Printf("error: %v", err)
		fmt.Fprintf(env.Stderr, "dsptdesk: %s\n", assessment.ErrorMessage(err))
		return ExitError
	}
}

// errExit ends a command whose messages were already printed.
var errExit = errors.New("exit")

func dispatch(args []string, env Env) error {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, ok := commands[args[0]]
		if !ok {
			return usagef("unknown command %q", args[0])
		}
		return cmd(args[1:], env)
	}
	return runWindow(args, env)
}

var commands map[string]func([]string, Env) error

func init() {
	commands = map[string]func([]string, Env) error{
		"questions": runQuestions,
		"export":    runExport,
		"import":    runImport,
		"editions":  runEditions,
		"support":   runSupport,
		"register":  runRegister,
		"help":      func(args []string, _ Env) error { return alone("help", args, func() error { return errHelp }) },
		"version": func(args []string, env Env) error {
			return alone("version", args, func() error { return printVersion(env) })
		},
	}
}

// alone runs a command that takes no words after it, refusing any.
func alone(cmd string, args []string, run func() error) error {
	if len(args) > 0 {
		return usagef("%s takes nothing after it, not %q", cmd, args[0])
	}
	return run()
}

var errHelp = errors.New("help")

func printVersion(env Env) error {
	fmt.Fprintf(env.Stdout, "%s %s\n", AppName, env.Version)
	return nil
}

// newFlags makes a flag set that reports errors through usageError instead of printing.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args, turning flag errors into usage errors and -h into help.
func parse(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return errHelp
	}
	if err != nil {
		return usageError{err.Error()}
	}
	return nil
}

func runWindow(args []string, env Env) error {
	fs := newFlags("dsptdesk")
	var o WindowOptions
	var version bool
	var dbPath dbFlag
	fs.Var(&dbPath, "db", "")
	fs.BoolVar(&o.Demo, "demo", false, "")
	fs.BoolVar(&o.StartupTiming, "startup-timing", false, "")
	fs.BoolVar(&version, "version", false, "")
	if err := parse(fs, args); err != nil {
		return err
	}
	if version {
		return printVersion(env)
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	db, err := chooseDatabase(dbPath, o.Demo, mayCreate, env)
	if err != nil {
		return err
	}
	if !env.hasDesktop() {
		fmt.Fprintf(env.Stderr, "dsptdesk: %s\n", NoDesktop)
		return errExit
	}
	defer db.cleanup()
	o.NewFile = !o.Demo && !exists(db.path)
	db.cleanLeftovers(env)
	o.Database = func() (string, *assessment.Bank, error) {
		path, err := db.prepare(env.now())
		return path, db.bank, err
	}
	o.Log = env.logger()
	if code := env.OpenWindow(o); code != ExitOK {
		return errExit
	}
	return nil
}
