package report

// Page geometry, in millimetres (A4 portrait).
const (
	pageW        = 210.0
	marginX      = 18.0
	contentW     = pageW - 2*marginX
	bodyTop      = 22.0  // first line of the body on pages after the cover
	coverTop     = 24.0  // first line of the cover
	bodyBottom   = 276.0 // nothing in the body goes below this line
	headerRuleY  = 15.5
	footerRuleY  = 282.0
	footerY      = 284.0
	cellPadX     = 1.8 // inside table cells, left and right
	cellPadY     = 1.3 // inside table cells, top and bottom
	ruleWidth    = 0.2
	lineSpacing  = 1.32        // line height as a multiple of the font size
	ptToMM       = 25.4 / 72.0 // one typographic point in millimetres
	keepRowWhole = 40.0        // a row up to this tall moves to the next page rather than split
	minLinesHere = 2           // a split row leaves at least this many lines behind
)

// family is the name the embedded Go fonts are registered under.
const family = "DejaVuSansCondensed"

// rgb is a colour.
type rgb struct{ r, g, b int }

// The palette: dark text on white, one accent, and red and amber only for
// things an inspector must notice.
var (
	ink       = rgb{33, 37, 41}
	muted     = rgb{92, 99, 107}
	accent    = rgb{0, 48, 135} // NHS dark blue
	ruleGrey  = rgb{184, 191, 199}
	headFill  = rgb{226, 233, 243}
	bandFill  = rgb{241, 244, 248}
	alarm     = rgb{176, 0, 32}
	caution   = rgb{146, 84, 0}
	goodGreen = rgb{0, 106, 60}
)

// style is how a run of text looks: font style ("", "B", "I" or "BI"),
// size in points and colour.
type style struct {
	face  string
	size  float64
	color rgb
}

// lineH is the height of one line of text in this style, in millimetres.
func (s style) lineH() float64 { return s.size * ptToMM * lineSpacing }

// with returns a copy of s in another colour.
func (s style) with(c rgb) style { s.color = c; return s }

// The styles used in the document.
var (
	body       = style{"", 9.5, ink}
	bodyBold   = style{"B", 9.5, ink}
	bodyItalic = style{"I", 9.5, muted}
	cellText   = style{"", 8.8, ink}
	cellBold   = style{"B", 8.8, ink}
	cellMuted  = style{"", 8.8, muted}
	cellNote   = style{"I", 8.2, muted}
	headText   = style{"B", 8.3, accent}
	label      = style{"", 8.5, muted}
	small      = style{"I", 8, muted}
	running    = style{"", 7.5, muted}
	runningB   = style{"B", 7.5, ink}
	sectionH   = style{"B", 15, accent}
	groupH     = style{"B", 11.5, accent}
	coverKick  = style{"B", 9, accent}
	coverTitle = style{"B", 24, ink}
	coverSub   = style{"", 13, ink}
	levelText  = style{"B", 17, accent}
	levelNone  = style{"B", 17, alarm}
	warnText   = style{"B", 8.3, alarm}
	cautionTxt = style{"B", 8.3, caution}
)
