// Package report prints an assessment as the PDF pack a care home manager
// hands to a CQC inspector, a commissioner or the owner: a cover with the
// level reached and a sign-off block, a summary table per group, every answer
// in full with its evidence, the action plan, and what is missing for the
// next level, and an appendix per register (staff and training, breaches...)
// with its figures and its tables.
//
// The report works out nothing itself: it shows the assessment.Status it is
// given and the Record behind it. It depends on the assessment package only,
// not on the window or the database.
package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/atomicfile"
)

// Input is everything the report shows.
type Input struct {
	Edition *assessment.Edition
	Profile assessment.Profile
	Record  *assessment.Record
	// Status is the worked-out state, from assessment.Evaluate.
	Status *assessment.Status
	// Evidence is the condition of each evidence location, by Evidence.ID;
	// a missing key means the location was not checked.
	Evidence map[int64]assessment.EvidenceCondition
	// PrintedAt is the print date shown on every page; it also fixes the
	// document's dates, so the same input gives the same bytes.
	PrintedAt time.Time
	// Version is the app's version, written in the Creator metadata.
	Version string
	// Compare sets last year's state of each item beside this year's; the
	// section is left out when it is empty. See SetPrevious.
	Compare []assessment.Comparison
	// Previous names last year's assessment, for the comparison's heading.
	Previous string
	// LeaveOutComments leaves the answers' comments out of the pack. The
	// zero value prints them, as the online toolkit does.
	LeaveOutComments bool
	// Registers are the assessment's registers, each printed as an
	// appendix after the other sections; Findings are what each register
	// says about its questions, by register Name. See SetRegisters.
	Registers register.Book
	Findings  map[string][]register.Finding
	// LastYear are last year's registers: the rows of the tables that stay
	// with their year (breaches, spot checks) are printed after this
	// year's, as the figures count them too.
	LastYear register.Book
	// LeaveOut names the registers (by Name) whose appendix is left out.
	LeaveOut map[string]bool
}

// SetPrevious fills the comparison with last year's assessment.
func (in *Input) SetPrevious(ed *assessment.Edition, rec *assessment.Record) {
	in.Compare = assessment.Compare(ed, rec, in.Edition, in.Record, in.Profile, in.PrintedAt)
	a := rec.Assessment
	in.Previous = "DSPT " + ed.ID + ", not published"
	if a.Locked() {
		in.Previous = fmt.Sprintf("DSPT %s, published %s", ed.ID, a.PublishedWhen())
	}
}

// NewInput gathers what the report shows, with the status worked out by
// assessment.Evaluate on the print date. Evidence is left unchecked: call
// CheckEvidence to flag missing or changed files.
func NewInput(ed *assessment.Edition, p assessment.Profile, rec *assessment.Record, printedAt time.Time, version string) Input {
	in := Input{Edition: ed, Profile: p, Record: rec, PrintedAt: printedAt, Version: version}
	if ed != nil && rec != nil {
		in.Status = assessment.Evaluate(ed, p, rec, printedAt)
	}
	return in
}

// CheckEvidence looks for every file and folder evidence location on disk,
// with assessment.CheckAllEvidence (never a location from an import not yet
// confirmed on this computer, never a network location, never a device,
// and within its time limits), keeps what it finds for the report, and
// works the status out again so that a question whose only evidence has
// gone is not complete. Call it off the UI goroutine.
func (in *Input) CheckEvidence() {
	if in.Record == nil {
		return
	}
	in.UseEvidence(assessment.CheckAllEvidence(context.Background(), in.Record.Evidence))
}

// UseEvidence keeps found (what a check of the evidence found, by
// Evidence.ID) for the report and works the status out again with it.
func (in *Input) UseEvidence(found map[int64]assessment.EvidenceCondition) {
	in.Evidence = found
	if in.Edition != nil && in.Record != nil {
		in.Status = assessment.EvaluateFound(in.Edition, in.Profile, in.Record, in.PrintedAt, found)
	}
}

// check reports what is missing from the input before any drawing starts.
func (in Input) check() error {
	switch {
	case in.Edition == nil:
		return errors.New("report: no edition given")
	case in.Record == nil:
		return errors.New("report: no assessment record given")
	case in.Status == nil:
		return errors.New("report: no status given (use assessment.Evaluate)")
	case in.PrintedAt.IsZero():
		return errors.New("report: no print date given")
	}
	return nil
}

// Write renders the report as a PDF into w. Nothing is written when
// rendering fails.
func Write(w io.Writer, in Input) (err error) {
	if err := in.check(); err != nil {
		return err
	}
	defer func() {
		// A drawing bug must not take the whole app down with the export.
		if p := recover(); p != nil {
			err = fmt.Errorf("report: internal error while drawing the PDF: %v", p)
		}
	}()
	r, err := newRenderer(in)
	if err != nil {
		return fmt.Errorf("report: preparing the PDF: %w", err)
	}
	r.render()
	if err := r.pdf.Output(w); err != nil {
		return fmt.Errorf("report: writing the PDF: %w", err)
	}
	return nil
}

// WriteFile renders the report into a temporary file in the same folder as
// path and renames it into place (see atomicfile), so a failed or killed
// export never leaves half a PDF and never damages an older copy at path.
func WriteFile(path string, in Input) error {
	// An export is an ordinary document, readable like any other.
	return atomicfile.Write(path, 0o644, func(w io.Writer) error { return Write(w, in) })
}

// section is one part of the report after the cover. Adding a section is
// adding a function and a line in sections.
type section struct {
	title   string
	draw    func()
	newPage bool // start on a fresh page
}

func (r *renderer) sections() []section {
	all := []section{{"Summary by group", r.summary, true}}
	if len(r.unansweredItems()) < len(r.in.Edition.Items) {
		all = append(all, section{"Answers in full", r.answers, true})
	}
	if len(r.unansweredItems()) > 0 {
		all = append(all, section{"Questions not answered yet", r.unanswered, true})
	}
	all = append(all, section{"Action plan", r.actionPlan, true}, section{r.missingTitle(), r.missing, false})
	if len(r.in.Compare) > 0 {
		all = append(all, section{"Compared with last year", r.comparison, true})
	}
	if len(r.in.Record.Evidence) > 0 {
		all = append(all, section{"Evidence index", r.evidenceIndex, true})
	}
	return append(all, r.registerSections()...)
}

// startSection starts a page if the section asks for one (or there is not
// room for its heading and a little more), draws the heading, adds a
// bookmark and notes the page for the contents.
func (r *renderer) startSection(s section) {
	if s.newPage {
		r.newPage()
	} else {
		r.gap(8)
		r.need(60)
	}
	r.use(sectionH)
	r.pdf.Bookmark(r.clean(s.title), 0, r.y)
	r.marks = append(r.marks, mark{s.title, r.pdf.PageNo()})
	for _, l := range r.wrap(s.title, sectionH, contentW) {
		r.put(marginX, r.y, contentW, l, sectionH, "L")
		r.y += sectionH.lineH()
	}
	r.hline(marginX, pageW-marginX, r.y+0.8, accent, 0.5)
	r.y += 4
}

// orgName is the organisation's name, or a placeholder when none is recorded.
func orgName(p assessment.Profile) string {
	if n := strings.TrimSpace(p.Name); n != "" {
		return n
	}
	return "Organisation name not recorded"
}

// levelReached names a level for the cover and the totals, saying "Not yet
// ready to publish" where the toolkit says "Not ready to publish".
func levelReached(l assessment.Level) string {
	if l == assessment.NotReady {
		return "Not yet ready to publish"
	}
	return l.String()
}

// orBlank shows an empty profile field as "Not recorded".
func orBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return "Not recorded"
	}
	return s
}

// shortDate writes a date for a table cell: 3 Mar 2026, or "" for none.
func shortDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 Jan 2006")
}
