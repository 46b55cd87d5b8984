package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// topBar shows who and what this is, the level reachable now, progress,
// the days to the deadline, a way to what is missing, and whether the
// latest change is saved.
type topBar struct {
	d         *Desk
	content   fyne.CanvasObject
	org       *widget.Label
	edition   *widget.Label
	level     *widget.Label
	progress  *widget.Label
	missing   *widget.Button
	reviews   *widget.Button
	saved     *widget.Label
	savedIco  *widget.Icon
	banner    *widget.Label
	bannerRow *fyne.Container
	startNext *widget.Button // to the Years screen, when the year shown has closed
	writes    int
	failed    bool
}

func newTopBar(d *Desk) *topBar {
	t := &topBar{d: d,
		org:      widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		edition:  widget.NewLabel(""),
		level:    widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		progress: widget.NewLabel(""),
		saved:    widget.NewLabel(""),
		savedIco: widget.NewIcon(nil),
		banner:   widget.NewLabel(""),
	}
	t.org.SizeName = theme.SizeNameSubHeadingText
	t.org.Truncation = fyne.TextTruncateEllipsis
	t.banner.Wrapping = fyne.TextWrapWord
	t.banner.TextStyle = fyne.TextStyle{Bold: true}
	t.startNext = widget.NewButtonWithIcon("Start the new year…", theme.MediaSkipNextIcon(), func() { d.show(screenYears) })
	t.bannerRow = border(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.InfoIcon())), container.NewCenter(t.startNext), t.banner)
	t.missing = widget.NewButtonWithIcon("What's missing", theme.ListIcon(), func() { d.show(screenMissing) })
	t.reviews = widget.NewButtonWithIcon("Reviews due", theme.NewWarningThemedResource(theme.HistoryIcon()), d.showReviewsDue)
	// Two short rows, so the page keeps its height on a small or scaled
	// screen: the name with the saved state and the buttons, then the facts,
	// which flow onto another line when the window is narrow.
	first := border(nil, nil, nil, container.NewHBox(t.savedIco, t.saved, t.missing, t.reviews), t.org)
	facts := newFlow(t.level, t.progress, t.edition)
	t.content = container.NewVBox(first, facts, t.bannerRow, widget.NewSeparator())
	t.refresh()
	return t
}

func (t *topBar) refresh() {
	d := t.d
	t.org.SetText(orgName(d.profile))
	t.edition.SetText(editionText(d))
	t.level.SetText("Reachable now: " + d.status.Level.String())
	t.progress.SetText(fmt.Sprintf("%s for Approaching Standards · %s for Standards Met", d.status.AS, d.status.SM))
	t.missing.SetText(missingButtonText(d.status))
	due := assessment.ReviewsDue(d.edition, d.record, d.now())
	t.reviews.SetText(reviewsButtonText(due))
	showIf(t.reviews, len(due) > 0 && !d.readOnly())
	t.showSaved()
	t.refreshBanner()
}

func (t *topBar) refreshBanner() {
	text := bannerText(t.d)
	t.banner.SetText(text)
	showIf(t.bannerRow, text != "")
	showIf(t.startNext, closedText(t.d) != "")
}

// bannerText warns about a locked assessment, a toolkit year that has
// closed, sample data, or a new toolkit year the app lacks; or is empty.
func bannerText(d *Desk) string {
	a := d.record.Assessment
	switch {
	case a.Locked():
		return "Published " + a.PublishedWhen() + ". This assessment is kept for the record and can no longer be changed."
	case closedText(d) != "":
		return closedText(d)
	case d.opt.Demo:
		return "Sample data: Rosewood House, an example care home. Try anything; nothing here is kept when you close the window."
	}
	return d.bank().NewYearNote(d.now())
}

// closedText is the message for the newest assessment when its toolkit year
// has closed unpublished and a newer one is live; "" otherwise.
func closedText(d *Desk) string {
	if d.record.Assessment.Locked() || !d.newestShown {
		return ""
	}
	return d.bank().ClosedText(d.edition, d.now())
}

// editionText names the edition and the deadline, or the publication.
func editionText(d *Desk) string {
	if d.record.Assessment.Locked() {
		return fmt.Sprintf("DSPT %s · published %s", d.edition.ID, assessment.HumanDate(d.record.Assessment.PublishedOn))
	}
	return fmt.Sprintf("DSPT %s · %s", d.edition.ID, d.bank().DeadlineText(d.edition, d.now()))
}

func orgName(p assessment.Profile) string {
	if p.Name == "" {
		return "Your organisation (add its name in Organisation profile)"
	}
	return p.Name
}

func missingButtonText(s *assessment.Status) string {
	if s.Next == assessment.NotReady {
		return "Nothing missing"
	}
	return fmt.Sprintf("What's missing (%d)", len(s.Missing))
}

func reviewsButtonText(due []assessment.ReviewDue) string {
	overdue := 0
	for _, r := range due {
		if r.Overdue {
			overdue++
		}
	}
	if overdue > 0 {
		return fmt.Sprintf("Reviews due (%d, %d overdue)", len(due), overdue)
	}
	return fmt.Sprintf("Reviews due (%d)", len(due))
}

// saving counts writes in flight: +1 when one starts, -1 when it ends.
func (t *topBar) saving(delta int) {
	t.writes += delta
	if delta > 0 {
		t.failed = false
	}
	t.showSaved()
}

// saveFailed marks the latest change as not saved.
func (t *topBar) saveFailed() {
	t.failed = true
	t.showSaved()
}

func (t *topBar) showSaved() {
	switch {
	case t.failed:
		t.saved.SetText("Not saved")
		t.saved.Importance = widget.DangerImportance
		t.savedIco.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
	case t.writes > 0:
		t.saved.SetText("Saving…")
		t.saved.Importance = widget.MediumImportance
		t.savedIco.SetResource(theme.NewThemedResource(theme.UploadIcon()))
	default:
		t.saved.SetText("Saved")
		t.saved.Importance = widget.MediumImportance
		t.savedIco.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	}
	t.saved.Refresh()
}
