package report

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"

	"github.com/dsptdesk/dsptdesk/assets"
)

// Substitute is printed in place of a character the embedded fonts cannot
// draw (an emoji, Chinese…) or gofpdf cannot lay out (right-to-left scripts
// such as Arabic), so that nothing a manager typed disappears without trace.
const Substitute = '□'

// tabSpaces replaces a tab: gofpdf cannot measure or draw one.
const tabSpaces = "    "

// fontFiles are the TrueType fonts embedded in every PDF, by gofpdf style.
var fontFiles = []struct {
	style string
	ttf   []byte
}{
	{"", assets.FontRegular},
	{"B", assets.FontBold},
	{"I", assets.FontItalic},
	{"BI", assets.FontBoldItalic},
}

// coverage marks the characters of the Basic Multilingual Plane that every
// embedded font can draw. gofpdf cannot write characters beyond it.
type coverage [0x10000 / 64]uint64

func (c *coverage) has(r rune) bool {
	return r >= 0 && r < 0x10000 && c[r/64]&(1<<(uint(r)%64)) != 0
}

// drawable is built once, on first use, from the embedded fonts.
var drawable = sync.OnceValues(loadCoverage)

func loadCoverage() (*coverage, error) {
	c := new(coverage)
	for i := range c {
		c[i] = ^uint64(0)
	}
	var buf sfnt.Buffer
	for _, ff := range fontFiles {
		f, err := sfnt.Parse(ff.ttf)
		if err != nil {
			return nil, fmt.Errorf("reading the embedded %q font: %w", ff.style, err)
		}
		for r := rune(0); r < 0x10000; r++ {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || rightToLeft(r) {
				c[r/64] &^= 1 << (uint(r) % 64)
			}
		}
	}
	if !c.has(Substitute) {
		return nil, fmt.Errorf("the embedded fonts cannot draw the substitute character %q", Substitute)
	}
	return c, nil
}

// clean prepares text for drawing: composed Unicode, Unix line ends, tabs as
// spaces, and every character the fonts cannot draw replaced by Substitute.
// A newline is kept; wrap treats it as a paragraph break.
func clean(c *coverage, s string) string {
	if isPlain(s) {
		return s
	}
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || c.has(r):
			b.WriteRune(r)
		case r == '\r':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteString(tabSpaces)
		default:
			b.WriteRune(Substitute)
		}
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII, which every font draws as it is.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}

// metaText prepares text for the document information (title, author…),
// which viewers draw with their own fonts: it only has to be valid text in
// the Basic Multilingual Plane, because gofpdf encodes it as UCS-2.
func metaText(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x10000 || r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || rightToLeft(r) {
			return Substitute
		}
		return r
	}, strings.Join(strings.Fields(s), " "))
}

// rightToLeft reports whether r belongs to a right-to-left script, which
// gofpdf would print back to front.
func rightToLeft(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko)
}
