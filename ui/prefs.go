package ui

import "fyne.io/fyne/v2"

// Preference keys.
const (
	prefWidth    = "window.width"
	prefHeight   = "window.height"
	prefScreen   = "place.screen"
	prefQuestion = "place.question"
	prefFolder   = "folder." // + the purpose: the folder last used for it
	// prefLeaveOutComments is true when the manager chose to leave the
	// answers' comments out of the pack; absent means they are printed.
	prefLeaveOutComments = "pack.leave_out_comments"
	// prefLeaveOutAppendix prefixes, by register name, whether the manager
	// chose to leave that register's appendix out of the pack.
	prefLeaveOutAppendix = "pack.leave_out_appendix."
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

// folderFor is the folder last used for purpose (see fileChoice.purpose),
// or "".
func (p prefs) folderFor(purpose string) string { return p.p.String(prefFolder + purpose) }

func (p prefs) setFolderFor(purpose, dir string) { p.p.SetString(prefFolder+purpose, dir) }

// leaveOutComments is whether the last pack was made without comments.
func (p prefs) leaveOutComments() bool { return p.p.Bool(prefLeaveOutComments) }

func (p prefs) setLeaveOutComments(v bool) { p.p.SetBool(prefLeaveOutComments, v) }

// leaveOutAppendix is whether the last pack was made without the named
// register's appendix.
func (p prefs) leaveOutAppendix(register string) bool {
	return p.p.Bool(prefLeaveOutAppendix + register)
}

func (p prefs) setLeaveOutAppendix(register string, v bool) {
	p.p.SetBool(prefLeaveOutAppendix+register, v)
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
