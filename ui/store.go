package ui

import (
	"context"
	"io"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// Store is what the window needs from the database; *store.Store provides it.
// Tests wrap it to make single calls fail.
type Store interface {
	Path() string
	Close() error
	BackupError() error
	Profile(ctx context.Context) (assessment.Profile, error)
	SaveProfile(ctx context.Context, p assessment.Profile) error
	Assessments(ctx context.Context) ([]assessment.Assessment, error)
	Current(ctx context.Context) (assessment.Assessment, error)
	Record(ctx context.Context, assessmentID int64) (*assessment.Record, error)
	SaveAnswer(ctx context.Context, assessmentID int64, a assessment.Answer) error
	AddEvidence(ctx context.Context, assessmentID int64, e assessment.Evidence) (assessment.Evidence, error)
	RemoveEvidence(ctx context.Context, evidenceID int64) error
	UpdateEvidence(ctx context.Context, e assessment.Evidence) (assessment.Evidence, error)
	MarkEvidenceChecked(ctx context.Context, evidenceID int64) error
	SaveAction(ctx context.Context, assessmentID int64, a assessment.Action) (assessment.Action, error)
	DeleteAction(ctx context.Context, actionID int64) error
	Publish(ctx context.Context, assessmentID int64, on time.Time, level assessment.Level) error
	CreateAssessmentWith(ctx context.Context, editionID string, r *assessment.Record) (assessment.Assessment, error)
	History(ctx context.Context, assessmentID int64, ref string) ([]assessment.Change, error)
	RevertChange(ctx context.Context, changeID int64) (assessment.Answer, error)
	BackupNow(ctx context.Context) (store.Backup, error)
	ExportJSONFile(ctx context.Context, path string) error
	ImportJSON(ctx context.Context, r io.Reader, opt store.ImportOptions) (store.ImportSummary, error)
	Bank() *assessment.Bank
	AddEdition(ctx context.Context, name string, data []byte) (*assessment.Edition, error)
	AddSupportFile(ctx context.Context, name string, data []byte) (*register.SupportTable, error)
	SaveWordingCheck(ctx context.Context, assessmentID int64, w assessment.WordingCheck) (assessment.WordingCheck, error)
	SaveEnteredOnline(ctx context.Context, assessmentID int64, ref string, entered bool) (time.Time, error)
	Registers(ctx context.Context, assessmentID int64) (register.Book, error)
	RegisterTables(ctx context.Context, assessmentID int64, tables []string) (register.Book, error)
	SaveRegisterRow(ctx context.Context, assessmentID int64, r register.Row) (register.Row, error)
	DeleteRegisterRow(ctx context.Context, assessmentID, rowID int64) error
	AddRegisterRows(ctx context.Context, assessmentID int64, table string, rows []register.Values) error
	RegisterHistory(ctx context.Context, assessmentID, rowID int64) ([]assessment.Change, error)
	SaveRegisterSetting(ctx context.Context, assessmentID int64, key string, on bool) error
}

var _ Store = (*store.Store)(nil)
