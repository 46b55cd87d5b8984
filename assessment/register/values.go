package register

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// UKDate is how dates are shown: 31/01/2027.
const UKDate = "02/01/2006"

// dateLayouts are the ways a date may be written in a form or an import:
// ISO first, then UK day-first forms as spreadsheets write them.
var dateLayouts = []string{assessment.DateLayout, "2/1/2006", "2-1-2006", "2.1.2006", "2 January 2006", "2 Jan 2006", "2/1/06"}

// ParseDate reads a date written as 2027-01-31 or in the UK way,
// 31/01/2027 (also 31/1/2027, 31-01-2027, 31.01.2027, 31 January 2027,
// 31/01/27). Impossible dates such as 30/02/2027 are refused. A US-style
// date is read day first, as everything in the UK is.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date: write it as 31/01/2027 or 2027-01-31", s)
}

// parseStored reads a date in its stored form, 2027-01-31, quickly: the
// rules read every row's dates each time a figure is worked out. Anything
// else (and an impossible date such as 2027-02-30) is left to ParseDate.
func parseStored(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, m, d := digits(s[0:4]), digits(s[5:7]), digits(s[8:10])
	if y < 0 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// digits reads a run of decimal digits, or -1 when there is anything else.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// Normalise checks a value for a field as typed or imported and returns it
// in its stored form: dates as 2027-01-31, options by key, yes or no as
// "yes" or "no". A blank value is "" (and refused only if the field is
// required; see Schema.Clean).
func (f Field) Normalise(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", nil
	}
	switch f.Kind {
	case Date:
		t, err := ParseDate(s)
		if err != nil {
			return "", err
		}
		return assessment.FormatDate(t), nil
	case Choice:
		return f.option(s)
	case YesNo:
		return yesNo(s)
	case Number:
		n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
		if err != nil || n < 0 {
			return "", fmt.Errorf("%q is not a whole number such as 12", s)
		}
		return strconv.Itoa(n), nil
	case Long:
		return s, assessment.CheckText(f.Label, s, assessment.MaxLongText)
	}
	return s, assessment.CheckText(f.Label, s, assessment.MaxShortText)
}

func (f Field) option(s string) (string, error) {
	for _, o := range f.Options {
		if strings.EqualFold(s, o.Key) || strings.EqualFold(s, o.Label) {
			return o.Key, nil
		}
	}
	labels := make([]string, len(f.Options))
	for i, o := range f.Options {
		labels[i] = o.Label
	}
	return "", fmt.Errorf("%q is not one of: %s", s, strings.Join(labels, ", "))
}

func yesNo(s string) (string, error) {
	switch strings.ToLower(s) {
	case "yes", "y", "true", "1", "✓", "x":
		return "yes", nil
	case "no", "n", "false", "0":
		return "no", nil
	}
	return "", fmt.Errorf("%q is not yes or no", s)
}

// Problem is one thing wrong with a row: the field (by label) and why.
type Problem struct {
	Field   string
	Message string
}

// String writes the problem as a sentence: "Start date: "31/02/2027" is
// not a date ...". A problem of the whole row (no field) is its message.
func (p Problem) String() string {
	if p.Field == "" {
		return p.Message
	}
	return p.Field + ": " + p.Message
}

// Clean checks every field of a row and returns it in stored form, with
// every problem found; fields the schema does not have are dropped.
func (s *Schema) Clean(v Values) (Values, []Problem) {
	out := Values{}
	var problems []Problem
	for _, f := range s.Fields {
		val, err := f.Normalise(v[f.Key])
		switch {
		case err != nil:
			problems = append(problems, Problem{f.Label, err.Error()})
		case val == "" && f.Required:
			problems = append(problems, Problem{f.Label, "this is needed"})
		case val != "":
			out[f.Key] = val
		}
	}
	return out, problems
}
