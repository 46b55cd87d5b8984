package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Why this file exists (Fyne 2.7.1 and 2.8.1, widget/entry.go):
//
// Fyne's Entry keeps its cursor as a (row, column) pair of the wrapped text,
// not as a position in the text. With TextWrapWord, a space typed at the end
// of a line that is exactly full is "swallowed" by the wrap: the row ends
// before the space and, when the space is the last thing typed, no row starts
// after it. The position just after that space then has no (row, column) of
// its own: TypedRune works out row 1, column N, and the next Refresh of the
// entry (entryRenderer.Refresh -> updateCursorAndSelection ->
// truncatePosition) clamps it to the end of row 0, that is to just BEFORE the
// space. The next letter is then inserted before the space, so "keeps a job"
// is saved as "keepsa job " - the space has moved to the end of the text. It
// happens at about a quarter of widths, for any paragraph.
//
// The fix is a small override here rather than a `replace` of Fyne: after
// each insertion we know the text position the cursor must be at, and when
// Fyne's cursor says otherwise we set a (row, column) that Fyne reads back as
// that position (the last row that starts at or before it, and a column past
// that row's end, which textPosFromRowCol and the cursor drawing both accept).
// Because a later Refresh may clamp it again, we also remember where the
// cursor should be and put it back before the next insertion, as long as the
// text and the clamped cursor are untouched (so a click or an arrow key still
// moves the cursor as usual). The same position cannot be reached with the
// Right arrow, End, Down or a click after the last word either, so after
// those the cursor is put at the end of the text when only the wrapped
// spaces are left after it. This uses only Fyne's exported cursor fields,
// so it keeps working if Fyne fixes the bug: the check then never differs.

// cursorFix remembers a cursor position Fyne could not keep.
type cursorFix struct {
	text           string // the text when the position was set
	row, col       int    // where Fyne clamped the cursor to
	setRow, setCol int    // what we set instead
}

// TypedRune types one character, keeping the cursor just after it.
func (e *autosaveEntry) TypedRune(r rune) {
	e.insertKeepingCursor(string(r), func() { e.Entry.TypedRune(r) })
}

// TypedKey moves the cursor as Fyne does, then lets it reach the end of the
// text past spaces hidden by the wrap.
func (e *autosaveEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.cancel != nil {
		e.cancel()
		return
	}
	e.fix = nil
	before := e.CursorTextOffset()
	e.Entry.TypedKey(k)
	if e.SelectedText() != "" {
		return
	}
	switch k.Name {
	case fyne.KeyRight:
		if at := e.CursorTextOffset(); at == before && at < len([]rune(e.Text)) {
			e.placeCursor(at + 1)
		}
	case fyne.KeyEnd, fyne.KeyDown, fyne.KeyPageDown:
		e.toTextEnd()
	}
}

// MouseDown forgets any cursor position kept from typing: the click moves it.
func (e *autosaveEntry) MouseDown(m *desktop.MouseEvent) {
	e.fix = nil
	e.Entry.MouseDown(m)
}

// MouseUp places the cursor as Fyne does; a click after the last word puts
// it at the end of the text.
func (e *autosaveEntry) MouseUp(m *desktop.MouseEvent) {
	e.Entry.MouseUp(m)
	if e.SelectedText() == "" {
		e.toTextEnd()
	}
}

// toTextEnd moves the cursor to the end of the text when it is on the last
// row and only spaces (hidden by the wrap) come after it.
func (e *autosaveEntry) toTextEnd() {
	text := []rune(e.Text)
	at := e.CursorTextOffset()
	if at >= len(text) || strings.Trim(string(text[at:]), " \t") != "" || e.rowBegin(e.CursorRow+1) > 0 {
		return
	}
	e.placeCursor(len(text))
}

// TypedShortcut handles shortcuts; a paste keeps the cursor just after the
// pasted text, for the same reason as TypedRune.
func (e *autosaveEntry) TypedShortcut(s fyne.Shortcut) {
	paste, ok := s.(*fyne.ShortcutPaste)
	if !ok || paste.Clipboard == nil {
		e.Entry.TypedShortcut(s)
		return
	}
	text := paste.Clipboard.Content()
	if !e.MultiLine {
		text = strings.ReplaceAll(text, "\n", " ") // as Fyne pastes into one line
	}
	e.insertKeepingCursor(text, func() { e.Entry.TypedShortcut(s) })
}

// insertKeepingCursor runs insert (which types ins over any selection) and
// then makes sure the cursor is just after the inserted text.
func (e *autosaveEntry) insertKeepingCursor(ins string, insert func()) {
	if e.Disabled() {
		return
	}
	e.restoreCursor()
	before, cursor, selected := []rune(e.Text), e.CursorTextOffset(), []rune(e.SelectedText())
	insert()
	after := []rune(e.Text)
	wants := insertionEnds(before, after, []rune(ins), selected, cursor)
	got := e.CursorTextOffset()
	if len(wants) == 0 || containsInt(wants, got) {
		e.fix = nil
		return
	}
	e.placeCursor(wants[0])
}

// insertionEnds lists the text positions just after ins, for each place ins
// could have been typed over selected (the cursor is at one end of the
// selection) so that before became after.
func insertionEnds(before, after, ins, selected []rune, cursor int) []int {
	k := len(selected)
	var ends []int
	for _, p := range []int{cursor - k, cursor} {
		if p < 0 || p+k > len(before) || (k == 0 && len(ends) > 0) {
			continue
		}
		if string(before[p:p+k]) != string(selected) {
			continue
		}
		want := string(before[:p]) + string(ins) + string(before[p+k:])
		if want == string(after) {
			ends = append(ends, p+len(ins))
		}
	}
	return ends
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// placeCursor sets the cursor to text position offset, using the last row
// that starts at or before it.
func (e *autosaveEntry) placeCursor(offset int) {
	clampedRow, clampedCol := e.CursorRow, e.CursorColumn
	row := 0
	for next := 1; ; next++ {
		begin := e.rowBegin(next)
		if begin <= 0 || begin > offset {
			break
		}
		row = next
	}
	col := offset - e.rowBegin(row)
	e.CursorRow, e.CursorColumn = row, col
	e.fix = &cursorFix{text: e.Text, row: clampedRow, col: clampedCol, setRow: row, setCol: col}
}

// rowBegin is the text position where wrapped row starts (0 when there is no
// such row), read through Fyne's own conversion.
func (e *autosaveEntry) rowBegin(row int) int {
	r, c := e.CursorRow, e.CursorColumn
	e.CursorRow, e.CursorColumn = row, 0
	begin := e.CursorTextOffset()
	e.CursorRow, e.CursorColumn = r, c
	return begin
}

// restoreCursor puts back a cursor position Fyne clamped since the last
// insertion, if nothing else has moved the cursor or changed the text.
func (e *autosaveEntry) restoreCursor() {
	f := e.fix
	e.fix = nil
	if f == nil || f.text != e.Text || e.SelectedText() != "" {
		return
	}
	at := func(r, c int) bool { return e.CursorRow == r && e.CursorColumn == c }
	if at(f.row, f.col) || at(f.setRow, f.setCol) {
		e.CursorRow, e.CursorColumn = f.setRow, f.setCol
	}
}
