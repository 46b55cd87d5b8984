package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// runRegister lists the registers' tables, or imports or exports one of
// them as CSV.
func runRegister(args []string, env Env) error {
	if len(args) == 0 {
		return usagef("register needs list, import NAME FILE.csv or export NAME FILE.csv")
	}
	switch args[0] {
	case "list":
		return alone("register list", args[1:], func() error { return listRegisters(env) })
	case "import":
		return importRegister(args[1:], env)
	case "export":
		return exportRegister(args[1:], env)
	}
	return usagef("unknown register command %q (use list, import or export)", args[0])
}

// listRegisters prints every table's NAME with its headings; * marks the
// columns every row needs.
func listRegisters(env Env) error {
	fmt.Fprintln(env.Stdout, "The registers' tables, by the NAME that register import and export take.")
	fmt.Fprintln(env.Stdout, "Under each, its columns as exported (* = every row needs it):")
	for _, r := range register.All() {
		for _, s := range r.Tables {
			title := s.Title
			if s.Title != r.Title {
				title += " (" + r.Title + ")"
			}
			fmt.Fprintf(env.Stdout, "\n%-12s %s\n", s.Name, title)
			labels := make([]string, len(s.Fields))
			for i, f := range s.Fields {
				labels[i] = f.Label
				if f.Required {
					labels[i] += "*"
				}
			}
			fmt.Fprintf(env.Stdout, "%-12s %s\n", "", strings.Join(labels, ", "))
		}
	}
	return nil
}

// registerFlags are the flags both register import and export take.
type registerFlags struct {
	db      dbFlag
	demo    bool
	edition string
}

func (rf *registerFlags) add(fs *flag.FlagSet, demo bool) {
	fs.Var(&rf.db, "db", "")
	fs.StringVar(&rf.edition, "edition", "", "")
	if demo {
		fs.BoolVar(&rf.demo, "demo", false, "")
	}
}

// parseWords parses flags wherever they are among the words (dsptdesk
// register import staff people.csv --skip-bad) and returns the other words.
func parseWords(fs *flag.FlagSet, args []string) ([]string, error) {
	var words []string
	for {
		if err := parse(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return words, nil
		}
		words = append(words, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// tableNamed returns the register table called name, or a usage error
// listing the names.
func tableNamed(name string) (*register.Schema, error) {
	if s, _ := register.Table(name); s != nil {
		return s, nil
	}
	var names []string
	for _, s := range register.Tables() {
		names = append(names, s.Name)
	}
	return nil, usagef("there is no register table %q (use one of %s; see dsptdesk register list)", name, strings.Join(names, ", "))
}

// registerYear finds the assessment a register command works on: the one
// for --edition, or the newest.
func registerYear(ctx context.Context, st *store.Store, edition string) (assessment.Assessment, error) {
	if edition == "" {
		return st.Current(ctx)
	}
	all, err := st.Assessments(ctx)
	if err != nil {
		return assessment.Assessment{}, err
	}
	var years []string
	for _, a := range all {
		if a.EditionID == edition {
			return a, nil
		}
		years = append(years, a.EditionID)
	}
	return assessment.Assessment{}, assessment.Errorf(assessment.ENotFound, "There is no %s assessment in this file (it has %s); nothing was changed.", edition, strings.Join(years, ", "))
}

// exportRegister writes one table of the newest assessment (or the one
// for --edition) as CSV, to a file or with - to standard output.
func exportRegister(args []string, env Env) error {
	var rf registerFlags
	fs := newFlags("register export")
	rf.add(fs, true)
	words, err := parseWords(fs, args)
	if err != nil {
		return err
	}
	if len(words) != 2 {
		return usagef("register export needs NAME and FILE.csv (or - for standard output)")
	}
	s, err := tableNamed(words[0])
	if err != nil {
		return err
	}
	db, err := chooseDatabase(rf.db, rf.demo, mustExist, env)
	if err != nil {
		return err
	}
	defer db.cleanup()
	if err := db.checkOutput(words[1], env); err != nil {
		return err
	}
	return writeRegister(db, s, rf.edition, words[1], env)
}

func writeRegister(db *database, s *register.Schema, edition, out string, env Env) error {
	st, err := db.open(env)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	a, err := registerYear(ctx, st, edition)
	if err != nil {
		return err
	}
	book, err := st.Registers(ctx, a.ID)
	if err != nil {
		return err
	}
	rows := book.Of(s.Name)
	if out == "-" {
		return register.WriteCSV(env.Stdout, s, rows)
	}
	if err := register.WriteCSVFile(out, s, rows); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Wrote %s from the %s assessment's %s to %s\n", assessment.Count(len(rows), s.One, s.Many), a.EditionID, s.Title, out)
	return nil
}

// importOptions are register import's choices.
type importOptions struct {
	registerFlags
	maps    mapFlag
	skipBad bool
}

// mapFlag collects --map "Heading=field", which may be given many times.
type mapFlag []string

func (m *mapFlag) String() string { return strings.Join(*m, " ") }

// Set adds one heading=field pair.
func (m *mapFlag) Set(s string) error {
	if !strings.Contains(s, "=") {
		return fmt.Errorf("needs Heading=field, such as \"Full name=name\"")
	}
	*m = append(*m, s)
	return nil
}

// importRegister adds the lines of a CSV file to one table of the newest
// assessment (or the one for --edition): all of them, or with --skip-bad
// the good ones. Any bad line otherwise refuses the whole file.
func importRegister(args []string, env Env) error {
	var o importOptions
	fs := newFlags("register import")
	o.add(fs, false)
	fs.Var(&o.maps, "map", "")
	fs.BoolVar(&o.skipBad, "skip-bad", false, "")
	words, err := parseWords(fs, args)
	if err != nil {
		return err
	}
	if len(words) != 2 {
		return usagef("register import needs NAME and FILE.csv")
	}
	s, err := tableNamed(words[0])
	if err != nil {
		return err
	}
	file, err := register.ReadCSVFile(words[1])
	if err != nil {
		return err
	}
	m, err := overrideMapping(s, file.Headings, o.maps)
	if err != nil {
		return err
	}
	db, err := chooseDatabase(o.db, false, mayCreate, env)
	if err != nil {
		return err
	}
	return db.change(env, func(st *store.Store) error {
		return addRegisterRows(st, s, file, m, o, words[1], env)
	})
}

// overrideMapping matches the file's headings to the table's fields, then
// applies each --map: "Heading=field" reads the field from that column
// (and no other field from it), "Heading=" reads nothing from it.
func overrideMapping(s *register.Schema, headings []string, maps []string) (register.Mapping, error) {
	m := register.AutoMap(s, headings)
	for _, pair := range maps {
		heading, field, _ := strings.Cut(pair, "=")
		col := headingIndex(headings, heading)
		if col < 0 {
			return nil, usagef("--map %q: the file has no column %q (it has %s)", pair, heading, strings.Join(headings, ", "))
		}
		for k, i := range m {
			if i == col {
				delete(m, k)
			}
		}
		if strings.TrimSpace(field) == "" {
			continue
		}
		f := s.FieldNamed(field)
		if f == nil {
			return nil, usagef("--map %q: %s has no field %q (see dsptdesk register list)", pair, s.Name, field)
		}
		m[f.Key] = col
	}
	return m, nil
}

// headingIndex finds a heading as HeadingKey compares them, or -1.
func headingIndex(headings []string, name string) int {
	for i, h := range headings {
		if register.HeadingKey(h) == register.HeadingKey(name) {
			return i
		}
	}
	return -1
}

// addRegisterRows checks the file's lines against the table and adds the
// good ones in one transaction, or refuses with every problem by line.
func addRegisterRows(st *store.Store, s *register.Schema, file *register.CSVFile, m register.Mapping, o importOptions, name string, env Env) error {
	ctx := context.Background()
	a, err := registerYear(ctx, st, o.edition)
	if err != nil {
		return err
	}
	if a.Locked() {
		return assessment.Errorf(assessment.EConflict, "The %s assessment is published and locked, so its registers cannot change; nothing was imported.", a.EditionID)
	}
	book, err := st.Registers(ctx, a.ID)
	if err != nil {
		return err
	}
	existing := book.Of(s.Name)
	in := register.Apply(s, file.Lines, m, existing)
	if !in.CanImport(o.skipBad) {
		return refuseImport(in, file.Headings, name, env)
	}
	if err := st.AddRegisterRows(ctx, a.ID, s.Name, in.Rows); err != nil {
		return err
	}
	reportImport(s, file, m, in, len(existing), a.EditionID, env)
	return nil
}

// refuseImport says why nothing was imported.
func refuseImport(in register.Imported, headings []string, name string, env Env) error {
	problems := in.Problems()
	switch {
	case len(problems) == 0:
		fmt.Fprintf(env.Stderr, "dsptdesk: %s has no lines under its headings; nothing was imported.\n", name)
	case len(in.Unmapped) > 0:
		fmt.Fprintf(env.Stderr, "dsptdesk: %s has problems; nothing was imported:\n%s\nName the column that holds it with --map \"Heading=field\" (the file's headings are %s).\n",
			name, strings.Join(problems, "\n"), strings.Join(headings, ", "))
	case len(in.Rows) == 0:
		fmt.Fprintf(env.Stderr, "dsptdesk: %s has problems; nothing was imported:\n%s\n", name, strings.Join(problems, "\n"))
	default:
		fmt.Fprintf(env.Stderr, "dsptdesk: %s has problems; nothing was imported:\n%s\nFix these lines and import the file again, or add --skip-bad to import the other %s.\n",
			name, strings.Join(problems, "\n"), assessment.Count(len(in.Rows), "line", "lines"))
	}
	return errExit
}

// reportImport says what was added, what was skipped, which lines name
// rows already there and which columns were not read.
func reportImport(s *register.Schema, file *register.CSVFile, m register.Mapping, in register.Imported, before int, year string, env Env) {
	fmt.Fprintf(env.Stdout, "Added %s to %s in the %s assessment", assessment.Count(len(in.Rows), s.One, s.Many), s.Title, year)
	if before > 0 {
		fmt.Fprintf(env.Stdout, ", with the %d already there", before)
	}
	fmt.Fprintln(env.Stdout, ".")
	if len(in.Bad) > 0 {
		fmt.Fprintf(env.Stdout, "Skipped %s:\n", assessment.Count(len(in.Bad), "bad line", "bad lines"))
		printLines(env.Stdout, in.Bad)
	}
	if len(in.Duplicates) > 0 {
		fmt.Fprintf(env.Stdout, "Already in %s before this import (check for doubles):\n", s.Title)
		printLines(env.Stdout, in.Duplicates)
	}
	if unused := unusedHeadings(file.Headings, m); len(unused) > 0 {
		fmt.Fprintf(env.Stdout, "Not read (no field matches; use --map \"Heading=field\"): %s\n", strings.Join(unused, ", "))
	}
}

func printLines[T fmt.Stringer](w io.Writer, lines []T) {
	for _, l := range lines {
		fmt.Fprintf(w, "  %s\n", l)
	}
}

// unusedHeadings lists the headings no field is read from.
func unusedHeadings(headings []string, m register.Mapping) []string {
	used := map[int]bool{}
	for _, i := range m {
		used[i] = true
	}
	var out []string
	for i, h := range headings {
		if !used[i] {
			out = append(out, h)
		}
	}
	return out
}
