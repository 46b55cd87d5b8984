//go:build windows

package ui

import (
	"fmt"

	"golang.org/x/sys/windows"
)

// printFile asks Windows to print a file with the "print" verb of the
// program registered for PDFs. It fails when no program registers one
// (the caller then opens the file instead).
func printFile(path string) error {
	verb, err := windows.UTF16PtrFromString("print")
	if err != nil {
		return err
	}
	file, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return fmt.Errorf("the file name %q cannot be given to Windows: %w", path, err)
	}
	if err := windows.ShellExecute(0, verb, file, nil, nil, windows.SW_HIDE); err != nil {
		return fmt.Errorf("ShellExecute print %s: %w", path, err)
	}
	return nil
}
