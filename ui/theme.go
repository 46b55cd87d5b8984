package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// deskTheme is Fyne's default theme with the colours that show text made
// dark enough (light variant) or light enough (dark variant) to meet WCAG AA:
// a contrast of at least 4.5:1 against the background the text sits on.
// Fyne's own orange warning, red, green and the grey of hints and disabled
// text are too pale on white to read comfortably.
type deskTheme struct{ fyne.Theme }

func newDeskTheme() fyne.Theme { return deskTheme{theme.DefaultTheme()} }

// readable holds the replaced colours, by variant.
var readable = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameWarning:     color.NRGBA{R: 0x9a, G: 0x48, B: 0x00, A: 0xff}, // dark amber
		theme.ColorNameError:       color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
		theme.ColorNameSuccess:     color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff},
		theme.ColorNameDisabled:    color.NRGBA{R: 0x69, G: 0x69, B: 0x69, A: 0xff}, // hints and locked answers
		theme.ColorNamePlaceHolder: color.NRGBA{R: 0x69, G: 0x69, B: 0x69, A: 0xff},
		theme.ColorNamePrimary:     deepBlue,
		theme.ColorNameHyperlink:   deepBlue,
	},
	theme.VariantDark: {
		theme.ColorNameError:     color.NRGBA{R: 0xff, G: 0x6b, B: 0x5e, A: 0xff},
		theme.ColorNameDisabled:  color.NRGBA{R: 0x9a, G: 0x9a, B: 0x9a, A: 0xff},
		theme.ColorNamePrimary:   deepBlue,
		theme.ColorNameHyperlink: color.NRGBA{R: 0x82, G: 0xb1, B: 0xff, A: 0xff}, // light blue on dark grey
	},
}

// deepBlue is a blue that white text reads well on, and that reads well on white.
var deepBlue = color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0xff}

// Color returns the readable colour where the default one is too pale.
func (t deskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c, ok := readable[v][n]; ok {
		return c
	}
	return t.Theme.Color(n, v)
}
