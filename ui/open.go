package ui

import (
	"net/url"
	"path/filepath"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// openFile asks the computer to open a file with its usual program, and
// says plainly what to do when it cannot.
func (d *Desk) openFile(path string) {
	if err := d.app.OpenURL(fileURL(path)); err != nil {
		d.openFailed(assessment.EvidenceFile, path, err)
	}
}

// openFailed explains why a file, folder or link did not open. The computer
// gives no reason we could pass on, so the message names the usual cause.
func (d *Desk) openFailed(kind assessment.EvidenceKind, location string, err error) {
	d.opt.Log.Printf("opening a %s: %v", kind, err)
	name := filepath.Base(location)
	msg := "Your computer has no program set up to open " + name + ". Open it from its folder instead, or ask whoever looks after your computer to choose a program for this kind of file (in File Explorer: right-click the file, then \"Open with\")."
	switch kind {
	case assessment.EvidenceLink:
		if u, perr := url.Parse(location); perr == nil {
			name = u.Host
		}
		msg = "Your computer did not open the web link. Check that a web browser is installed and set as the default, or copy the link into your browser."
	case assessment.EvidenceFolder:
		msg = "Your computer did not open the folder " + location + ". Check that it is still there, and open it from File Explorer."
	}
	showMessage(d.win, "DSPT Desk could not open "+name, msg)
}
