//go:build windows

package assessment

import (
	"errors"
	"syscall"
)

// Windows system error codes (winerror.h).
const (
	errorHandleDiskFull = syscall.Errno(39)
	errorDiskFull       = syscall.Errno(112)
	errorWriteProtect   = syscall.Errno(19)
	errorDirectory      = syscall.Errno(267) // ERROR_DIRECTORY: the name is not a folder
)

// DiskFull reports whether err is the operating system saying the disk (or
// the user's share of it) is full.
func DiskFull(err error) bool {
	return errors.Is(err, errorDiskFull) || errors.Is(err, errorHandleDiskFull)
}

// ReadOnlyDisk reports whether err is the operating system saying the disk
// can only be read.
func ReadOnlyDisk(err error) bool { return errors.Is(err, errorWriteProtect) }

func isFolder(err error) bool  { return false } // Windows says "access denied" for a folder
func notFolder(err error) bool { return errors.Is(err, errorDirectory) }
