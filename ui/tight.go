package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// tightPadding is the room inside a line of a tight list: under half the usual,
// so that the left-hand panel's every line fits a 1024x700 screen.
const tightPadding = 3

// tightTheme is the window's theme with less room above and below each
// line of text; the text itself keeps its size. It follows the window's
// theme as it changes.
type tightTheme struct{}

func (tightTheme) base() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (t tightTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base().Color(n, v)
}

func (t tightTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base().Font(s) }

func (t tightTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base().Icon(n) }

func (t tightTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameInnerPadding {
		return tightPadding
	}
	return t.base().Size(n)
}

// tight shows o with the tight theme.
func tight(o fyne.CanvasObject) fyne.CanvasObject { return container.NewThemeOverride(o, tightTheme{}) }
