package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestGuidanceSaysWhetherAnActionPlanIsStillOpen(t *testing.T) {
	fresh := newTestDesk(t, nil)
	fresh.goTo("3.2.1")
	if got := fresh.questions.guide.text.String(); !strings.Contains(got, "can publish once at Approaching Standards") {
		t.Errorf("never published: guidance lacks the one Approaching Standards publication: %s", got)
	}
	fresh.goTo("1.1.1")
	if got := fresh.questions.guide.text.String(); strings.Contains(got, "If it is not done when you publish") {
		t.Errorf("an Approaching Standards question should not offer an action plan: %s", got)
	}

	td := newTestDeskWith(t, lastYearOnly(t), nil)
	td.show(screenYears)
	test.Tap(td.screen(screenYears).(*yearsScreen).next)
	confirmDialog(t, td, "Start")
	td.goTo("3.2.1")
	got := td.questions.guide.text.String()
	if !strings.Contains(got, "published at Approaching Standards on") || strings.Contains(got, "can publish once") {
		t.Errorf("after an Approaching Standards publication the guidance should say there is no action plan: %s", got)
	}
}
