package report

import (
	"io"
	"testing"
)

// BenchmarkDemo renders a demo-sized assessment: two thirds answered, 27
// evidence locations, 6 actions.
func BenchmarkDemo(b *testing.B) { benchRender(b, rosewood(b)) }

// BenchmarkLarge renders every item answered at 2,000 characters, with 300
// evidence locations and 100 actions.
func BenchmarkLarge(b *testing.B) { benchRender(b, large(b)) }

func benchRender(b *testing.B, in Input) {
	r, err := newRenderer(in)
	if err != nil {
		b.Fatal(err)
	}
	r.render()
	pages := r.pdf.PageCount()
	for b.Loop() {
		if err := Write(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pages), "pages")
}
