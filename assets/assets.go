// Package assets holds the files built into the DSPT Desk binary: the
// question-bank editions, the end-of-support table, the application icon
// and the report fonts.
package assets

import "embed"

// Editions holds one TOML file per question-bank edition, under editions/.
//
//go:embed editions/*.toml
var Editions embed.FS

// EndOfSupport is the built-in table of the days the common operating
// systems stop getting security updates, with its sources (see
// assessment/register's support table).
//
//go:embed support/end-of-support.toml
var EndOfSupport []byte

// Icon is the application icon, a PNG.
//
//go:embed icon.png
var Icon []byte

// The DejaVu Sans Condensed fonts embedded in every PDF (Bitstream Vera
// licence, in fonts/LICENSE). Unlike the Go fonts, they draw a hyphen that
// cannot be mistaken for a dash, which matters in codes such as 1-123456789.
var (
	//go:embed fonts/DejaVuSansCondensed.ttf
	FontRegular []byte
	//go:embed fonts/DejaVuSansCondensed-Bold.ttf
	FontBold []byte
	//go:embed fonts/DejaVuSansCondensed-Oblique.ttf
	FontItalic []byte
	//go:embed fonts/DejaVuSansCondensed-BoldOblique.ttf
	FontBoldItalic []byte
)
