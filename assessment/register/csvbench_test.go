package register

import (
	"bytes"
	"fmt"
	"testing"
)

// A file at the line limit is read and checked in the background of the
// window after every change of match; this says how long that takes.
func BenchmarkReadAndApplyAFileAtTheLineLimit(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("Name,Role,Type,Start date,Leaving date,Contract has the data security clause\r\n")
	for i := range MaxCSVLines {
		fmt.Fprintf(&buf, "Person %d,Carer,Employee,%02d/01/2025,,Yes\r\n", i, i%28+1)
	}
	data := buf.Bytes()
	b.ResetTimer()
	for b.Loop() {
		f, err := ReadCSV(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if in := Apply(Staff, f.Lines, AutoMap(Staff, f.Headings), nil); len(in.Rows) != MaxCSVLines {
			b.Fatalf("%d rows", len(in.Rows))
		}
	}
}
