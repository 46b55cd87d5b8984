//go:build unix

package assessment

import (
	"os"
	"syscall"
)

// openOrdinary opens a file for reading without waiting: should it have
// been swapped for a pipe since it was looked at, the open does not block
// (the caller then checks what it opened).
func openOrdinary(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}
