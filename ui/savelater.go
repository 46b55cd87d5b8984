package ui

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
)

// fileRepository is everything Fyne's own file repository does.
type fileRepository interface {
	repository.WritableRepository
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.DeleteAllRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// keepFilesUntilWritten stops Fyne's own Save dialog (used where there is no
// system dialog, or it fails) from emptying the chosen file the moment it is
// chosen: Fyne opens it for writing, truncated, before DSPT Desk can check
// it, so choosing the database itself would destroy it. Files are now only
// created or emptied by a first write, and DSPT Desk writes exports its own
// way after checking the path (see exportAllowed).
func keepFilesUntilWritten() {
	r, err := repository.ForURI(storage.NewFileURI(os.TempDir()))
	if fr, ok := r.(fileRepository); err == nil && ok {
		repository.Register("file", writeLater{fr})
	}
}

// writeLater is Fyne's file repository with writers that open on first write.
type writeLater struct{ fileRepository }

// Writer returns a writer that creates (or empties) the file at its first write.
func (r writeLater) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, open: func() (fyne.URIWriteCloser, error) { return r.fileRepository.Writer(u) }}, nil
}

// lazyWriter opens the real writer at the first write; closed unwritten, it
// leaves the file as it was.
type lazyWriter struct {
	uri  fyne.URI
	open func() (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open()
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

// Close closes the real writer, if one was opened.
func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
