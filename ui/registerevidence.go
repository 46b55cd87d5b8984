package ui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/atomicfile"
)

// exportEvidence saves the finding's register as CSV where the manager
// chooses, then records the file (one per table) as evidence for the
// question, as "Add file…" does.
func (c *registerCard) exportEvidence(f register.Finding) {
	d := c.q.d
	r := register.Named(f.Register)
	if r == nil || c.q.item == nil || d.readOnly() {
		return
	}
	ref := c.q.item.Ref
	name := fmt.Sprintf("%s %s.csv", r.Title, assessment.FormatDate(d.now()))
	choice := fileChoice{kind: pickSave, title: "Save the " + registerTitle(r.Name) + " as evidence", name: name, ext: ".csv", label: "CSV files", purpose: "evidence"}
	d.choosePath(choice, func(path string) { c.writeEvidence(ref, r, path) })
}

// writeEvidence writes the register's tables in the background, then adds
// each file written as evidence for ref.
func (c *registerCard) writeEvidence(ref string, r *register.Register, path string) {
	d := c.q.d
	if !d.exportAllowed("The register was not saved", path) {
		return
	}
	book := copyBook(d.registers, r)
	ours := evidencePaths(d.record.EvidenceFor(ref))
	note := fmt.Sprintf("The %s, saved from DSPT Desk on %s.", registerTitle(r.Name), assessment.HumanDate(d.now()))
	c.q.evidence.busy.Show()
	d.bg.run(func() func() {
		paths, err := writeRegisterFiles(path, r, book, ours)
		return func() {
			c.q.evidence.busy.Hide()
			if err != nil {
				d.showError("The register was not saved", err)
				return
			}
			for _, p := range paths {
				c.q.evidence.addOrRenewFile(ref, p, note)
			}
		}
	})
}

// copyBook copies the rows of the register's tables, for writing in the
// background while the window goes on changing the book.
func copyBook(b register.Book, r *register.Register) register.Book {
	out := register.Book{Rows: map[string][]register.Row{}}
	for _, s := range r.Tables {
		out.Rows[s.Name] = append([]register.Row(nil), b.Of(s.Name)...)
	}
	return out
}

// evidencePaths lists the files already recorded as evidence.
func evidencePaths(es []assessment.Evidence) map[string]bool {
	out := map[string]bool{}
	for _, e := range es {
		if e.Kind == assessment.EvidenceFile {
			out[e.Location] = true
		}
	}
	return out
}

// writeRegisterFiles writes each of the register's tables to a CSV file:
// the main table to path, any other beside it named after the table ("…
// - Training.csv"). A file beside it that exists and is not already this
// question's evidence is never written over: a free name is used instead.
func writeRegisterFiles(path string, r *register.Register, b register.Book, ours map[string]bool) ([]string, error) {
	var paths []string
	for i, s := range r.Tables {
		p := path
		if i > 0 {
			p = freeName(strings.TrimSuffix(path, filepath.Ext(path))+" - "+s.Title, filepath.Ext(path), ours)
		}
		rows := b.Of(s.Name)
		err := atomicfile.Write(p, 0o644, func(w io.Writer) error { return register.WriteCSV(w, s, rows) })
		if err != nil {
			return paths, fmt.Errorf("saving the %s table as evidence: %w", s.Name, err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// freeName returns base+ext, or base 2+ext and so on, whichever is not a
// file already (or is one of ours, to write again).
func freeName(base, ext string, ours map[string]bool) string {
	p := base + ext
	for n := 2; ; n++ {
		if _, err := os.Stat(p); os.IsNotExist(err) || ours[p] {
			return p
		}
		p = fmt.Sprintf("%s %d%s", base, n, ext)
	}
}

// addOrRenewFile records a file as evidence for ref, fingerprinting it as
// "Add file…" does; a file already recorded for ref is fingerprinted again
// instead, so saving the register again adds no second entry.
func (l *evidenceList) addOrRenewFile(ref, path, note string) {
	for _, e := range l.d.record.EvidenceFor(ref) {
		if e.Kind == assessment.EvidenceFile && e.Location == path {
			l.relocate(e, path, note)
			return
		}
	}
	l.addFileFor(ref, path, note)
}
