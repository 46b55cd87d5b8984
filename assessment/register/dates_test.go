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

func TestWithinTheLastMonthsEndsTheDayBeforeTheSameDateOn(t *testing.T) {
	for _, tc := range []struct {
		done, today string
		want        bool
	}{
		{"2026-01-15", "2027-01-14", true},
		{"2026-01-15", "2027-01-15", false}, // exactly twelve months ago
		{"2026-01-15", "2026-01-15", true},  // done today
		{"2026-01-16", "2026-01-15", false}, // after today
		{"2025-02-28", "2026-02-27", true},
		{"2024-02-29", "2025-02-27", true}, // a leap day lapses on 28 February
		{"2024-02-29", "2025-02-28", false},
		{"2025-03-31", "2025-09-29", true}, // six months on from 31 March is 30 September
		{"2025-03-31", "2025-09-30", false},
	} {
		months := 12
		if tc.done == "2025-03-31" {
			months = 6
		}
		if got := Within(dayOf(tc.done), dayOf(tc.today).Add(15*time.Hour), months); got != tc.want {
			t.Errorf("%s within %d months of %s: %v, want %v", tc.done, months, tc.today, got, tc.want)
		}
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

func TestInLastMonthsCountsTheDayExactlyTwelveMonthsAgo(t *testing.T) {
	for _, tc := range []struct {
		day, today string
		want       bool
	}{
		{"2025-12-02", "2026-12-02", true},
		{"2025-12-01", "2026-12-02", false},
		{"2026-12-02", "2026-12-02", true},
		{"2026-12-03", "2026-12-02", false},
		{"2026-02-28", "2027-02-28", true},
		{"2026-02-27", "2027-02-28", false},
		{"2024-02-29", "2025-02-28", true}, // a year back from 28 February is 28 February
		{"2024-02-28", "2025-02-28", true},
		{"2024-02-27", "2025-02-28", false},
		{"", "2026-12-02", false},
	} {
		day, _ := ParseDate(tc.day)
		now, _ := ParseDate(tc.today)
		if got := InLastMonths(day, now.Add(15*time.Hour), 12); got != tc.want {
			t.Errorf("InLastMonths(%s, %s) = %v", tc.day, tc.today, got)
		}
	}
}
