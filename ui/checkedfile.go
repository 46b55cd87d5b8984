package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// addCheckedFile reads the file at path in the background (at most a little
// more than maxBytes) and hands it to add, which checks all of it before it
// keeps any; then, on the UI goroutine, after says what happened. Edition
// files and end-of-support files come this one way.
func addCheckedFile[T any](d *Desk, path string, maxBytes int64, add func(context.Context, string, []byte) (T, error), after func(T, error)) {
	d.flushEdits()
	d.bg.write(func() func() {
		v, err := readCheckedFile(path, maxBytes, add)
		return func() { after(v, err) }
	})
}

// readCheckedFile reads the file at path and gives its name and content to add.
func readCheckedFile[T any](path string, maxBytes int64, add func(context.Context, string, []byte) (T, error)) (T, error) {
	var none T
	f, err := os.Open(path)
	if err != nil {
		return none, assessment.Errorf(assessment.ENotFound, "DSPT Desk could not read %s. Check the file is still there.", path)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return none, fmt.Errorf("reading %s: %w", path, err)
	}
	return add(context.Background(), filepath.Base(path), data)
}

// showFileProblems lists every problem of a refused file (named name) under
// title, so that the user can send the list to whoever gave them the file.
func showFileProblems[P fmt.Stringer](d *Desk, title, name string, problems []P) {
	lines := make([]string, len(problems))
	for i, p := range problems {
		lines[i] = "• " + p.String()
	}
	head := wrapLabel(fmt.Sprintf("%s was not added, and nothing has been changed. It has %s. Send this list to whoever gave you the file, so that they can correct it:",
		name, assessment.Count(len(problems), "problem", "problems")))
	dlg := dialog.NewCustom(title, "OK", border(head, nil, nil, nil, container.NewVScroll(wrapLabel(strings.Join(lines, "\n")))), d.win)
	dlg.Resize(fyne.NewSize(680, 440))
	withKeys(d.win, dlg, nil, dlg.Hide)
	dlg.Show()
}
