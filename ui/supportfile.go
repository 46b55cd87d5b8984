package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

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
	d.flushEdits()
	d.bg.write(func() func() {
		t, err := readSupportFileInto(d.store, path)
		return func() { d.afterAddSupport(path, t, err) }
	})
}

func readSupportFileInto(st Store, path string) (*register.SupportTable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, assessment.Errorf(assessment.ENotFound, "DSPT Desk could not read %s. Check the file is still there.", path)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, store.MaxSupportBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return st.AddSupportFile(context.Background(), filepath.Base(path), data)
}

func (d *Desk) afterAddSupport(path string, t *register.SupportTable, err error) {
	var bad *register.SupportError
	switch {
	case errors.As(err, &bad):
		d.opt.Log.Printf("end-of-support file %s refused: %v", path, err)
		d.showSupportProblems(filepath.Base(path), bad)
	case err != nil:
		d.showError("The end-of-support dates were not added", err)
	default:
		d.changed()
		showMessage(d.win, "End-of-support dates added", fmt.Sprintf("DSPT Desk now uses the dates in %s for %s (checked on %s). When you choose a device's system, its \"Supported until\" is filled in from them; dates already in the register are not changed.",
			filepath.Base(path), assessment.Count(len(t.Systems), "system", "systems"), assessment.HumanDate(t.CheckedOn)))
	}
}

// showSupportProblems lists every problem of a refused end-of-support file.
func (d *Desk) showSupportProblems(name string, bad *register.SupportError) {
	lines := make([]string, len(bad.Problems))
	for i, p := range bad.Problems {
		lines[i] = "• " + p.String()
	}
	head := wrapLabel(fmt.Sprintf("%s was not added, and nothing has been changed. It has %s. Send this list to whoever gave you the file, so that they can correct it:",
		name, assessment.Count(len(bad.Problems), "problem", "problems")))
	dlg := dialog.NewCustom("The end-of-support file has problems", "OK", border(head, nil, nil, nil, container.NewVScroll(wrapLabel(strings.Join(lines, "\n")))), d.win)
	dlg.Resize(fyne.NewSize(680, 440))
	withKeys(d.win, dlg, nil, dlg.Hide)
	dlg.Show()
}
