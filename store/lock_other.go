//go:build !unix && !windows

package store

import "os"

// On platforms without file locks the app cannot tell that another copy has
// the file open; DSPT Desk is built for Windows, macOS and Linux only.
func lockFile(*os.File) error { return nil }

func unlockFile(*os.File) error { return nil }
