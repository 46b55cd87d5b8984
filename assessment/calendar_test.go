package assessment

import (
	"strings"
	"testing"
	"time"
)

func date(s string) time.Time {
	t, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t.Add(10 * time.Hour)
}

func TestTheEditionLiveTodayFollowsTheCalendar(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	for today, want := range map[string]string{
		"2024-01-10": "2024-25", // before every edition: the oldest
		"2025-08-31": "2024-25",
		"2025-09-01": "2025-26",
		"2026-08-31": "2025-26",
		"2026-09-01": "2026-27",
		"2026-12-01": "2026-27",
		"2028-01-01": "2026-27",
	} {
		if got := b.LiveOn(date(today)).ID; got != want {
			t.Errorf("on %s the live edition is %s, want %s", today, got, want)
		}
	}
}

func TestOnTheFirstOfDecember2026(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	today := date("2026-12-01")
	cur, last := b.LiveOn(today), b.Edition("2025-26")
	if got := b.DeadlineText(cur, today); got != "211 days left to publish (deadline 30 June 2027)" {
		t.Errorf("2026-27: %q", got)
	}
	if got := b.DeadlineText(last, today); got != "closed on 30 June 2026" || strings.Contains(got, "as soon as you can") {
		t.Errorf("2025-26: %q", got)
	}
	want := "The 2025-26 toolkit closed on 30 June 2026. The 2026-27 toolkit has been live since 1 September 2026: start it from your 2025-26 work."
	if got := b.ClosedText(last, today); got != want {
		t.Errorf("closed text %q", got)
	}
	if b.ClosedText(cur, today) != "" || b.NewYearNote(today) != "" {
		t.Error("2026-27 is the current year: nothing is closed and no new year is due")
	}
	if b.NewerLive(last, today) != cur || b.NewerLive(cur, today) != nil || b.NotYetLive(last, today) != nil {
		t.Error("NewerLive or NotYetLive")
	}
}

func TestAClosedYearWithNoNewerEditionCanStillBePublishedLate(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	july := date("2026-07-15")
	if got := b.DeadlineText(b.Edition("2025-26"), july); !strings.Contains(got, "passed 15 days ago: publish as soon as you can") {
		t.Errorf("between the deadline and the next year: %q", got)
	}
	if b.ClosedText(b.Edition("2025-26"), july) != "" {
		t.Error("no closed message before the next year is live")
	}
	if next := b.NotYetLive(b.Edition("2025-26"), july); next == nil || next.ID != "2026-27" {
		t.Errorf("NotYetLive in July 2026: %v", next)
	}
}

func TestANewToolkitYearIsNoticedWhenTheAppLacksIt(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	if got := b.NewYearNote(date("2027-08-31")); got != "" {
		t.Errorf("before September 2027: %q", got)
	}
	got := b.NewYearNote(date("2027-09-01"))
	for _, want := range []string{"new toolkit year has probably started", "2027-28", "up to 2026-27", "Add a toolkit edition from a file", "Export and import"} {
		if !strings.Contains(got, want) {
			t.Errorf("new year text lacks %q: %s", want, got)
		}
	}
}

// TestStartAdviceWaitsForTheEditionToGoLive: an edition added before its
// year opens cannot be started yet, and the advice says when it can.
func TestStartAdviceWaitsForTheEditionToGoLive(t *testing.T) {
	b, err := DefaultBank()
	if err != nil {
		t.Fatal(err)
	}
	ed := b.Edition("2026-27")
	if got := ed.StartAdvice(time.Date(2026, 8, 20, 9, 0, 0, 0, time.UTC)); !strings.Contains(got, "goes live on 1 September 2026: start its review then") {
		t.Errorf("before it is live: %q", got)
	}
	if got := ed.StartAdvice(time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)); !strings.Contains(got, "Start next year's review") {
		t.Errorf("once live: %q", got)
	}
}
