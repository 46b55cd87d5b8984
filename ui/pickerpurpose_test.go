package ui

import (
	"go/ast"
	"testing"
)

// Every file dialog remembers its own folder, so every fileChoice the
// window builds names its purpose (the helpers' dialogs for spreadsheets,
// editions, the problems list and a moved evidence file once had none).
func TestEveryFileDialogNamesItsPurpose(t *testing.T) {
	fset, sources := parseSources(t)
	found := 0
	for _, f := range sources {
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok || !isIdent(lit.Type, "fileChoice") {
				return true
			}
			found++
			if !hasKey(lit, "purpose") {
				t.Errorf("%s: a file dialog without a purpose opens in Documents every time", fset.Position(lit.Pos()))
			}
			return true
		})
	}
	if found < 8 {
		t.Fatalf("found only %d file dialogs", found)
	}
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

func hasKey(lit *ast.CompositeLit, key string) bool {
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok && isIdent(kv.Key, key) {
			return true
		}
	}
	return false
}
