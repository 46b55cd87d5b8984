package report

import (
	"strings"
	"unicode/utf8"
)

// measurer knows the advance widths of one font face, in thousandths of the
// font size, exactly as gofpdf counts them. It asks gofpdf once per
// character, while that face is the current font.
type measurer struct {
	ascii [128]int
	other map[rune]int
	ask   func(string) int // gofpdf's width of a string in the current font
}

func newMeasurer(ask func(string) int) *measurer {
	m := &measurer{other: map[rune]int{}, ask: ask}
	for r := range m.ascii {
		m.ascii[r] = -1
	}
	return m
}

func (m *measurer) rune(r rune) int {
	if r < 128 {
		if m.ascii[r] < 0 {
			m.ascii[r] = m.ask(string(r))
		}
		return m.ascii[r]
	}
	w, ok := m.other[r]
	if !ok {
		w = m.ask(string(r))
		m.other[r] = w
	}
	return w
}

func (m *measurer) width(s string) int {
	n := 0
	for _, r := range s {
		n += m.rune(r)
	}
	return n
}

// wrapText splits cleaned text into lines no wider than limit (in the
// measurer's units). A newline starts a new line; a blank line stays blank.
// Words break at spaces; a word longer than a line breaks inside, after a
// slash, backslash, hyphen or similar where possible, so paths and web
// addresses stay readable. Only the spaces at a wrap point are left out.
func (m *measurer) wrapText(s string, limit int) []string {
	var out []string
	for _, p := range strings.Split(s, "\n") {
		out = m.wrapPara(p, limit, out)
	}
	return out
}

func (m *measurer) wrapPara(p string, limit int, out []string) []string {
	space := m.rune(' ')
	has, start, end, w := false, 0, 0, 0
	for i := 0; ; {
		j := strings.IndexByte(p[i:], ' ')
		if j < 0 {
			j = len(p)
		} else {
			j += i
		}
		ww := m.width(p[i:j])
		if has && w+space+ww <= limit {
			end, w = j, w+space+ww
		} else {
			if has {
				out = append(out, p[start:end])
			}
			k := i
			out, i, ww = m.breakLong(p, i, j, ww, limit, out)
			has, start, end, w = i < j || i == k, i, j, ww
		}
		if j == len(p) {
			break
		}
		i = j + 1
	}
	if has {
		out = append(out, p[start:end])
	}
	return out
}

// breakLong emits whole lines from the word p[i:j] while it is wider than
// limit, and returns where the rest of the word starts and its width.
func (m *measurer) breakLong(p string, i, j, ww, limit int, out []string) ([]string, int, int) {
	for ww > limit {
		n := m.fit(p[i:j], limit)
		out = append(out, p[i:i+n])
		i += n
		ww = m.width(p[i:j])
	}
	return out, i, ww
}

// fit returns how many bytes of word fit within limit: at least one
// character, and ending after a separator when one falls in the second half.
func (m *measurer) fit(word string, limit int) int {
	w, cut, sep := 0, 0, 0
	for k, r := range word {
		w += m.rune(r)
		if w > limit && cut > 0 {
			break
		}
		cut = k + utf8.RuneLen(r)
		if strings.ContainsRune(`/\-_.,;:?&=+)]}`, r) {
			sep = cut
		}
	}
	if sep > cut/2 && sep < len(word) {
		return sep
	}
	return cut
}
