package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// stateIcon is the list icon for an item's state.
func stateIcon(s assessment.ItemState) fyne.Resource {
	switch s {
	case assessment.ItemDone:
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	case assessment.ItemNotApplicable:
		return theme.NewDisabledResource(theme.ContentRemoveIcon())
	case assessment.ItemNeedsReview:
		return theme.NewWarningThemedResource(theme.HistoryIcon())
	}
	return theme.RadioButtonIcon()
}

// newBadgeText marks a question that last year's toolkit did not ask.
const newBadgeText = "NEW"

// newBadge makes a small coloured tag, such as AS or SM.
func newBadge(text string) fyne.CanvasObject {
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = 4
	label := canvas.NewText(text, color.White)
	label.TextStyle = fyne.TextStyle{Bold: true}
	label.TextSize = theme.CaptionTextSize()
	b := container.NewStack(bg, container.NewPadded(label))
	setBadge(b, text)
	return container.NewCenter(b)
}

// setBadge changes a badge's text and colour.
func setBadge(o fyne.CanvasObject, text string) {
	if c, ok := o.(*fyne.Container); ok && len(c.Objects) == 1 {
		o = c.Objects[0] // the centring wrapper
	}
	b := o.(*fyne.Container)
	bg := b.Objects[0].(*canvas.Rectangle)
	label := b.Objects[1].(*fyne.Container).Objects[0].(*canvas.Text)
	label.Text = text
	bg.FillColor = badgeColour(text)
	label.Refresh()
	bg.Refresh()
}

func badgeColour(text string) color.Color {
	switch text {
	case "AS":
		return color.NRGBA{R: 0x0b, G: 0x5d, B: 0x63, A: 0xff} // teal, as the icon
	case "SM":
		return color.NRGBA{R: 0x4a, G: 0x4f, B: 0x8c, A: 0xff} // indigo
	case newBadgeText:
		return color.NRGBA{R: 0xa3, G: 0x4a, B: 0x00, A: 0xff} // amber, dark enough for white text
	}
	return color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff}
}

func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// border lays out like container.NewBorder, but holds its parts in reading
// order (top, left, centre, right, bottom) so that Tab moves through them
// the way the eye does; NewBorder puts the centre first.
func border(top, bottom, left, right fyne.CanvasObject, centre ...fyne.CanvasObject) *fyne.Container {
	var parts []fyne.CanvasObject
	for _, o := range []fyne.CanvasObject{top, left} {
		if o != nil {
			parts = append(parts, o)
		}
	}
	parts = append(parts, centre...)
	for _, o := range []fyne.CanvasObject{right, bottom} {
		if o != nil {
			parts = append(parts, o)
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, left, right), parts...)
}
