//go:build !windows

package ui

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// errNoLP is returned where the lp command (CUPS) is not installed.
var errNoLP = errors.New("no lp command: CUPS is not installed")

// printFile sends a file to the default printer with lp, on Linux when
// CUPS is installed and on macOS. It fails when there is no lp or no
// printer (the caller then opens the file instead).
func printFile(path string) error {
	lp, err := exec.LookPath("lp")
	if err != nil {
		return errNoLP
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, lp, "--", path).CombinedOutput()
	if err != nil {
		return fmt.Errorf("lp %s: %w: %s", path, err, strings.TrimSpace(string(out)))
	}
	return nil
}
