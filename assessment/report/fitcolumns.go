package report

import (
	"sort"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// Limits on a fitted column, in millimetres.
const (
	minColumnW = 14.0 // no column narrower, so a date or "Yes" fits
	maxColumnW = 70.0 // no column wants more than this before wrapping
	// wholeColumnW is the widest text kept on one line when there is room.
	wholeColumnW = 40.0
)

// fitColumns shares the page's width among a table's columns: each gets at
// least room for its longest word (and its title's), and what is left goes
// to the columns whose text is longer, so short columns (dates, yes or no)
// stay on one line and long text wraps.
func (r *renderer) fitColumns(fields []register.Field, texts [][]string) []column {
	least, want := make([]float64, len(fields)), make([]float64, len(fields))
	for j, f := range fields {
		// The title wraps onto two or three lines at most.
		least[j] = max(minColumnW, r.longestWord(f.Label, headText), min(maxColumnW/2, r.textWidth(f.Label, headText)/2.5)) + 2*cellPadX
		want[j] = least[j]
		for _, row := range texts {
			want[j] = max(want[j], min(maxColumnW, r.textWidth(row[j], cellText)+2*cellPadX))
			least[j] = max(least[j], min(maxColumnW/2, r.longestWord(row[j], cellText)+2*cellPadX))
		}
	}
	keepWhole(least, want, contentW)
	widths := share(least, want, contentW)
	cols := make([]column, len(fields))
	for j, f := range fields {
		cols[j] = column{f.Label, widths[j], "L"}
	}
	return cols
}

// share gives each column its least width and divides what is left of
// total in proportion to how much more each wants; when every column has
// all it wants, the rest is shared in proportion to the wants. When even
// the least widths do not fit, they are scaled down to fit.
func share(least, want []float64, total float64) []float64 {
	sumLeast, sumWant := 0.0, 0.0
	for j := range least {
		sumLeast += least[j]
		sumWant += want[j]
	}
	out := make([]float64, len(least))
	for j := range least {
		switch {
		case sumLeast >= total:
			out[j] = least[j] * total / sumLeast
		case sumWant <= total:
			out[j] = want[j] * total / sumWant
		default:
			out[j] = least[j] + (want[j]-least[j])*(total-sumLeast)/(sumWant-sumLeast)
		}
	}
	return out
}

// keepWhole lets short columns (names, dates, owners: those that want
// up to wholeColumnW) keep their text on one line, the shortest first, as
// long as every column still gets its least width.
func keepWhole(least, want []float64, total float64) {
	order := make([]int, len(want))
	sum := 0.0
	for j := range want {
		order[j] = j
		sum += least[j]
	}
	sort.SliceStable(order, func(a, b int) bool { return want[order[a]] < want[order[b]] })
	for _, j := range order {
		if want[j] > wholeColumnW || sum+want[j]-least[j] > total {
			return
		}
		sum += want[j] - least[j]
		least[j] = want[j]
	}
}

// longestWord measures the widest word of s in st, in millimetres.
func (r *renderer) longestWord(s string, st style) float64 {
	w := 0.0
	for _, word := range strings.Fields(s) {
		w = max(w, r.textWidth(word, st))
	}
	return w
}
