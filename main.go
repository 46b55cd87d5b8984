// Command dsptdesk is DSPT Desk: an offline desktop app that helps a care home
// work through the NHS Data Security and Protection Toolkit.
package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/dsptdesk/dsptdesk/cli"
	"github.com/dsptdesk/dsptdesk/ui"
	"github.com/dsptdesk/dsptdesk/ui/display"
)

// started is when the process began, for --startup-timing.
var started = time.Now()

func main() {
	if len(os.Args) > 1 {
		attachConsole()
	}
	meta, err := appMetadata()
	if err != nil {
		fmt.Fprintf(os.Stderr, "dsptdesk: this copy is damaged: %v\n", err)
		os.Exit(cli.ExitError)
	}
	app.SetMetadata(meta)
	env := cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, OpenWindow: openWindow, Now: time.Now, Version: meta.Version}
	os.Exit(cli.Run(os.Args[1:], env))
}

// openWindow runs the Fyne app, named and versioned by FyneApp.toml through
// app.SetMetadata, until its window closes. cli checks for a desktop first;
// if the graphics driver still cannot start, its panic is turned into that
// same sentence rather than a stack trace.
func openWindow(o cli.WindowOptions) (code int) {
	defer func() {
		if p := recover(); p != nil {
			o.Log.Printf("the window could not start: %v", p)
			fmt.Fprintf(os.Stderr, "dsptdesk: %s\n", cli.NoDesktop)
			code = cli.ExitError
		}
	}()
	fixLocale()
	a := app.New()
	meta := a.Metadata()
	a.SetIcon(meta.Icon)
	opt := ui.Options{Database: o.Database, Now: time.Now, Log: o.Log, Demo: o.Demo, Version: meta.Version, NewFile: o.NewFile, WorkArea: display.WorkArea}
	if o.StartupTiming {
		opt.OnFirstFrame = func() {
			fmt.Printf("first frame after %d ms\n", time.Since(started).Milliseconds())
			go fyne.Do(a.Quit)
		}
	}
	ui.Run(a, opt)
	return cli.ExitOK
}

// fixLocale gives Fyne a locale it can parse when the system says only C or POSIX.
func fixLocale() {
	lang := os.Getenv("LANG")
	if lang == "" || lang == "C" || lang == "POSIX" || strings.HasPrefix(lang, "C.") {
		os.Setenv("LANG", "en_GB.UTF-8")
	}
}
