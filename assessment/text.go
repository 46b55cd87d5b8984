package assessment

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what a manager can type, in characters.
const (
	MaxLongText  = 100_000 // answers, comments, action text and notes
	MaxShortText = 4_096   // names, numbers, owners and evidence locations
)

// CheckText checks a value typed into the named field: valid UTF-8, at most
// max characters, and no control characters other than newline and tab (a
// carriage return is accepted only as part of a Windows line ending).
func CheckText(field, s string, max int) error {
	if !utf8.ValidString(s) {
		return Errorf(EInvalid, "%s contains characters that are not valid text. Retype it or paste it as plain text.", field)
	}
	if n := utf8.RuneCountInString(s); n > max {
		return Errorf(EInvalid, "%s is too long: %d characters, and the most it can hold is %d. Shorten it, or keep the long text in a document and add that as evidence.", field, n, max)
	}
	for i, r := range s {
		if r == '\n' || r == '\t' || (r == '\r' && i+1 < len(s) && s[i+1] == '\n') {
			continue
		}
		if unicode.IsControl(r) {
			return Errorf(EInvalid, "%s contains a hidden control character (%s) at character %d, often from copying and pasting. Retype that part or paste it as plain text.", field, fmt.Sprintf("U+%04X", r), utf8.RuneCountInString(s[:i])+1)
		}
	}
	return nil
}

// CheckLocation checks where a piece of evidence is: not blank, text that
// CheckText accepts, and for a web link an http or https address (or one
// that becomes one with https:// in front, see CleanLocation).
func CheckLocation(kind EvidenceKind, loc string) error {
	_, err := CleanLocation(kind, loc)
	return err
}

// CleanLocation checks an evidence location as CheckLocation does and
// returns it as it should be stored: without surrounding spaces, and for a
// web link typed without its scheme ("www.nhs.uk/dspt") with https:// in
// front when that makes it a valid address.
func CleanLocation(kind EvidenceKind, loc string) (string, error) {
	s := strings.TrimSpace(loc)
	if s == "" {
		return "", Errorf(EInvalid, "Say where the evidence is kept.")
	}
	if kind == EvidenceLink {
		s = withScheme(s)
		if WebLink(s) == nil {
			return "", Errorf(EInvalid, "A web link is an address such as https://www.example.org/policy (it starts with https:// or http://).")
		}
	}
	return s, CheckText("The evidence location", s, MaxShortText)
}

// withScheme puts https:// in front of an address typed without a scheme,
// such as "www.nhs.uk/dspt", when the result names a host with a dot in it
// (so that words are not turned into links); anything else is returned as
// it is.
func withScheme(s string) string {
	if strings.Contains(s, "://") || WebLink(s) != nil || hasScheme(s) {
		return s
	}
	u := WebLink("https://" + s)
	if u == nil || u.User != nil || !strings.Contains(u.Hostname(), ".") || strings.ContainsAny(s, " \t") {
		return s
	}
	return "https://" + s
}

// hasScheme reports whether s starts with a scheme such as "mailto:" (a
// colon before any slash or dot), so that https:// is not put in front.
func hasScheme(s string) bool {
	i := strings.IndexAny(s, ":/.")
	return i > 0 && s[i] == ':'
}
