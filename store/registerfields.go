package store

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// decodeFields reads a register row's fields as the store writes them
// (json.Marshal of the values). Most rows hold no character JSON escapes,
// so they are read directly, which makes opening a file of thousands of
// rows about twice as quick; any other text goes through encoding/json.
func decodeFields(s string) (register.Values, error) {
	if v, ok := plainFields(s); ok {
		return v, nil
	}
	var v register.Values
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

// plainFields reads {"key":"value",...} with no spaces, no backslash
// escapes and no control characters, in UTF-8, as json.Marshal writes a
// map of strings; ok is false for anything else.
func plainFields(s string) (register.Values, bool) {
	if len(s) < 2 || s[0] != '{' || s[len(s)-1] != '}' || !plainText(s) {
		return nil, false
	}
	v := register.Values{}
	rest := s[1 : len(s)-1]
	for rest != "" {
		key, after, ok := quoted(rest)
		if !ok || after == "" || after[0] != ':' {
			return nil, false
		}
		value, after, ok := quoted(after[1:])
		if !ok {
			return nil, false
		}
		v[key] = value
		if after == "" {
			break
		}
		if after[0] != ',' || len(after) == 1 {
			return nil, false
		}
		rest = after[1:]
	}
	return v, true
}

// plainText reports whether s is UTF-8 with no backslash and no control
// character, so that its strings mean what they say without decoding.
func plainText(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '\\' {
			return false
		}
	}
	return utf8.ValidString(s)
}

// quoted reads a string in quotes at the start of s (with no escapes) and
// returns it and what follows.
func quoted(s string) (text, rest string, ok bool) {
	if s == "" || s[0] != '"' {
		return "", "", false
	}
	end := strings.IndexByte(s[1:], '"')
	if end < 0 {
		return "", "", false
	}
	return s[1 : 1+end], s[2+end:], true
}
