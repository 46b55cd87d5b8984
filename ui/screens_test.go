package ui

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// TestScreensAreBuiltWhenFirstShown: opening the window builds only the
// screen on show; another is built the first time it is wanted, once.
func TestScreensAreBuiltWhenFirstShown(t *testing.T) {
	td := newTestDesk(t, nil)
	if built := slices.Sorted(maps.Keys(td.screens)); !slices.Equal(built, []string{screenQuestion}) {
		t.Errorf("opening the window built %v", built)
	}
	if !td.hasScreen(screenActions) || td.hasScreen("no such screen") || td.screen("no such screen") != nil {
		t.Error("hasScreen or screen is wrong about which screens there are")
	}
	td.show(screenActions)
	first := td.screen(screenActions)
	td.show(screenProfile)
	td.show(screenActions)
	if td.screen(screenActions) != first || td.screens[screenActions] != first {
		t.Error("the actions screen was built again")
	}
}

// TestRebuiltWindowShowsItsNewScreens: after the window is built again (an
// import, another year), each screen shown is the new one, not the page of
// the screen it replaced.
func TestRebuiltWindowShowsItsNewScreens(t *testing.T) {
	td := newTestDesk(t, nil)
	td.show(screenYears)
	td.reloadAll()
	td.settle()
	page := td.body.Objects[0]
	if got, want := page, td.page(screenYears); got != want {
		t.Fatal("the body does not hold the Years page")
	}
	if !contains(page, td.screen(screenYears).content()) {
		t.Error("after rebuilding, the Years page still holds the old Years screen")
	}
}

// contains reports whether o is inside root, or is root.
func contains(root, o fyne.CanvasObject) bool {
	found := false
	walk(root, func(x fyne.CanvasObject) { found = found || x == o })
	return found
}

// TestLastYearsYearTablesAreEnoughForTheFigures: the window reads only the
// tables of last year's registers that stay with their year, and works out
// the same findings as from all of them.
func TestLastYearsYearTablesAreEnoughForTheFigures(t *testing.T) {
	td := newDemoDesk(t)
	if td.previous == nil || len(td.previous.registers.Of("incidents")) == 0 {
		t.Fatal("the sample has no last year's breaches to test with")
	}
	if n := len(td.previous.registers.Of("staff")); n != 0 {
		t.Errorf("last year's %d staff were read; they are carried into this year", n)
	}
	list, _ := td.store.Assessments(t.Context())
	full, err := td.store.Registers(t.Context(), list[len(list)-2].ID)
	if err != nil {
		t.Fatal(err)
	}
	c := td.registerContext()
	c.LastYear = full
	if want := register.Findings(c); !reflect.DeepEqual(td.findings, want) {
		t.Errorf("findings from last year's year tables differ from those from all of it:\n%v\n%v", td.findings, want)
	}
}

// TestAnEvidenceCheckThatFindsNothingNewRedrawsNothing: the check made as
// the window opens works the state out again only when a condition
// changed, so a file with no evidence is not redrawn straight away.
func TestAnEvidenceCheckThatFindsNothingNewRedrawsNothing(t *testing.T) {
	td := newTestDesk(t, nil)
	before := td.status
	td.checkEvidence()
	td.settle()
	if td.status != before {
		t.Error("the state was worked out again though no evidence changed")
	}
}
