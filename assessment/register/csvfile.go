package register

import (
	"fmt"
	"io"
	"os"

	"github.com/dsptdesk/dsptdesk/atomicfile"
)

// ReadCSVFile reads the CSV file at path for import (see ReadCSV). A
// missing file, a folder or one that may not be read gives an error that
// assessment.ErrorMessage turns into a plain sentence.
func ReadCSVFile(path string) (*CSVFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening the CSV file: %w", err)
	}
	defer f.Close()
	return ReadCSV(f)
}

// WriteCSVFile writes a table's rows to path as CSV (see WriteCSV), whole
// or not at all. Only its owner may read it, as it holds personal details.
func WriteCSVFile(path string, s *Schema, rows []Row) error {
	return atomicfile.Write(path, 0o600, func(w io.Writer) error { return WriteCSV(w, s, rows) })
}
