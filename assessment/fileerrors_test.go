//go:build unix

package assessment

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"testing"
)

func TestFileProblemsSaySentencesNotSomethingWentWrong(t *testing.T) {
	path := "/media/stick/DSPT.pdf"
	wrap := func(e error) error {
		return fmt.Errorf("report: writing: %w", &fs.PathError{Op: "write", Path: path, Err: e})
	}
	for _, c := range []struct {
		err  error
		want string
	}{
		{wrap(syscall.ENOSPC), "no room left on the disk that holds /media/stick. Free some space"},
		{wrap(syscall.EDQUOT), "no room left"},
		{wrap(syscall.EROFS), "/media/stick is on a disk or memory stick that can only be read"},
		{wrap(syscall.EACCES), "not allowed to use " + path},
		{wrap(syscall.EPERM), "not allowed to use"},
		{wrap(syscall.ENOENT), path + " does not exist"},
		{wrap(syscall.EISDIR), path + " is a folder, not a file"},
		{wrap(syscall.ENOTDIR), "Part of " + path + " is a file where a folder should be"},
		{&os.LinkError{Op: "rename", Old: "/x/.tmp", New: path, Err: syscall.EACCES}, "not allowed to use " + path},
	} {
		got := ErrorMessage(c.err)
		if !strings.Contains(got, c.want) || strings.Contains(got, "Something went wrong") {
			t.Errorf("%v: %q, want %q", c.err, got, c.want)
		}
	}
	if got := ErrorMessage(errors.New("a bug")); !strings.Contains(got, "Something went wrong") {
		t.Errorf("other errors: %q", got)
	}
	if got := ErrorMessage(fmt.Errorf("x: %w", Errorf(EInvalid, "Own sentence."))); got != "Own sentence." {
		t.Errorf("a domain error's own sentence is kept first: %q", got)
	}
}
