package report

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestTablesNeverEndAPage starts small tables at every height on a page and
// checks that no page ends with a table header or its caption, that the
// last row is never alone on a page, and that no row is lost.
func TestTablesNeverEndAPage(t *testing.T) {
	in := rosewood(t)
	r, err := newRenderer(in)
	if err != nil {
		t.Fatal(err)
	}
	r.cover()
	want := 0
	for y := bodyTop; y < bodyBottom; y += 3 {
		for n := 1; n <= 3; n++ {
			r.newPage()
			r.y = y
			rows := make([][]cell, n)
			for i := range rows {
				rows[i] = []cell{r.lay(10, para{"X", cellBold}), r.lay(60, para{fmt.Sprintf("Row %d of %d", i+1, n), cellText}),
					r.lay(80, para{strings.Repeat("Words that wrap over a few lines. ", 1+i), cellText})}
			}
			r.table("Sample table", missingCols, rows)
			want += n
		}
	}
	r.finish()
	path := filepath.Join(t.TempDir(), "tables.pdf")
	if err := r.pdf.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	got := 0
	for i, p := range pages(t, path, "-layout") {
		body := pageBody(in, p, i == 0)
		text := strings.Join(body, "\n")
		got += strings.Count(text, "Row ")
		for n := 2; n <= 3; n++ {
			last, before := fmt.Sprintf("Row %d of %d", n, n), fmt.Sprintf("Row %d of %d", n-1, n)
			if strings.Count(text, last) > strings.Count(text, before) {
				t.Errorf("page %d: %q is alone, without %q", i+1, last, before)
			}
		}
		for j := len(body) - 1; j >= 0; j-- {
			if l := strings.TrimSpace(body[j]); l != "" {
				if tableHead.MatchString(l) || strings.HasPrefix(l, "Sample table") {
					t.Errorf("page %d ends with %q", i+1, l)
				}
				break
			}
		}
	}
	if got != want {
		t.Errorf("%d rows printed, want %d", got, want)
	}
}
