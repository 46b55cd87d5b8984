package ui

import (
	"fmt"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

// confirmReplace asks before an import replaces what the file holds, naming
// any published year it would replace, and imports again if the manager
// agrees.
func (d *Desk) confirmReplace(path string, published []string) {
	title, button := "Replace your assessment?", "Replace"
	if len(published) > 0 {
		title, button = "Replace a published year?", "Replace the published year"
		if len(published) > 1 {
			button = "Replace the published years"
		}
	}
	confirm(d.win, title, button, "Cancel", wrapLabel(replaceQuestion(published)), func(ok bool) {
		if ok {
			d.importJSON(path, store.ImportOptions{Replace: true, ReplacePublished: len(published) > 0})
		}
	})
}

// replaceQuestion explains what replacing would do.
func replaceQuestion(published []string) string {
	msg := "Your file already holds what this file would bring in: the same year's assessment, or a different organisation profile."
	if len(published) > 0 {
		msg += fmt.Sprintf("\n\nYou published %s: %s locked, and replacing %s the record of what you published with what is in the file.",
			joinYears(published), assessment.Pick(len(published), "it is", "they are"), assessment.Pick(len(published), "it replaces", "them replaces"))
	}
	return msg + "\n\nReplace them with the ones in the file? A backup of your file is taken first, so this can be undone from Backups."
}

// joinYears names the years: "the 2024-25 assessment", "the 2023-24 and
// 2024-25 assessments".
func joinYears(years []string) string {
	if len(years) == 1 {
		return "the " + years[0] + " assessment"
	}
	return "the " + strings.Join(years[:len(years)-1], ", ") + " and " + years[len(years)-1] + " assessments"
}
