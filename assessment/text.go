package assessment

import (
	"fmt"
	"net/url"
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
// CheckText accepts, and for a web link an http or https address.
func CheckLocation(kind EvidenceKind, loc string) error {
	s := strings.TrimSpace(loc)
	if s == "" {
		return Errorf(EInvalid, "Say where the evidence is kept.")
	}
	if kind == EvidenceLink {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Errorf(EInvalid, "A web link starts with https:// or http://.")
		}
	}
	return CheckText("The evidence location", loc, MaxShortText)
}
