//go:build !windows

package ui

// nativePick has no system dialog to offer outside Windows: Fyne's dialog
// (which uses the desktop portal where Fyne supports it) is used instead.
func nativePick(uintptr, string, fileChoice) (string, bool, error) {
	return "", false, errNoNativeDialog
}
