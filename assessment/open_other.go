//go:build !unix

package assessment

import "os"

// openOrdinary opens a file for reading; the caller has checked that it is
// an ordinary file and checks again what it opened.
func openOrdinary(path string) (*os.File, error) { return os.Open(path) }
