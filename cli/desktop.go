package cli

import (
	"os"
	"runtime"
)

// NoDesktop is said when the window cannot open because there is no desktop.
const NoDesktop = "DSPT Desk needs a desktop to open its window; the export and import commands work without one."

// hasDesktop reports whether a window can be shown: always on Windows and
// macOS; elsewhere only with an X or Wayland display to draw on.
func (env Env) hasDesktop() bool {
	switch runtime.GOOS {
	case "windows", "darwin", "android", "ios":
		return true
	}
	return env.getenv("DISPLAY") != "" || env.getenv("WAYLAND_DISPLAY") != ""
}

func (env Env) getenv(key string) string {
	if env.Getenv != nil {
		return env.Getenv(key)
	}
	return os.Getenv(key)
}
