// Package display reads how much of the computer's main screen a window may
// use, from GLFW, the library Fyne's desktop driver draws with. Fyne itself
// does not say, and a window restored at a size that suited another screen
// (or another scaling) must be made to fit this one.
package display

import "github.com/go-gl/glfw/v3.4/glfw"

// WorkArea returns the width and height in pixels of the main screen less
// the taskbar, or false when the system does not say. Fyne must have opened
// a window, and it must be called on the UI goroutine (inside fyne.Do).
func WorkArea() (width, height int, ok bool) {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return 0, 0, false
	}
	if _, _, w, h := m.GetWorkarea(); w > 0 && h > 0 {
		return w, h, true
	}
	if mode := m.GetVideoMode(); mode != nil {
		return mode.Width, mode.Height, true
	}
	return 0, 0, false
}
