package register

import (
	"testing"
	"time"
)

func TestDateWindows(t *testing.T) {
	today := time.Date(2026, 12, 1, 15, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		name         string
		day          time.Time
		until        int
		past, within bool
		in           string
	}{
		{"not set", time.Time{}, 0, false, false, ""},
		{"yesterday", day(2026, 11, 30), -1, true, false, ""},
		{"today", day(2026, 12, 1), 0, false, true, "today"},
		{"tomorrow", day(2026, 12, 2), 1, false, true, "1 day"},
		{"the last day of the window", day(2027, 1, 30), 60, false, true, "60 days"},
		{"the day after the window", day(2027, 1, 31), 61, false, false, "61 days"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.day.IsZero() {
				if isPast(tc.day, today) || Soon(tc.day, today, 60) {
					t.Error("a date not set is neither past nor due")
				}
				return
			}
			if got := DaysBetween(today, tc.day); got != tc.until {
				t.Errorf("DaysBetween = %d, want %d", got, tc.until)
			}
			if isPast(tc.day, today) != tc.past || Soon(tc.day, today, 60) != tc.within {
				t.Errorf("past %v within %v, want %v %v", isPast(tc.day, today), Soon(tc.day, today, 60), tc.past, tc.within)
			}
			if !tc.past && inDays(tc.until) != tc.in {
				t.Errorf("inDays = %q, want %q", inDays(tc.until), tc.in)
			}
		})
	}
}

func TestSoonIsTodayToTheDayNDaysOn(t *testing.T) {
	today := dayOf("2026-12-02").Add(9 * time.Hour)
	for _, tc := range []struct {
		d    string
		want bool
	}{{"2026-12-01", false}, {"2026-12-02", true}, {"2027-01-31", true}, {"2027-02-01", false}} {
		if got := Soon(dayOf(tc.d), today, 60); got != tc.want {
			t.Errorf("%s in the next 60 days: %v, want %v", tc.d, got, tc.want)
		}
	}
}

func TestDaysBetweenCountsCalendarDays(t *testing.T) {
	a := time.Date(2026, 10, 24, 23, 0, 0, 0, time.UTC)
	b := time.Date(2026, 10, 27, 1, 0, 0, 0, time.UTC)
	if got := DaysBetween(a, b); got != 3 {
		t.Errorf("DaysBetween = %d", got)
	}
	if got := DaysBetween(b, a); got != -3 {
		t.Errorf("DaysBetween back = %d", got)
	}
}

func TestInTheLastMonthsCountsUpToAndIncludingTheSameDateOn(t *testing.T) {
	for _, tc := range []struct {
		done, today string
		months      int
		want        bool
	}{
		{"2026-01-15", "2027-01-15", 12, true}, // exactly twelve months ago
		{"2026-01-15", "2027-01-16", 12, false},
		{"2025-12-02", "2026-12-02", 12, true},
		{"2025-12-01", "2026-12-02", 12, false},
		{"2026-01-15", "2026-01-15", 12, true},  // done today
		{"2026-01-16", "2026-01-15", 12, false}, // after today
		{"", "2026-12-02", 12, false},
		{"2025-02-28", "2026-02-28", 12, true},
		{"2025-02-28", "2026-03-01", 12, false},
		{"2024-02-29", "2025-02-28", 12, true}, // a leap day's year ends on 28 February
		{"2024-02-29", "2025-03-01", 12, false},
		{"2024-02-28", "2025-02-28", 12, true},
		{"2024-02-27", "2025-02-28", 12, false},
		{"2025-03-31", "2025-09-30", 6, true}, // six months on from 31 March is 30 September
		{"2025-03-31", "2025-10-01", 6, false},
		{"2026-09-02", "2026-12-02", 3, true}, // the spot checks' three months
		{"2026-09-01", "2026-12-02", 3, false},
	} {
		var done time.Time
		if tc.done != "" {
			done = dayOf(tc.done)
		}
		now := dayOf(tc.today).Add(15 * time.Hour)
		if got := InLastMonths(done, now, tc.months); got != tc.want {
			t.Errorf("%s in the last %d months on %s: %v, want %v", tc.done, tc.months, tc.today, got, tc.want)
		}
		if Within(done, now, tc.months) != InLastMonths(done, now, tc.months) {
			t.Errorf("Within and InLastMonths differ for %s on %s", tc.done, tc.today)
		}
	}
}

func TestSomethingDoneCountsUntilItsAnniversary(t *testing.T) {
	for done, want := range map[string]string{"2026-01-15": "15/01/2027", "2024-02-29": "28/02/2025", "2026-09-01": "01/09/2027"} {
		if got := ShowDate(CountsUntil(dayOf(done).Add(9*time.Hour), 12)); got != want {
			t.Errorf("done %s counts until %s, want %s", done, got, want)
		}
	}
}
