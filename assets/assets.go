// Package assets holds the files built into the DSPT Desk binary: the
// question-bank editions and the application icon.
package assets

import (
	"embed"
	_ "embed"
)

// Editions holds one TOML file per question-bank edition, under editions/.
//
//go:embed editions/*.toml
var Editions embed.FS

// Icon is the application icon, a PNG.
//
//go:embed icon.png
var Icon []byte
