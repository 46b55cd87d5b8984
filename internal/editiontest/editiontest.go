// Package editiontest makes toolkit edition files for tests: the built-in
// 2025-26 file, relabelled as another toolkit year.
package editiontest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dsptdesk/dsptdesk/assets"
)

// File returns the built-in 2025-26 edition file as edition id (such as
// "2027-28") at the given revision, live from 1 September of its first year
// and due on 30 June of its second.
func File(id string, revision int) []byte {
	data, err := assets.Editions.ReadFile("editions/2025-26.toml")
	if err != nil {
		panic(err) // embedded at build time
	}
	year, err := strconv.Atoi(id[:4])
	if err != nil {
		panic(fmt.Sprintf("editiontest: %q is not a toolkit year", id))
	}
	return []byte(strings.NewReplacer(
		`edition = "2025-26"`, fmt.Sprintf("edition = %q\nrevision = %d", id, revision),
		`live_from = "2025-09-01"`, fmt.Sprintf(`live_from = "%d-09-01"`, year),
		`deadline = "2026-06-30"`, fmt.Sprintf(`deadline = "%d-06-30"`, year+1),
	).Replace(string(data)))
}
