//go:build !windows

package main

// attachConsole is needed on Windows only, where the exe has no console of its own.
func attachConsole() {}
