package demo

import (
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// Rosewood House's devices and software: 12 devices (the reception PC
// still on Windows 10, past its end of support; the manager's laptop not
// encrypted; the deputy's own phone used for NHSmail) and 4 online
// services (the rota program's support ends in 44 days).

func init() { sampleRegisters = append(sampleRegisters, sampleDevices) }

func sampleDevices(today time.Time) (thisYear, lastYear map[string][]register.Values) {
	return map[string][]register.Values{
		register.Devices.Name:  sampleDeviceRows(today),
		register.Software.Name: sampleSoftwareRows(today),
	}, nil
}

// sampleDevice is a home-owned device with nothing wanting, changed by the pairs given.
func sampleDevice(today time.Time, name, kind, user, where string, kv ...string) register.Values {
	v := register.Values{"name": name, "kind": kind, "user": user, "location": where, "owner": "home",
		"auto_updates": "yes", "last_checked": deviceDay(today, -40)}
	for i := 0; i+1 < len(kv); i += 2 {
		v[kv[i]] = kv[i+1]
	}
	return v
}

func sampleDeviceRows(today time.Time) []register.Values {
	win, winEnds := sampleWindows(today)
	pc := func(name, kind, user, where string, kv ...string) register.Values {
		base := []string{"system", win, "supported_until", winEnds, "encrypted", "yes", "encryption", "BitLocker",
			"protection", "Microsoft Defender", "protection_updates", "yes"}
		return sampleDevice(today, name, kind, user, where, append(base, kv...)...)
	}
	ipad := []string{"system", "iPadOS 18", "encrypted", "yes", "encryption", "Device passcode", "protection", "Built-in (iPadOS)", "protection_updates", "yes"}
	android := []string{"system", "Android 15", "version", "Samsung Galaxy A55", "encrypted", "yes", "encryption", "Device passcode",
		"protection", "Google Play Protect", "protection_updates", "yes"}
	return []register.Values{
		pc("Office PC", "desktop", "Registered manager", "Manager's office"),
		pc("Reception PC", "desktop", "Administrator", "Reception", "system", "Windows 10", "version", "22H2", "supported_until", "2025-10-14", "encrypted", "no", "encryption", ""),
		pc("Manager's laptop", "laptop", "Registered manager", "Manager's office", "encrypted", "no", "encryption", ""),
		pc("Deputy's laptop", "laptop", "Deputy manager", "Nurses' station"),
		sampleDevice(today, "Nurses' tablet 1", "tablet", "Nurses", "Nurses' station", ipad...),
		sampleDevice(today, "Nurses' tablet 2", "tablet", "Nurses", "First floor", ipad...),
		sampleDevice(today, "Activities tablet", "tablet", "Activities coordinator", "Lounge", ipad...),
		sampleDevice(today, "Care app phone 1", "phone", "Carers (day shift)", "Ground floor", android...),
		sampleDevice(today, "Care app phone 2", "phone", "Carers (night shift)", "First floor", android...),
		sampleDevice(today, "Deputy's own phone", "phone", "Deputy manager", "Carried", append(android, "owner", "personal", "system", "Android 14", "version", "")...),
		sampleDevice(today, "Internet router", "router", "Everyone (Wi-Fi)", "Office cupboard", "version", "BT Business Smart Hub",
			"default_password_changed", "yes"),
		sampleDevice(today, "Office printer", "printer", "Office staff", "Reception", "default_password_changed", "yes"),
	}
}

// sampleWindows is the newest Windows 11 (Home and Pro) in the
// end-of-support table, and its last day, so that the sample's PCs are
// supported whenever it is made; after the table's last date, a plain
// "Windows 11" two years on.
func sampleWindows(today time.Time) (system, ends string) {
	system, last := "Windows 11", assessment.Day(today).AddDate(2, 0, 0)
	var best time.Time
	for _, e := range register.Support().Systems {
		if strings.HasPrefix(e.Name, "Windows 11 ") && strings.HasSuffix(e.Name, "(Home and Pro)") && e.Ends.After(best) {
			best = e.Ends
			if e.Ends.After(assessment.Day(today).AddDate(0, 0, register.WarnDays)) {
				system, last = e.Name, e.Ends
			}
		}
	}
	return system, assessment.FormatDate(last)
}

func sampleSoftwareRows(today time.Time) []register.Values {
	return []register.Values{
		{"name": "CareNotes Online", "purpose": "Care records and eMAR", "supplier": "CareNotes Ltd", "admins": "Registered manager, deputy manager", "mfa": "yes"},
		{"name": "RotaPlanner 5", "purpose": "Rota and timesheets", "supplier": "Shiftwise Software", "supported_until": deviceDay(today, 44), "admins": "Administrator", "mfa": "yes"},
		{"name": "NHSmail", "purpose": "Email with the GP, pharmacy and hospital", "supplier": "NHS England", "admins": "NHSmail local administrator", "mfa": "yes"},
		{"name": "LedgerBooks Online", "purpose": "Accounts and payroll", "supplier": "LedgerBooks plc", "admins": "Owner, administrator", "mfa": "yes"},
	}
}

// deviceDay is the date n days from today, as stored.
func deviceDay(today time.Time, n int) string {
	return assessment.FormatDate(assessment.Day(today).AddDate(0, 0, n))
}
