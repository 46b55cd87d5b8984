package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

func TestClosingTheWindowSavesTypingEverywhereThenFreesTheFile(t *testing.T) {
	td := newTestDesk(t, nil)
	td.start() // the welcome form
	var ico *autosaveEntry
	walk(td.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*autosaveEntry); ok && e.PlaceHolder == "Such as ZA123456" {
			ico = e
		}
	})
	if ico == nil {
		t.Fatal("no ICO box in the welcome")
	}
	d := td.goTo("1.1.5")
	test.Type(d.text, "Our owner chairs a data security meeting each quarter.")
	test.Type(ico, "ZA123456")
	// No pause: the window is closed straight after the last key.
	td.closeWindow()
	td.settle()

	st := td.reopen()
	p, err := st.Profile(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if p.ICONumber != "ZA123456" {
		t.Errorf("the ICO number typed in the welcome was lost: %q", p.ICONumber)
	}
	if got := td.currentOnDisk(st).Answers["1.1.5"].Value; got != "Our owner chairs a data security meeting each quarter." {
		t.Errorf("the answer typed before closing was lost: %q", got)
	}
}

func TestAFailedSaveWhileClosingKeepsTheWindowOpen(t *testing.T) {
	td := newTestDesk(t, func(s Store) Store { return failingStore{s} })
	d := td.goTo("1.1.5")
	test.Type(d.text, "Typed just before closing")
	td.closeWindow()
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "disk is full") {
		t.Errorf("the failure should be on show; the dialog says %q", got)
	}
	if d.text.Text != "Typed just before closing" {
		t.Errorf("the typing on screen was lost: %q", d.text.Text)
	}
	if _, err := td.store.Assessments(context.Background()); err != nil {
		t.Errorf("the window closed its file although a save had failed: %v", err)
	}
	if td.closing {
		t.Error("after the failure the manager should be able to close again")
	}
}

func TestReachableLevelInTheTopBarFollowsTheAnswers(t *testing.T) {
	td := newTestDeskWith(t, func(st *store.Store) {
		ctx := context.Background()
		cur, err := st.Current(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ed := testBank(t).Latest()
		for _, it := range ed.Items {
			a := assessment.Answer{Ref: it.Ref, UpdatedAt: testNow}
			switch it.Answer {
			case assessment.Tick:
				a.Value = assessment.TickConfirmed
			case assessment.Text:
				a.Value = "Done"
			}
			if it.Ref == "1.1.5" {
				continue
			}
			if err := st.SaveAnswer(ctx, cur.ID, a); err != nil {
				t.Fatal(err)
			}
			if it.Answer == assessment.Document {
				if _, err := st.AddEvidence(ctx, cur.ID, assessment.Evidence{Ref: it.Ref, Kind: assessment.EvidencePaper, Location: "Blue folder, office"}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}, nil)
	if got := td.top.level.Text; strings.Contains(got, "Standards Met") {
		t.Fatalf("with one question left the top bar says %q", got)
	}
	d := td.goTo("1.1.5")
	test.Type(d.text, "The owner leads it.")
	d.flush()
	td.settle()
	if got := td.top.level.Text; !strings.Contains(got, "Standards Met") {
		t.Errorf("with every question answered the top bar says %q", got)
	}
}

func TestPreviousAndNextButtonsMoveThroughTheGroup(t *testing.T) {
	td := newTestDesk(t, nil)
	items := td.edition.Groups[0].Items
	d := td.goTo(items[0].Ref)
	if !d.prev.Disabled() {
		t.Error("Previous should be off at the first question")
	}
	test.Tap(d.next)
	if td.questions.item.Ref != items[1].Ref {
		t.Errorf("Next went to %s, want %s", td.questions.item.Ref, items[1].Ref)
	}
	test.Tap(d.prev)
	if td.questions.item.Ref != items[0].Ref {
		t.Errorf("Previous went to %s, want %s", td.questions.item.Ref, items[0].Ref)
	}
}
