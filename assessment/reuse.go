package assessment

import "strings"

// ProfileICO is the from_profile value that offers the organisation's ICO
// registration number as an item's answer.
const ProfileICO = "ico_number"

// SuggestedAnswer returns the answer the profile already holds for an item
// (the ICO registration number for 1.1.1), or "" when it holds none, or
// none that is valid. It is an offer to the manager, never saved by itself.
func SuggestedAnswer(it *Item, p Profile) string {
	if it == nil || it.FromProfile != ProfileICO {
		return ""
	}
	n := strings.ToUpper(strings.TrimSpace(p.ICONumber))
	if n == "" || CheckICONumber(n) != nil {
		return ""
	}
	return n
}

// WantsReason reports whether the online toolkit expects a reason with
// "Not applicable": where it is entered in the comments box.
func (m NAMode) WantsReason() bool { return m == NAComment }

// notApplicablePrefix starts a comment that gives the reason for "Not applicable".
const notApplicablePrefix = "Not applicable: "

// HasNotApplicableReason reports whether a comment already starts with
// "Not applicable" and a reason, as the toolkit expects.
func HasNotApplicableReason(comment string) bool {
	const words = "not applicable"
	c := strings.TrimSpace(comment)
	if len(c) < len(words) || !strings.EqualFold(c[:len(words)], words) {
		return false
	}
	return strings.TrimSpace(strings.TrimLeft(c[len(words):], " :-–.")) != ""
}

// WithNotApplicableReason returns the comment with "Not applicable: reason"
// as its first line, as the toolkit expects, keeping what was there below.
func WithNotApplicableReason(comment, reason string) string {
	line := notApplicablePrefix + strings.TrimSpace(reason)
	if c := strings.TrimSpace(comment); c != "" {
		return line + "\n" + comment
	}
	return line
}

// CheckNotApplicableReason checks a reason typed for "Not applicable".
func CheckNotApplicableReason(reason string) error {
	if strings.TrimSpace(reason) == "" {
		return Errorf(EInvalid, "Say in a few words why this does not apply to you; the toolkit expects it in the comments.")
	}
	return CheckText("The reason", reason, MaxShortText)
}
