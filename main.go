// Command dsptdesk is DSPT Desk: an offline desktop app that helps a care home
// work through the NHS Data Security and Protection Toolkit.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/dsptdesk/dsptdesk/cli"
	"github.com/dsptdesk/dsptdesk/store"
	"github.com/dsptdesk/dsptdesk/ui"
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
	env := cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, OpenWindow: openWindow, Now: time.Now, Log: newLogger(), Version: meta.Version}
	os.Exit(cli.Run(os.Args[1:], env))
}

// openWindow runs the Fyne app, named and versioned by FyneApp.toml through
// app.SetMetadata, until its window closes.
func openWindow(o cli.WindowOptions) int {
	fixLocale()
	a := app.New()
	meta := a.Metadata()
	a.SetIcon(meta.Icon)
	opt := ui.Options{Database: o.Database, Bank: o.Bank, Now: time.Now, Log: o.Log, Demo: o.Demo, Version: meta.Version}
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

// maxLogSize is the size at which the log is moved aside to dsptdesk.log.old.
const maxLogSize = 1 << 20

// newLogger logs to standard error and to dsptdesk.log in the settings
// folder, so that the detail behind a message can be found later.
func newLogger() *log.Logger {
	var out io.Writer = os.Stderr
	if db, err := store.DefaultPath(); err == nil {
		dir := filepath.Dir(db)
		path := filepath.Join(dir, "dsptdesk.log")
		if info, err := os.Stat(path); err == nil && info.Size() > maxLogSize {
			os.Rename(path, path+".old")
		}
		if os.MkdirAll(dir, 0o700) == nil {
			if f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600); err == nil {
				out = io.MultiWriter(os.Stderr, f)
			}
		}
	}
	return log.New(out, "dsptdesk: ", log.LstdFlags)
}
