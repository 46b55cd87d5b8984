package register

import (
	"fmt"
	"strings"
	"unicode"
)

// Mapping says which column of a CSV file each field is read from: a
// field's key to the column's index, counting from 0. A field that is not
// in the mapping is not in the file, and is left blank.
type Mapping map[string]int

// AutoMap matches a file's headings to a table's fields: first by the
// field's label (so a file the register exported maps itself), then by its
// aliases ("Full name" for a person's name), then by its key ("start_date").
// Case, spaces and punctuation do not matter. Each column is matched to
// one field at most.
func AutoMap(s *Schema, headings []string) Mapping {
	m := Mapping{}
	used := map[int]bool{}
	match := func(names func(Field) []string) {
		for _, f := range s.Fields {
			if _, done := m[f.Key]; done {
				continue
			}
			for _, name := range names(f) {
				if i := findHeading(headings, name, used); i >= 0 {
					m[f.Key], used[i] = i, true
					break
				}
			}
		}
	}
	match(func(f Field) []string { return []string{f.Label} })
	match(func(f Field) []string { return f.Aliases })
	match(func(f Field) []string { return []string{f.Key} })
	return m
}

// findHeading returns the index of the first unused heading that matches
// name, or -1.
func findHeading(headings []string, name string, used map[int]bool) int {
	want := HeadingKey(name)
	for i, h := range headings {
		if !used[i] && want != "" && HeadingKey(h) == want {
			return i
		}
	}
	return -1
}

// HeadingKey is a heading or a field's name with case, spaces and
// punctuation taken out, so that "Start date", "start_date" and
// "START-DATE" are the same.
func HeadingKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FieldNamed returns the field whose key or label is name (case, spaces
// and punctuation do not matter), or nil.
func (s *Schema) FieldNamed(name string) *Field {
	want := HeadingKey(name)
	for i, f := range s.Fields {
		if HeadingKey(f.Key) == want || HeadingKey(f.Label) == want {
			return &s.Fields[i]
		}
	}
	return nil
}

// Imported is a CSV file's lines as they will be saved, and what is wrong
// with the rest.
type Imported struct {
	// Rows are the lines that can be saved, in stored form, and Lines their
	// line numbers in the file.
	Rows  []Values
	Lines []int
	// Bad are the lines that cannot be saved, each with every problem.
	Bad []BadLine
	// Unmapped lists the labels of fields every row needs that no column
	// is matched to: nothing can be imported until they are.
	Unmapped []string
	// Duplicates are the good lines naming a row already in the table.
	Duplicates []Duplicate
}

// BadLine is a line of a file that cannot be saved, with its problems.
type BadLine struct {
	Line     int
	Problems []Problem
}

// String writes the line's problems as one sentence: "Line 14: Start date:
// "31/02/2027" is not a date ...".
func (b BadLine) String() string {
	parts := make([]string, len(b.Problems))
	for i, p := range b.Problems {
		parts[i] = p.String()
	}
	return fmt.Sprintf("Line %d: %s", b.Line, strings.Join(parts, "; "))
}

// Duplicate is a line naming a row that the table already has.
type Duplicate struct {
	Line  int
	Label string
}

// String writes the duplicate as "Line 5: Jo Bloggs".
func (d Duplicate) String() string { return fmt.Sprintf("Line %d: %s", d.Line, d.Label) }

// Apply reads every line of a file through the mapping and checks it as a
// row typed in the window is checked (Schema.Clean, then the table's check
// across rows against the existing rows and the lines before it). A cell
// that WriteCSV kept from running as a formula ('=...) is read without its
// apostrophe, so an exported register imports as it was.
func Apply(s *Schema, lines []CSVLine, m Mapping, existing []Row) Imported {
	var out Imported
	unmapped := map[string]bool{}
	for _, f := range s.Fields {
		if _, ok := m[f.Key]; !ok && f.Required {
			out.Unmapped = append(out.Unmapped, f.Label)
			unmapped[f.Label] = true
		}
	}
	others := append([]Row(nil), existing...)
	for _, l := range lines {
		v, problems := s.Clean(lineValues(s, l, m))
		problems = withoutUnmapped(problems, unmapped)
		if len(problems) == 0 && s.CheckAmong != nil {
			if err := s.CheckAmong(Row{Table: s.Name, Values: v}, others); err != nil {
				problems = append(problems, Problem{Message: err.Error()})
			}
		}
		if len(problems) > 0 {
			out.Bad = append(out.Bad, BadLine{Line: l.Number, Problems: problems})
			continue
		}
		others = append(others, Row{Table: s.Name, Values: v})
		out.Rows, out.Lines = append(out.Rows, v), append(out.Lines, l.Number)
	}
	out.Duplicates = duplicates(s, existing, out)
	return out
}

// lineValues takes a line's cells for the mapped fields.
func lineValues(s *Schema, l CSVLine, m Mapping) Values {
	v := Values{}
	for _, f := range s.Fields {
		if i, ok := m[f.Key]; ok {
			v[f.Key] = uninertCell(l.Cell(i))
		}
	}
	return v
}

// uninertCell takes off the apostrophe that inertCell puts before a cell a
// spreadsheet would read as a formula.
func uninertCell(v string) string {
	if len(v) > 1 && v[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(v[1])) {
		return v[1:]
	}
	return v
}

// withoutUnmapped drops the "this is needed" problems of required fields
// with no column: they are said once, in Unmapped, not on every line.
func withoutUnmapped(problems []Problem, unmapped map[string]bool) []Problem {
	out := problems[:0]
	for _, p := range problems {
		if !unmapped[p.Field] {
			out = append(out, p)
		}
	}
	return out
}

// duplicates lists the good lines whose label (Schema.RowLabel) is already
// the label of an existing row, ignoring case and outer spaces.
func duplicates(s *Schema, existing []Row, in Imported) []Duplicate {
	have := map[string]bool{}
	for _, r := range existing {
		have[labelKey(s.RowLabel(r))] = true
	}
	var out []Duplicate
	for i, v := range in.Rows {
		label := s.RowLabel(Row{Table: s.Name, Values: v})
		if label != "" && have[labelKey(label)] {
			out = append(out, Duplicate{Line: in.Lines[i], Label: label})
		}
	}
	return out
}

func labelKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Problems lists everything that stops lines being imported, as sentences:
// the fields with no column first, then every bad line.
func (in Imported) Problems() []string {
	var out []string
	for _, label := range in.Unmapped {
		out = append(out, fmt.Sprintf("%s: no column of the file is matched to it, and every row needs it.", label))
	}
	for _, b := range in.Bad {
		out = append(out, b.String())
	}
	return out
}

// CanImport reports whether the good lines can be saved: every field a
// row needs has a column, there is at least one good line, and every line
// is good unless the bad ones are to be skipped.
func (in Imported) CanImport(skipBad bool) bool {
	return len(in.Unmapped) == 0 && len(in.Rows) > 0 && (skipBad || len(in.Bad) == 0)
}
