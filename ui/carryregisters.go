package ui

import (
	"fmt"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// carriedRegisters tells the manager which register rows came into the
// new year (the book is the new year's, just carried), and that breaches
// and spot checks stay with the year before; "" when nothing was carried.
func carriedRegisters(book register.Book, from string) string {
	var parts, stay []string
	for _, s := range register.Tables() {
		if !s.Carry {
			stay = append(stay, strings.ToLower(s.Title))
			continue
		}
		if n := len(book.Of(s.Name)); n > 0 {
			parts = append(parts, fmt.Sprintf("%s (%s)", strings.ToLower(s.Title), assessment.Count(n, s.One, s.Many)))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf("\n\nRegisters carried: %s. %s stay with %s, where this year's figures still read them.",
		strings.Join(parts, "; "), capitalise(strings.Join(stay, " and ")), from)
}

// capitalise puts the first letter of s in capitals.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
