package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// Every small dialog answers Enter and Escape through withKeys (or confirm,
// which uses it). Dialogs were added on several branches at once, so this
// checks the source: a function that makes a dialog with buttons must also
// call withKeys. Only progress dialogs (a bar, no buttons) need no keys.
func TestEveryDialogIsShownWithKeys(t *testing.T) {
	fset, sources := parseSources(t)
	for _, f := range sources {
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			if pos, needs := makesDialog(fn.Body); needs && !calls(fn.Body, "withKeys") {
				t.Errorf("%s: %s makes a dialog that does not answer Enter and Escape (use withKeys or confirm)", fset.Position(pos), fn.Name.Name)
			}
		}
	}
}

// makesDialog finds a Fyne dialog made in body, other than a progress one.
func makesDialog(body *ast.BlockStmt) (token.Pos, bool) {
	var at token.Pos
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || at.IsValid() {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || !isIdent(sel.X, "dialog") || !strings.HasPrefix(sel.Sel.Name, "New") && !strings.HasPrefix(sel.Sel.Name, "Show") {
			return true
		}
		if strings.Contains(sel.Sel.Name, "File") || strings.Contains(sel.Sel.Name, "Folder") || isProgress(call) {
			return true // the file dialogs are Fyne's own; a progress dialog has no buttons
		}
		at = call.Pos()
		return true
	})
	return at, at.IsValid()
}

// isProgress reports whether a dialog shows a progress bar.
func isProgress(call *ast.CallExpr) bool {
	found := false
	for _, arg := range call.Args {
		ast.Inspect(arg, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && strings.HasPrefix(sel.Sel.Name, "NewProgressBar") {
				found = true
			}
			return true
		})
	}
	return found
}

// calls reports whether body calls the function name.
func calls(body *ast.BlockStmt, name string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && isIdent(call.Fun, name) {
			found = true
		}
		return true
	})
	return found
}

// parseSources parses the package's own source files, without the tests,
// for the tests that check a rule across every file.
func parseSources(t *testing.T) (*token.FileSet, []*ast.File) {
	t.Helper()
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	var out []*ast.File
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, f)
	}
	return fset, out
}
