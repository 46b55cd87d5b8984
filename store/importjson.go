package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// ImportOptions configure ImportJSON.
type ImportOptions struct {
	// Replace lets the file replace assessments (and a profile) that the
	// database already holds. Without it, such an import is refused.
	Replace bool
	// ReplacePublished lets Replace replace a published (locked) assessment
	// too. Without it, such an import is refused, saying that year was
	// published.
	ReplacePublished bool
}

// ImportSummary says what an import did.
type ImportSummary struct {
	Editions []string // the assessments imported, by edition
	// AddedEditions lists the toolkit editions added from the file (those
	// the app did not have at the same or a higher revision).
	AddedEditions []string
	// AddedSupportFiles names the end-of-support files added from the file
	// (those the database did not already hold with the same text).
	AddedSupportFiles []string
	Replaced          []string // those that replaced an assessment already held
	// ProfileChanged is set when the file's profile was saved.
	ProfileChanged             bool
	Answers, Evidence, Actions int
	// RegisterRows counts the register rows imported, in every table.
	RegisterRows int
	// Backup is the backup made before the import changed the file, or nil
	// when the file held nothing yet.
	Backup *Backup
}

// Problem is one thing wrong with an import file.
type Problem struct {
	Path    string // where in the file, as a JSON path: assessments[0].answers[3].value
	Line    int    // the line of the file it is on
	Message string
	// Conflict marks a clash with what the database already holds, which
	// importing with Replace would resolve.
	Conflict bool
	// Published names the edition of a published assessment the import
	// would replace, which needs ReplacePublished as well.
	Published string
}

// String writes the problem as "line 12, assessments[0].answers[3].value: message".
func (p Problem) String() string {
	where := p.Path
	if where == "" {
		where = "the file"
	}
	return fmt.Sprintf("line %d, %s: %s", p.Line, where, p.Message)
}

// ImportError is a file that cannot be imported: every problem found in it.
// Nothing was written. Its chain holds an *assessment.Error (EInvalid, or
// EConflict when Replace would resolve every problem) with the same text.
type ImportError struct {
	Problems []Problem
}

// Error lists the problems one per line after a heading.
func (e *ImportError) Error() string {
	var b strings.Builder
	n := len(e.Problems)
	fmt.Fprintf(&b, "The file cannot be imported, so nothing has been changed. Fix %s and try again:", plural(n, "this problem", "these %d problems"))
	for _, p := range e.Problems {
		b.WriteString("\n" + p.String())
	}
	return b.String()
}

// Unwrap returns the domain error, so that assessment.ErrorCode and
// assessment.ErrorMessage work on an ImportError.
func (e *ImportError) Unwrap() error {
	code := assessment.EConflict
	for _, p := range e.Problems {
		if !p.Conflict {
			code = assessment.EInvalid
		}
	}
	return &assessment.Error{Code: code, Message: e.Error()}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}

// ImportJSON reads a file written by ExportJSON. It checks the whole file
// first (format version, unknown fields, wrong types, unknown references,
// answers of the wrong type, oversized text, impossible dates, duplicates)
// and returns an *ImportError listing every problem, writing nothing, unless
// the whole file is valid. It refuses to replace an assessment the database
// already holds unless opt.Replace is set, and a published one unless
// opt.ReplacePublished is set too. It backs up a file that holds anything
// before changing it. The import is one transaction.
func (s *Store) ImportJSON(ctx context.Context, r io.Reader, opt ImportOptions) (ImportSummary, error) {
	var sum ImportSummary
	if s.Bank() == nil {
		return sum, errors.New("importing: the store was opened without a question bank")
	}
	data, err := io.ReadAll(io.LimitReader(skipBOM(r), MaxImportBytes+1))
	if err != nil {
		return sum, fmt.Errorf("reading the file to import: %w", err)
	}
	if len(data) > MaxImportBytes {
		return sum, &ImportError{[]Problem{{Line: 1, Message: fmt.Sprintf("the file is larger than %d MB, the most DSPT Desk imports (far more than it ever writes)", MaxImportBytes>>20)}}}
	}
	plan, problems := checkImport(data, s.Bank(), s.now())
	if len(problems) > 0 {
		return sum, &ImportError{problems}
	}
	return s.applyImport(ctx, plan, newLineIndex(data), opt)
}

func (s *Store) applyImport(ctx context.Context, plan *importPlan, lines lineIndex, opt ImportOptions) (ImportSummary, error) {
	var sum ImportSummary
	conflicts, err := s.importConflicts(ctx, plan, lines)
	if err != nil {
		return sum, err
	}
	if len(conflicts) > 0 && !opt.Replace {
		return sum, &ImportError{conflicts}
	}
	if published := publishedOnly(conflicts); len(published) > 0 && !opt.ReplacePublished {
		return sum, &ImportError{published}
	}
	if sum.Backup, err = s.backupBeforeImport(ctx, plan); err != nil {
		return sum, err
	}
	err = s.tx(ctx, func(tx *txn) error { return s.writeImport(ctx, tx, plan, opt, &sum) })
	if err != nil {
		return ImportSummary{}, fmt.Errorf("importing: %w", err)
	}
	s.addToBank(plan.editions)
	if len(sum.AddedSupportFiles) > 0 {
		if err := s.loadSupport(ctx); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// importConflicts lists what the import would replace: assessments for the
// same editions, and a profile that is filled in and different.
func (s *Store) importConflicts(ctx context.Context, plan *importPlan, lines lineIndex) ([]Problem, error) {
	var out []Problem
	for _, ia := range plan.assessments {
		var n int
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM assessments WHERE edition = ?", ia.a.EditionID).Scan(&n); err != nil {
			return nil, fmt.Errorf("looking for existing assessments: %w", err)
		}
		if n > 0 {
			out = append(out, s.replaceProblem(ctx, ia, lines))
		}
	}
	current, err := s.Profile(ctx)
	if err != nil {
		return nil, err
	}
	if profileChange(current, plan.profile) && !emptyProfile(current) {
		out = append(out, Problem{Path: "profile", Line: 1, Conflict: true, Message: "this database already has a different organisation profile, and importing would replace it. To replace it, import again choosing to replace (--replace); a backup is made first"})
	}
	support, err := s.supportConflicts(ctx, plan, lines)
	return append(out, support...), err
}

// emptyProfile reports whether nothing in the profile has been filled in.
func emptyProfile(p assessment.Profile) bool {
	return profileToJSON(p) == profileToJSON(assessment.Profile{})
}

// profileChange reports whether importing p over current would change it.
// An empty profile in the file changes nothing.
func profileChange(current, p assessment.Profile) bool {
	return !emptyProfile(p) && profileToJSON(current) != profileToJSON(p)
}

// writeImport writes a checked plan. Without replace, a clash that appeared
// since the check fails the transaction rather than replacing anything.
func (s *Store) writeImport(ctx context.Context, tx *txn, plan *importPlan, opt ImportOptions, sum *ImportSummary) error {
	replace := opt.Replace
	current, err := scanProfile(tx.QueryRowContext(ctx, "SELECT "+profileColumns+" FROM profile WHERE id = 1"))
	if err != nil {
		return fmt.Errorf("loading the profile: %w", err)
	}
	if profileChange(current, plan.profile) {
		if !replace && !emptyProfile(current) {
			return assessment.Errorf(assessment.EConflict, "The organisation profile changed while importing; nothing has been imported.")
		}
		if err := saveProfile(ctx, tx, plan.profile); err != nil {
			return err
		}
		sum.ProfileChanged = true
	}
	if err := writeImportedEditions(ctx, tx, plan.editions, sum); err != nil {
		return err
	}
	if err := writeImportedSupport(ctx, tx, plan.support, sum); err != nil {
		return err
	}
	for _, ia := range plan.assessments {
		if err := writeImportedAssessment(ctx, tx, ia, opt, sum); err != nil {
			return err
		}
	}
	for _, se := range plan.editions {
		if err := keepsRecordedQuestions(ctx, tx, se.ed); err != nil {
			return err
		}
	}
	return nil
}

func writeImportedAssessment(ctx context.Context, tx *txn, ia importAssessment, opt ImportOptions, sum *ImportSummary) error {
	if opt.Replace {
		if err := refusePublished(ctx, tx, ia.a.EditionID, opt.ReplacePublished); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM assessments WHERE edition = ?", ia.a.EditionID)
		if err != nil {
			return fmt.Errorf("replacing the %s assessment: %w", ia.a.EditionID, err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			sum.Replaced = append(sum.Replaced, ia.a.EditionID)
		}
	}
	id, err := insertAssessmentRow(ctx, tx, ia.a)
	if err != nil {
		return err
	}
	sum.Editions = append(sum.Editions, ia.a.EditionID)
	if err := writeItems(ctx, tx, id, ia.answers, ia.evidence, ia.actions); err != nil {
		return err
	}
	if err := writeWording(ctx, tx, id, ia.wording); err != nil {
		return err
	}
	if err := writeEntered(ctx, tx, id, ia.entered); err != nil {
		return err
	}
	if err := writeBook(ctx, tx, id, ia.registers, ia.settings, ia.rowsAt); err != nil {
		return err
	}
	sum.RegisterRows += countRows(ia.registers)
	sum.Answers, sum.Evidence, sum.Actions = sum.Answers+len(ia.answers), sum.Evidence+len(ia.evidence), sum.Actions+len(ia.actions)
	return nil
}
