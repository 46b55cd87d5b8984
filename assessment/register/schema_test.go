package register

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestDatesAreReadTheUKWayAndTheISOWay(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2027-01-31", "2027-01-31"}, {"31/01/2027", "2027-01-31"}, {"31/1/2027", "2027-01-31"}, {"1/2/2027", "2027-02-01"},
		{"31-01-2027", "2027-01-31"}, {"31.01.2027", "2027-01-31"}, {"31 January 2027", "2027-01-31"}, {"31/01/27", "2027-01-31"},
		{" 31/01/2027 ", "2027-01-31"}, {"30/02/2027", ""}, {"2027-02-30", ""}, {"12/31/2027", ""}, {"next week", ""},
	} {
		got, err := ParseDate(tc.in)
		if tc.want == "" {
			if err == nil || !strings.Contains(err.Error(), "31/01/2027") {
				t.Errorf("ParseDate(%q) = %v, %v; want a message that shows how to write it", tc.in, got, err)
			}
			continue
		}
		if err != nil || assessment.FormatDate(got) != tc.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestFieldsStoreValuesInOneForm(t *testing.T) {
	staffType, clause, people := Staff.Field("type"), Staff.Field("contract_clause"), Incidents.Field("people")
	for _, tc := range []struct {
		f       *Field
		in, out string
		bad     bool
	}{
		{f: staffType, in: "Director or trustee", out: "director"}, {f: staffType, in: "AGENCY", out: "agency"}, {f: staffType, in: "contractor", bad: true},
		{f: clause, in: "Y", out: "yes"}, {f: clause, in: "false", out: "no"}, {f: clause, in: "", out: ""}, {f: clause, in: "maybe", bad: true},
		{f: people, in: "1,200", out: "1200"}, {f: people, in: "-3", bad: true}, {f: people, in: "a few", bad: true},
		{f: Staff.Field("name"), in: "Jo\x00Bloggs", bad: true}, {f: Staff.Field("name"), in: "  Jo Bloggs ", out: "Jo Bloggs"},
	} {
		got, err := tc.f.Normalise(tc.in)
		if (err != nil) != tc.bad || (!tc.bad && got != tc.out) {
			t.Errorf("%s.Normalise(%q) = %q, %v", tc.f.Key, tc.in, got, err)
		}
	}
}

func TestCleanListsEveryProblemAndDropsUnknownFields(t *testing.T) {
	v, problems := Staff.Clean(Values{"type": "pirate", "start_date": "31/02/2027", "shoe_size": "9"})
	if len(problems) != 3 || problems[0].Field != "Name" || problems[1].Field != "Type" || problems[2].Field != "Start date" {
		t.Fatalf("problems = %v", problems)
	}
	if _, ok := v["shoe_size"]; ok {
		t.Errorf("an unknown field was kept: %v", v)
	}
}

func TestTheRegistersAreWellFormed(t *testing.T) {
	bank, err := assessment.DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	ed := bank.Editions[len(bank.Editions)-1]
	if len(All()) != 7 {
		t.Fatalf("%d registers, want 7", len(All()))
	}
	tables := map[string]bool{}
	for _, r := range All() {
		if Named(r.Name) != r || r.Title == "" || r.Intro == "" || r.Findings == nil || len(r.Tables) == 0 {
			t.Errorf("register %q is incomplete", r.Name)
		}
		for _, ref := range r.Questions {
			if ed.Item(ref) == nil {
				t.Errorf("register %s informs %s, which the %s toolkit does not have", r.Name, ref, ed.ID)
			}
		}
		for _, s := range r.Tables {
			checkTable(t, s, tables)
		}
		for _, st := range r.Settings {
			if st.Key == "" || st.Label == "" || st.Short == "" || st.Help == "" {
				t.Errorf("setting %q of %s lacks its label or its guidance", st.Key, r.Name)
			}
		}
	}
}

func checkTable(t *testing.T, s *Schema, seen map[string]bool) {
	if seen[s.Name] || s.One == "" || s.Many == "" || len(s.Columns()) == 0 || !s.Fields[0].Required {
		t.Errorf("table %q is repeated or incomplete", s.Name)
	}
	seen[s.Name] = true
	keys := map[string]bool{}
	for _, f := range s.Fields {
		if keys[f.Key] || f.Label == "" || (f.Kind == Choice) != (len(f.Options) > 0) {
			t.Errorf("%s.%s is repeated or incomplete", s.Name, f.Key)
		}
		keys[f.Key] = true
	}
}

func TestExportedCellsCannotRunFormulas(t *testing.T) {
	var buf bytes.Buffer
	rows := []Row{{Values: Values{"name": "=HYPERLINK(\"http://evil\")", "type": "bank", "start_date": "2027-01-31", "role": "@SUM(1)"}}}
	if err := WriteCSV(&buf, Staff, rows); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"\ufeffName,Role,Type,", "'=HYPERLINK", "'@SUM(1)", "Bank", "31/01/2027", "\r\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q:\n%s", want, out)
		}
	}
}
