package assessment

// Limits on one year's assessment, so that its PDF pack can be made on an
// ordinary office computer in under ten seconds and with under 1 GB of
// memory. Import refuses a file beyond them; the window never comes near
// them in ordinary use.
const (
	// MaxEvidencePerAssessment is the most evidence records one assessment holds.
	MaxEvidencePerAssessment = 2_000
	// MaxActionsPerAssessment is the most actions one assessment's plan holds.
	MaxActionsPerAssessment = 1_000
	// MaxAssessmentText is the most characters of text (answers, comments,
	// evidence locations and notes, action text) in one assessment: about
	// 1,700 printed pages.
	MaxAssessmentText = 5_000_000
)
