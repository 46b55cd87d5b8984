package assessment

import "fmt"

// Count writes a number with the right noun: "1 answer", "3 answers".
func Count(n int, one, many string) string { return fmt.Sprintf("%d %s", n, Pick(n, one, many)) }

// Pick chooses the singular or plural wording for n things.
func Pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
