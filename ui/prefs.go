package ui

import "fyne.io/fyne/v2"

// Preference keys.
const (
	prefWidth    = "window.width"
	prefHeight   = "window.height"
	prefScreen   = "place.screen"
	prefQuestion = "place.question"
	// prefSplit prefixes the remembered place of each divider, by name.
	prefSplit = "split."
)

// prefs is a typed view of the app's preferences: the window size and where
// the manager was, so the app reopens at the same question.
type prefs struct{ p fyne.Preferences }

func (p prefs) windowSize() fyne.Size {
	return fyne.NewSize(float32(p.p.FloatWithFallback(prefWidth, 1024)), float32(p.p.FloatWithFallback(prefHeight, 700)))
}

func (p prefs) setWindowSize(s fyne.Size) {
	p.p.SetFloat(prefWidth, float64(s.Width))
	p.p.SetFloat(prefHeight, float64(s.Height))
}

func (p prefs) place() (screen, question string) {
	return p.p.String(prefScreen), p.p.String(prefQuestion)
}

func (p prefs) setPlace(screen, question string) {
	p.p.SetString(prefScreen, screen)
	p.p.SetString(prefQuestion, question)
}

// splitOffset is where the named divider was left (0 to 1), or fallback.
func (p prefs) splitOffset(name string, fallback float64) float64 {
	v := p.p.FloatWithFallback(prefSplit+name, fallback)
	if v <= 0 || v >= 1 {
		return fallback
	}
	return v
}

func (p prefs) setSplitOffset(name string, v float64) { p.p.SetFloat(prefSplit+name, v) }
