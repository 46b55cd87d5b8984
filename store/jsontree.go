package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
)

// The import reads a file into a tree of nodes that remember where in the
// file each value starts, so that every problem can be reported with its
// line, and so that one wrong type does not hide the problems after it.

type nodeKind int

const (
	kindObject nodeKind = iota
	kindArray
	kindString
	kindNumber
	kindBool
	kindNull
)

// String names the kind as the import's messages do.
func (k nodeKind) String() string {
	return [...]string{"an object { }", "a list [ ]", "text in quotes", "a number", "true or false", "null"}[k]
}

// node is one JSON value and the byte offset where it starts.
type node struct {
	kind   nodeKind
	off    int
	str    string // a string's value, or a number as written
	b      bool
	keys   []string         // an object's keys, in order
	fields map[string]*node // an object's values
	dups   []dupKey         // keys that appear more than once
	items  []*node          // a list's values
}

type dupKey struct {
	key string
	off int
}

// maxDepth limits nesting: the format needs five levels.
const maxDepth = 32

type treeParser struct {
	dec   *json.Decoder
	data  []byte
	depth int
}

// syntaxError is a file that is not valid JSON, at a byte offset.
type syntaxError struct {
	off int
	msg string
}

func (e *syntaxError) Error() string { return e.msg }

// parseTree reads exactly one JSON value from data.
func parseTree(data []byte) (*node, error) {
	p := &treeParser{dec: json.NewDecoder(bytes.NewReader(data)), data: data}
	p.dec.UseNumber()
	root, err := p.value()
	if err != nil {
		return nil, p.syntax(err)
	}
	off := p.next()
	if _, err := p.dec.Token(); err != io.EOF {
		return nil, &syntaxError{off, "there is more after the end of the data; the file should hold one JSON object"}
	}
	return root, nil
}

// syntax turns a decoder error into a syntaxError with an offset.
func (p *treeParser) syntax(err error) error {
	var se *json.SyntaxError
	var own *syntaxError
	switch {
	case errors.As(err, &own):
		return own
	case errors.As(err, &se):
		return &syntaxError{int(se.Offset), "this is not valid JSON: " + se.Error()}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &syntaxError{len(p.data), "the file ends too early: it looks cut short"}
	}
	return &syntaxError{int(p.dec.InputOffset()), "this is not valid JSON: " + err.Error()}
}

// next returns the offset where the next token starts.
func (p *treeParser) next() int {
	off := int(p.dec.InputOffset())
	for off < len(p.data) && bytes.IndexByte([]byte(" \t\r\n,:"), p.data[off]) >= 0 {
		off++
	}
	return off
}

func (p *treeParser) value() (*node, error) {
	off := p.next()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		return p.container(t, off)
	case string:
		return &node{kind: kindString, off: off, str: t}, nil
	case json.Number:
		return &node{kind: kindNumber, off: off, str: t.String()}, nil
	case bool:
		return &node{kind: kindBool, off: off, b: t}, nil
	case nil:
		return &node{kind: kindNull, off: off}, nil
	}
	return nil, fmt.Errorf("unexpected %v", tok)
}

func (p *treeParser) container(d json.Delim, off int) (*node, error) {
	if p.depth++; p.depth > maxDepth {
		return nil, &syntaxError{off, fmt.Sprintf("the data is nested more than %d levels deep", maxDepth)}
	}
	defer func() { p.depth-- }()
	var n *node
	var err error
	if d == '{' {
		n, err = p.object(off)
	} else {
		n, err = p.array(off)
	}
	if err != nil {
		return nil, err
	}
	_, err = p.dec.Token() // the closing } or ]
	return n, err
}

func (p *treeParser) object(off int) (*node, error) {
	n := &node{kind: kindObject, off: off, fields: map[string]*node{}}
	for p.dec.More() {
		koff := p.next()
		tok, err := p.dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		if _, dup := n.fields[key]; dup {
			n.dups = append(n.dups, dupKey{key, koff})
			continue
		}
		n.keys = append(n.keys, key)
		n.fields[key] = v
	}
	return n, nil
}

func (p *treeParser) array(off int) (*node, error) {
	n := &node{kind: kindArray, off: off}
	for p.dec.More() {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		n.items = append(n.items, v)
	}
	return n, nil
}

// lineIndex turns byte offsets into line numbers.
type lineIndex []int // the offset where each line starts

func newLineIndex(data []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range data {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// line returns the 1-based line of the offset.
func (l lineIndex) line(off int) int {
	return sort.Search(len(l), func(i int) bool { return l[i] > off })
}
