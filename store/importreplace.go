package store

import (
	"context"
	"fmt"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// replaceProblem says that importing ia would replace the assessment the
// database holds for its edition, and whether that one was published.
func (s *Store) replaceProblem(ctx context.Context, ia importAssessment, lines lineIndex) Problem {
	p := Problem{Path: ia.path, Line: lines.line(ia.off), Conflict: true, Message: fmt.Sprintf(
		"this database already has an assessment for %s, and importing would replace it. To replace it, import again choosing to replace (--replace); a backup is made first", ia.a.EditionID)}
	var state string
	if err := s.db.QueryRowContext(ctx, "SELECT state FROM assessments WHERE edition = ?", ia.a.EditionID).Scan(&state); err == nil && state == string(assessment.StatePublished) {
		p.Published = ia.a.EditionID
		p.Message = fmt.Sprintf("this database's %s assessment was published and is locked, and importing would replace it. To replace what you published, import again choosing to replace published years as well (--replace --replace-published); a backup is made first", ia.a.EditionID)
	}
	return p
}

// publishedOnly returns the problems about published assessments.
func publishedOnly(problems []Problem) []Problem {
	var out []Problem
	for _, p := range problems {
		if p.Published != "" {
			out = append(out, p)
		}
	}
	return out
}

// PublishedYears returns the editions of the published assessments that
// the import would have replaced, for a question naming them.
func (e *ImportError) PublishedYears() []string {
	var out []string
	for _, p := range publishedOnly(e.Problems) {
		out = append(out, p.Published)
	}
	return out
}

// refusePublished fails, inside the import's transaction, when the edition's
// assessment was published (since the check) and may not be replaced.
func refusePublished(ctx context.Context, tx *txn, edition string, allowed bool) error {
	if allowed {
		return nil
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM assessments WHERE edition = ? AND state = ?", edition, string(assessment.StatePublished)).Scan(&n); err != nil {
		return fmt.Errorf("checking whether %s was published: %w", edition, err)
	}
	if n > 0 {
		return assessment.Errorf(assessment.EConflict, "The %s assessment was published while importing; nothing has been imported.", edition)
	}
	return nil
}

// backupBeforeImport backs up the file before an import changes it, unless
// it holds nothing yet: no answers, evidence, actions, register rows,
// publication or profile.
func (s *Store) backupBeforeImport(ctx context.Context, plan *importPlan) (*Backup, error) {
	if len(plan.assessments) == 0 && emptyProfile(plan.profile) && len(plan.support) == 0 {
		return nil, nil // the import changes nothing
	}
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM answers) + (SELECT count(*) FROM evidence) + (SELECT count(*) FROM actions)
		+ (SELECT count(*) FROM register_rows) + (SELECT count(*) FROM support_files) + (SELECT count(*) FROM assessments WHERE state = ?)`, string(assessment.StatePublished)).Scan(&n)
	if err != nil {
		return nil, fmt.Errorf("looking at what the file holds before importing: %w", err)
	}
	current, err := s.Profile(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 && emptyProfile(current) {
		return nil, nil
	}
	b, err := s.backup(ctx, BackupImport)
	if err != nil {
		return nil, fmt.Errorf("backing up before the import changes the file: %w", err)
	}
	return &b, nil
}
