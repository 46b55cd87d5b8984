package store

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// OpenImportFile opens a file to pass to ImportJSON, or says in a sentence
// why it cannot: it does not exist, it is a folder, or it may not be read.
func OpenImportFile(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err == nil && info.IsDir() {
		return nil, assessment.Errorf(assessment.EInvalid, "%s is a folder. Choose the file that DSPT Desk's export wrote (it ends in .json); nothing was imported.", path)
	}
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, withDetail(assessment.ENotFound, "There is no file "+path+". Check its name and folder; nothing was imported.", err)
	case errors.Is(err, fs.ErrPermission):
		return nil, withDetail(assessment.EInvalid, "DSPT Desk is not allowed to read "+path+": it may belong to another user. Copy it somewhere you can open it, or ask whoever looks after this computer; nothing was imported.", err)
	case err != nil:
		return nil, err
	}
	return f, nil
}

// bom is the UTF-8 byte order mark that some Windows editors put first.
var bom = []byte("\ufeff")

// skipBOM drops a UTF-8 byte order mark from the start of r.
func skipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if head, err := br.Peek(len(bom)); err == nil && bytes.Equal(head, bom) {
		br.Discard(len(bom))
	}
	return br
}
