//go:build unix

package assessment

import (
	"errors"
	"syscall"
)

// DiskFull reports whether err is the operating system saying the disk (or
// the user's share of it) is full.
func DiskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EFBIG)
}

// ReadOnlyDisk reports whether err is the operating system saying the disk
// can only be read.
func ReadOnlyDisk(err error) bool { return errors.Is(err, syscall.EROFS) }

func isFolder(err error) bool  { return errors.Is(err, syscall.EISDIR) }
func notFolder(err error) bool { return errors.Is(err, syscall.ENOTDIR) }
