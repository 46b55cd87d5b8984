package register

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func readString(t *testing.T, s string) *CSVFile {
	t.Helper()
	f, err := ReadCSV(strings.NewReader(s))
	if err != nil {
		t.Fatalf("ReadCSV: %v", err)
	}
	return f
}

func TestReadCSVReadsWhatSpreadsheetsSave(t *testing.T) {
	cases := map[string]struct {
		data     string
		headings []string
		cells    [][]string
	}{
		"UTF-8 with a BOM and CRLF": {"\ufeffName,Role\r\nZoë Wiśniewski,Carer\r\n", []string{"Name", "Role"}, [][]string{{"Zoë Wiśniewski", "Carer"}}},
		"Windows-1252 from Excel":   {"Name,Role\r\nZo\xeb Bront\xeb,Caf\xe9 \x96 \xa3 cook\r\n", []string{"Name", "Role"}, [][]string{{"Zoë Brontë", "Café – £ cook"}}},
		"semicolons":                {"Name;Role;Start date\nAl;Nurse, night;31/01/2027\n", []string{"Name", "Role", "Start date"}, [][]string{{"Al", "Nurse, night", "31/01/2027"}}},
		"tabs":                      {"Name\tRole\nAl\tNurse\n", []string{"Name", "Role"}, [][]string{{"Al", "Nurse"}}},
		"quoted newlines and quotes": {"Name,What happened\n\"Bloggs, Jo\",\"Left a folder\r\non the bus, \"\"by mistake\"\"\"\nAl,15\" screen\n",
			[]string{"Name", "What happened"}, [][]string{{"Bloggs, Jo", "Left a folder\non the bus, \"by mistake\""}, {"Al", "15\" screen"}}},
		"blank headings and lines": {"Name,,Role\n\n,,\nAl,x,Cook\n", []string{"Name", "Column 2", "Role"}, [][]string{{"Al", "x", "Cook"}}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			f := readString(t, c.data)
			if !reflect.DeepEqual(f.Headings, c.headings) {
				t.Errorf("headings %q, want %q", f.Headings, c.headings)
			}
			var cells [][]string
			for _, l := range f.Lines {
				cells = append(cells, l.Cells)
			}
			if !reflect.DeepEqual(cells, c.cells) {
				t.Errorf("cells %q, want %q", cells, c.cells)
			}
		})
	}
}

func TestReadCSVReadsUTF16(t *testing.T) {
	text := "Name\tRole\r\nZoë\tCarer\r\n"
	var b bytes.Buffer
	b.Write([]byte{0xFF, 0xFE})
	for _, r := range text {
		b.Write([]byte{byte(r), byte(r >> 8)})
	}
	f, err := ReadCSV(&b)
	if err != nil {
		t.Fatal(err)
	}
	if f.Headings[1] != "Role" || f.Lines[0].Cells[0] != "Zoë" {
		t.Errorf("read %q %v", f.Headings, f.Lines)
	}
}

// Lines are numbered as a spreadsheet numbers its rows: a cell of several
// lines is one row, and an empty line or a line of empty cells is a row.
func TestLinesAreNumberedAsInASpreadsheet(t *testing.T) {
	cases := map[string][]int{
		"Name,Notes\nA,\"one\ntwo\nthree\"\n,\nB,x\n": {2, 4},
		"\r\nName\r\nA\r\n\r\n\r\nB\r\n\nC\n\n":       {3, 6, 8},
		"Name,Notes\nA,\"x\n\n\"\n\n\"B\n\",y\nC,z\n": {2, 4, 5},
	}
	for text, want := range cases {
		f := readString(t, text)
		var got []int
		for _, l := range f.Lines {
			got = append(got, l.Number)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: line numbers %v, want %v", text, got, want)
		}
	}
}

func TestReadCSVRefusesWhatNoRegisterNeeds(t *testing.T) {
	manyLines := "Name\n" + strings.Repeat("x\n", MaxCSVLines+1)
	cases := map[string]struct{ data, want string }{
		"empty":         {"", "The file is empty"},
		"too big":       {strings.Repeat("x", MaxCSVBytes+1), "larger than 20 MB"},
		"too many":      {manyLines, "more than 50,000 lines"},
		"wide":          {"Name" + strings.Repeat(",x", MaxCSVColumns) + "\n", "Line 1 has 501 columns"},
		"long cell":     {"Name\n\"" + strings.Repeat("x", MaxCSVCell+1) + "\"\n", "Line 2, column 1 holds more than 100,000 characters"},
		"broken quotes": {"Name,Role\nA,\"x\"y\"z\n", ""},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := ReadCSV(strings.NewReader(c.data))
			if c.want == "" { // read leniently, as written
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(assessment.ErrorMessage(err), c.want) {
				t.Errorf("got %v, want a message with %q", err, c.want)
			}
			if assessment.ErrorCode(err) != assessment.EInvalid {
				t.Errorf("code %s, want %s", assessment.ErrorCode(err), assessment.EInvalid)
			}
		})
	}
}

func TestAutoMapMatchesLabelsKeysAndAliases(t *testing.T) {
	heads := []string{"Full Name", "JOB TITLE", "start_date", "Type", "Notes", "Leaving-date"}
	m := AutoMap(Staff, heads)
	want := Mapping{"name": 0, "role": 1, "start_date": 2, "type": 3, "leaving_date": 5}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("mapping %v, want %v", m, want)
	}
	// An alias wins over another field's key ("Encryption" is whether a
	// device is encrypted, not the field keyed encryption).
	devices := &Schema{Fields: []Field{
		{Key: "encrypted", Label: "Encrypted", Aliases: []string{"encryption"}},
		{Key: "encryption", Label: "Encrypted how"},
	}}
	if m := AutoMap(devices, []string{"Encryption"}); m["encrypted"] != 0 || len(m) != 1 {
		t.Errorf("devices mapping %v", m)
	}
	// A label wins over another field's alias, and a column feeds one field.
	m = AutoMap(Training, []string{"Name", "Person", "Date"})
	if m["person"] != 1 || m["completed"] != 2 {
		t.Errorf("training mapping %v", m)
	}
	if _, ok := m["course"]; ok {
		t.Errorf("course mapped: %v", m)
	}
}

func TestApplyReadsUKAndISODatesAndNamesBadLines(t *testing.T) {
	f := readString(t, "Full name;Staff type;Started;Left\n"+
		"Jo Bloggs;Employee;31/01/2027;\n"+
		"Al Khan;bank;2026-11-05;1/2/27\n"+
		"Sam Lee;Employee;31/02/2027;\n"+
		";Cook;;\n")
	in := Apply(Staff, f.Lines, AutoMap(Staff, f.Headings), nil)
	wantRows := []Values{
		{"name": "Jo Bloggs", "type": "employee", "start_date": "2027-01-31"},
		{"name": "Al Khan", "type": "bank", "start_date": "2026-11-05", "leaving_date": "2027-02-01"},
	}
	if !reflect.DeepEqual(in.Rows, wantRows) || !reflect.DeepEqual(in.Lines, []int{2, 3}) {
		t.Errorf("rows %v at %v, want %v", in.Rows, in.Lines, wantRows)
	}
	want := []string{
		`Line 4: Start date: "31/02/2027" is not a date: write it as 31/01/2027 or 2027-01-31`,
		`Line 5: Name: this is needed; Type: "Cook" is not one of: Employee, Bank, Agency, Volunteer, Director or trustee`,
	}
	if got := in.Problems(); !reflect.DeepEqual(got, want) {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if in.CanImport(false) || !in.CanImport(true) {
		t.Errorf("CanImport(false)=%v CanImport(true)=%v", in.CanImport(false), in.CanImport(true))
	}
}

func TestApplyNamesARequiredFieldWithNoColumnOnce(t *testing.T) {
	f := readString(t, "Name,Role\nJo,Cook\nAl,Nurse\n")
	in := Apply(Staff, f.Lines, AutoMap(Staff, f.Headings), nil)
	if !reflect.DeepEqual(in.Unmapped, []string{"Type"}) || len(in.Bad) != 0 {
		t.Fatalf("unmapped %v, bad %v", in.Unmapped, in.Bad)
	}
	if got := in.Problems(); len(got) != 1 || !strings.HasPrefix(got[0], "Type: no column") {
		t.Errorf("problems %q", got)
	}
	if in.CanImport(true) {
		t.Error("rows without a type could be imported")
	}
}

func TestApplyWarnsOfRowsAlreadyThere(t *testing.T) {
	f := readString(t, "Name,Type\njo bloggs ,Employee\nAl Khan,Bank\n")
	existing := []Row{{ID: 1, Table: "staff", Values: Values{"name": "Jo Bloggs", "type": "employee"}}}
	in := Apply(Staff, f.Lines, AutoMap(Staff, f.Headings), existing)
	if len(in.Rows) != 2 || len(in.Duplicates) != 1 || in.Duplicates[0].String() != "Line 2: jo bloggs" {
		t.Errorf("duplicates %v of %d rows", in.Duplicates, len(in.Rows))
	}
}

func TestApplyChecksRowsAgainstEachOther(t *testing.T) {
	s := &Schema{Name: "t", One: "thing", Many: "things", Fields: []Field{{Key: "name", Label: "Name", Kind: Text}},
		CheckAmong: func(r Row, others []Row) error {
			for _, o := range others {
				if o.Values["name"] == r.Values["name"] {
					return errors.New("there is already one called " + r.Values["name"])
				}
			}
			return nil
		}}
	f := readString(t, "Name\nA\nB\nA\nC\n")
	in := Apply(s, f.Lines, AutoMap(s, f.Headings), []Row{{Values: Values{"name": "C"}}})
	if got := in.Problems(); !reflect.DeepEqual(got, []string{"Line 4: there is already one called A", "Line 5: there is already one called C"}) {
		t.Errorf("problems %q", got)
	}
}

// Every table exported by WriteCSV imports as it was, formulas and all: the
// apostrophe that keeps a spreadsheet from running =SUM(...) is taken off.
func TestExportThenImportGivesTheSameRowsForEveryTable(t *testing.T) {
	for _, s := range Tables() {
		t.Run(s.Name, func(t *testing.T) {
			rows := sampleRows(t, s)
			var b bytes.Buffer
			if err := WriteCSV(&b, s, rows); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), "'=") {
				t.Fatalf("the export does not guard formulas:\n%s", b.String())
			}
			f, err := ReadCSV(&b)
			if err != nil {
				t.Fatal(err)
			}
			in := Apply(s, f.Lines, AutoMap(s, f.Headings), nil)
			if len(in.Bad) > 0 || len(in.Unmapped) > 0 {
				t.Fatalf("problems: %q", in.Problems())
			}
			for i, r := range rows {
				if !reflect.DeepEqual(in.Rows[i], r.Values) {
					t.Errorf("row %d\n got %v\nwant %v", i, in.Rows[i], r.Values)
				}
			}
		})
	}
}

// sampleRows makes two rows of a table: one with every field filled, text
// that looks like formulas included, and one with only what is required.
func sampleRows(t *testing.T, s *Schema) []Row {
	full, least := Values{}, Values{}
	texts := []string{"=SUM(A1)", "-5 Hurst Road, \"the annexe\"", "@home", "+44 20 7946 0000"}
	for i, f := range s.Fields {
		var v string
		switch f.Kind {
		case Text, Place:
			v = texts[i%len(texts)]
			if i == 0 {
				v = texts[0]
			}
		case Long:
			v = "=2+2 first line\nsecond line, with a comma"
		case Date:
			v = fmt.Sprintf("2027-01-%02d", i+1)
		case Choice:
			v = f.Options[len(f.Options)-1].Key
		case YesNo:
			v = []string{"yes", "no"}[i%2]
		case Number:
			v = "1200"
		}
		full[f.Key] = v
		if f.Required {
			least[f.Key] = v
		}
	}
	out := []Row{}
	for _, v := range []Values{full, least} {
		clean, problems := s.Clean(v)
		if len(problems) > 0 {
			t.Fatalf("sample %v: %v", v, problems)
		}
		out = append(out, Row{Table: s.Name, Values: clean})
	}
	return out
}

func TestCSVFilesAreWrittenWholeAndMissingOnesNamed(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/staff.csv"
	rows := []Row{{Values: Values{"name": "Jo", "type": "bank"}}}
	if err := WriteCSVFile(path, Staff, rows); err != nil {
		t.Fatal(err)
	}
	f, err := ReadCSVFile(path)
	if err != nil || len(f.Lines) != 1 || f.Lines[0].Cells[2] != "Bank" {
		t.Fatalf("read back %v, %v", f, err)
	}
	for _, bad := range []string{dir + "/none.csv", dir} {
		_, err := ReadCSVFile(bad)
		if msg := assessment.ErrorMessage(err); !strings.Contains(msg, bad) {
			t.Errorf("%s: message %q does not name it (%v)", bad, msg, err)
		}
	}
}
