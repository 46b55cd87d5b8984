package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// addSupportTitle is the command that adds end-of-support dates from a file.
const addSupportTitle = "Add end-of-support dates from a file…"

// supportSource says where the devices register's end-of-support dates
// come from, for the editions section.
func supportSource() string {
	t := register.Support()
	added := map[string]bool{}
	for _, e := range t.Systems {
		if e.From != "" {
			added[e.From] = true
		}
	}
	from := "DSPT Desk's built-in table"
	if len(added) > 0 {
		from += fmt.Sprintf(" and %s you added", assessment.Count(len(added), "file", "files"))
	}
	return fmt.Sprintf("The devices register fills in the day each computer, tablet and phone system stops getting security updates from %s (%s, checked on %s). If your IT supplier or care association sends you newer or corrected dates in a file, add it here: it is checked first and kept in your DSPT Desk file.",
		from, assessment.Count(len(t.Systems), "system", "systems"), assessment.HumanDate(t.CheckedOn))
}

// addSupportFile asks for an end-of-support file, then adds it. It shares
// its remembered folder with edition files: both come the same way (from
// a care association or IT support, by email or on a USB stick).
func (d *Desk) addSupportFile() {
	d.choosePath(fileChoice{kind: pickOpen, title: "Add end-of-support dates from a file", ext: ".toml", label: "End-of-support files", purpose: "editions"}, d.addSupportFrom)
}

// addSupportFrom reads and adds the file in the background, then says
// what happened.
func (d *Desk) addSupportFrom(path string) {
	addCheckedFile(d, path, store.MaxSupportBytes, d.store.AddSupportFile, func(t *register.SupportTable, err error) {
		d.afterAddSupport(path, t, err)
	})
}

func (d *Desk) afterAddSupport(path string, t *register.SupportTable, err error) {
	var bad *register.SupportError
	switch {
	case errors.As(err, &bad):
		d.opt.Log.Printf("end-of-support file %s refused: %v", path, err)
		showFileProblems(d, "The end-of-support file has problems", filepath.Base(path), bad.Problems)
	case err != nil:
		d.showError("The end-of-support dates were not added", err)
	default:
		d.changed()
		showMessage(d.win, "End-of-support dates added", fmt.Sprintf("DSPT Desk now uses the dates in %s for %s (checked on %s). When you choose a device's system, its \"Supported until\" is filled in from them; dates already in the register are not changed.",
			filepath.Base(path), assessment.Count(len(t.Systems), "system", "systems"), assessment.HumanDate(t.CheckedOn)))
	}
}
