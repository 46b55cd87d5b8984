package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachParentProcess asks AttachConsole for the console of the program that started this one.
const attachParentProcess = ^uintptr(0)

// attachConsole lets a command typed in Command Prompt or PowerShell
// (dsptdesk --version, questions, export, import) print there. The exe is
// built as a windowed program, so Windows gives it no standard output unless
// the output is redirected; redirected output is left as it is.
func attachConsole() {
	if h, err := windows.GetStdHandle(windows.STD_OUTPUT_HANDLE); err == nil && h != 0 && h != windows.InvalidHandle {
		return
	}
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return
	}
	if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = f, f
	}
}
