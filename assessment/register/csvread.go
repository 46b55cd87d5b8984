package register

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// Limits on a CSV file to import. A register of a care home is a few
// hundred lines; the limits are far above that, and keep a damaged or
// hostile file from filling the memory or freezing the window.
const (
	MaxCSVBytes   = 20 << 20 // the file's size: 20 MB
	MaxCSVLines   = 50_000   // lines under the headings
	MaxCSVColumns = 500
	// MaxCSVCell is the most characters one cell may hold: the longest
	// text any field takes.
	MaxCSVCell = assessment.MaxLongText
)

// CSVFile is a CSV file read for import: its headings and the lines under
// them.
type CSVFile struct {
	Headings []string
	Lines    []CSVLine
}

// CSVLine is one line under the headings.
type CSVLine struct {
	// Number is the line's number as a spreadsheet shows it: the headings
	// are line 1, the first line under them line 2 (a cell with several
	// lines of text in it still makes one line).
	Number int
	Cells  []string
}

// Cell returns the text of column i, or "" when the line is shorter.
func (l CSVLine) Cell(i int) string {
	if i < 0 || i >= len(l.Cells) {
		return ""
	}
	return l.Cells[i]
}

// ReadCSV reads a CSV file for import, as spreadsheets save them: UTF-8
// with or without a byte order mark, UTF-16 with one, or Windows-1252 (what
// Excel writes for "CSV (Comma delimited)"); separated by commas,
// semicolons (Excel in much of Europe) or tabs, whichever the heading line
// uses; CRLF or LF line ends; quoted cells may hold commas and several
// lines. Lines with every cell blank are left out. A file over the limits
// above is refused with a message that says so.
func ReadCSV(r io.Reader) (*CSVFile, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxCSVBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading the CSV file: %w", err)
	}
	if len(data) > MaxCSVBytes {
		return nil, assessment.Errorf(assessment.EInvalid, "The file is larger than %d MB, far more than a register needs. Check that it is the right file, or split it and import each part.", MaxCSVBytes>>20)
	}
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = separator(text)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true // a bare quote, as in 15" screen, is read as written
	line := 1 + emptyLinesAt(text, 0)
	head, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, assessment.Errorf(assessment.EInvalid, "The file is empty. Choose a CSV file whose first line names its columns.")
	}
	if err != nil {
		return nil, readProblem(line, err)
	}
	f := &CSVFile{Headings: headings(head)}
	if err := checkCells(line, head); err != nil {
		return nil, err
	}
	return f, f.readLines(cr, text, line)
}

// readLines reads the lines under the headings, the last of which is on
// line head. Empty lines, which the CSV reader passes over, are counted,
// as a spreadsheet shows each as a row.
func (f *CSVFile) readLines(cr *csv.Reader, text string, head int) error {
	for n := head; ; {
		n += 1 + emptyLinesAt(text, cr.InputOffset())
		cells, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return readProblem(n, err)
		}
		if blankLine(cells) {
			continue
		}
		if len(f.Lines) == MaxCSVLines {
			return assessment.Errorf(assessment.EInvalid, "The file has more than %s lines, far more than a register needs. Check that it is the right file, or split it and import each part.", thousands(MaxCSVLines))
		}
		if err := checkCells(n, cells); err != nil {
			return err
		}
		f.Lines = append(f.Lines, CSVLine{Number: n, Cells: cells})
	}
}

// decodeText turns the file's bytes into text: UTF-8 (a byte order mark is
// dropped), UTF-16 when it starts with its byte order mark, and otherwise,
// when the bytes are not valid UTF-8, Windows-1252.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("reading the CSV file as UTF-16: %w", err)
		}
		return strings.TrimPrefix(string(text), "\ufeff"), nil
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("reading the CSV file as Windows-1252: %w", err)
	}
	return string(text), nil
}

// separator is the character the heading line separates its cells with:
// a comma, a semicolon or a tab, whichever it has most of outside quotes.
func separator(text string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, c := range text {
		if c == '"' {
			quoted = !quoted
		}
		if c == '\n' && !quoted {
			break
		}
		if !quoted {
			counts[c]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// headings trims the headings and names a blank one by its place.
func headings(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff"))
		if out[i] == "" {
			out[i] = fmt.Sprintf("Column %d", i+1)
		}
	}
	return out
}

// checkCells refuses a line with more columns, or a cell with more text,
// than any register can take.
func checkCells(line int, cells []string) error {
	if len(cells) > MaxCSVColumns {
		return assessment.Errorf(assessment.EInvalid, "Line %d has %s columns; a register has at most a few dozen. Check that it is the right file.", line, thousands(len(cells)))
	}
	for i, c := range cells {
		if len(c) > MaxCSVCell && utf8.RuneCountInString(c) > MaxCSVCell {
			return assessment.Errorf(assessment.EInvalid, "Line %d, column %d holds more than %s characters, more than any field can take. Check the quotation marks on the line before it, or shorten the text.", line, i+1, thousands(MaxCSVCell))
		}
	}
	return nil
}

// readProblem says which line of a file could not be read.
func readProblem(line int, err error) error {
	msg := assessment.Errorf(assessment.EInvalid, "Line %d of the file cannot be read as CSV. Check the quotation marks on that line, or save the file again from your spreadsheet as CSV.", line)
	return fmt.Errorf("%w (%v)", msg, err)
}

// emptyLinesAt counts the empty lines that start at offset in text.
func emptyLinesAt(text string, offset int64) int {
	n := 0
	for rest := text[offset:]; ; n++ {
		switch {
		case strings.HasPrefix(rest, "\n"):
			rest = rest[1:]
		case strings.HasPrefix(rest, "\r\n"):
			rest = rest[2:]
		default:
			return n
		}
	}
}

func blankLine(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// thousands writes n with commas: 50,000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
