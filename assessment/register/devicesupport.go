package register

import (
	"fmt"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// How a device or program stands with its maker's security updates.

// WarnDays is how many days ahead the end of a device's or program's
// support is warned of.
const WarnDays = 90

// supportState is where a device or program is in its support.
type supportState int

const (
	supportUnknown supportState = iota // no date: not in the table, or the maker gives none
	supportFine                        // more than WarnDays left
	supportEnding                      // WarnDays or fewer left, the last day included
	supportEnded                       // the last day has passed
)

// supportOf is a row's support: its state, last day and the days left
// (negative once ended).
type supportOf struct {
	state supportState
	ends  time.Time
	days  int
}

// rowSupport works out a device's or program's support on today. The last
// day is the row's own "Supported until"; a device without one takes its
// system's date from the end-of-support table (rows imported from a
// spreadsheet have none). On its last day a system is still supported: the
// maker's final update comes out that day. From the next day it is not.
func rowSupport(r Row, today time.Time) supportOf {
	ends := r.Date("supported_until")
	if ends.IsZero() {
		if e, ok := Support().Lookup(r.Text("system")); ok {
			ends = e.Ends
		}
	}
	if ends.IsZero() {
		return supportOf{state: supportUnknown}
	}
	days := DaysBetween(today, ends)
	switch {
	case isPast(ends, today):
		return supportOf{supportEnded, ends, days}
	case Soon(ends, today, WarnDays):
		return supportOf{supportEnding, ends, days}
	}
	return supportOf{supportFine, ends, days}
}

// text says an ended or ending support in a few words: "Support ended
// 14/10/2025", "Support ends 14/01/2027 (44 days)", "Support ends
// 14/01/2027 (today)".
func (s supportOf) text() string {
	switch s.state {
	case supportEnded:
		return "Support ended " + ShowDate(s.ends)
	case supportEnding:
		return fmt.Sprintf("Support ends %s (%s)", ShowDate(s.ends), inDays(s.days))
	}
	return "" // fine or unknown: nothing to warn of
}

// fillSupport fills a device's "Supported until" from the end-of-support
// table when its system is chosen: the maker's date, or blank when the
// maker gives none. A system the table does not have fills nothing.
func fillSupport(changed string, v Values) Values {
	if changed != "system" {
		return nil
	}
	e, ok := Support().Lookup(v["system"])
	if !ok {
		return nil
	}
	return Values{"supported_until": assessment.FormatDate(e.Ends)}
}

// deviceNote gives a device's state in a few words for its line: its
// support first, then the deviceGaps the questions ask about.
func deviceNote(r Row, today time.Time) (string, bool) {
	if s := rowSupport(r, today); s.state == supportEnded || s.state == supportEnding {
		return s.text(), true
	}
	switch {
	case mobile(r) && !r.Yes("encrypted"):
		return encryptionGap(r), true
	case r.Is("kind", "router") && r.No("default_password_changed"):
		return "Default password not changed", true
	case needsProtection(r) && protectionGap(r) != "":
		return protectionGap(r), true
	}
	return "", false
}

// softwareNote gives a program's support in a few words, and warns when
// multi-factor authentication is off.
func softwareNote(r Row, today time.Time) (string, bool) {
	if s := rowSupport(r, today); s.state == supportEnded || s.state == supportEnding {
		return s.text(), true
	}
	if r.No("mfa") {
		return "Multi-factor authentication off", true
	}
	return "", false
}

func init() {
	Devices.Fill = fillSupport
	Devices.Note = deviceNote
	Devices.Field("system").Suggestions = func() []string { return Support().Names() }
	Software.Note = softwareNote
}
