//go:build !unix && !windows

package assessment

// DiskFull reports whether err is the operating system saying the disk (or
// the user's share of it) is full.
func DiskFull(error) bool { return false }

// ReadOnlyDisk reports whether err is the operating system saying the disk
// can only be read.
func ReadOnlyDisk(error) bool { return false }

func isFolder(error) bool  { return false }
func notFolder(error) bool { return false }
