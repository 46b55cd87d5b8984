package demo

import (
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// Rosewood House's breach log and spot checks: two breaches and a near
// miss in the last year, each approved by management, with the people
// affected told and the lessons written down, and a spot check each
// quarter. A row older than this year's assessment (begun eight months ago,
// see thisYearDay) is in last year's log, as breaches and checks stay with
// the year they happened in.

func init() { sampleRegisters = append(sampleRegisters, incidentRows) }

// incidentRows is the sample's breach log and spot checks for today.
func incidentRows(today time.Time) (thisYear, lastYear map[string][]register.Values) {
	day := assessment.Day(today)
	begun := day.AddDate(0, -8, 0)
	thisYear, lastYear = map[string][]register.Values{}, map[string][]register.Values{}
	put := func(table, dateKey string, rows []register.Values) {
		for _, v := range rows {
			if d, _ := register.ParseDate(v[dateKey]); d.Before(begun) {
				lastYear[table] = append(lastYear[table], v)
			} else {
				thisYear[table] = append(thisYear[table], v)
			}
		}
	}
	put(register.Incidents.Name, "found", sampleIncidents(day))
	put(register.SpotChecks.Name, "date", sampleSpotChecks(day))
	return thisYear, lastYear
}

// sampleIncidents is a letter sent to the wrong family ten months ago, a
// near miss with an email nearly sent to the wrong GP practice nine weeks
// ago, and a work phone lost five weeks ago.
func sampleIncidents(day time.Time) []register.Values {
	on := func(t time.Time, days int) string { return assessment.FormatDate(t.AddDate(0, 0, days)) }
	letter, nearMiss, phone := day.AddDate(0, -10, -3), day.AddDate(0, 0, -64), day.AddDate(0, 0, -37)
	return []register.Values{
		{
			"found": on(letter, 0), "type": "wrong_person", "risk": "medium", "people": "1",
			"what":                "A letter inviting a resident's family to her care review was posted to another resident's family: the two residents share a surname and the address was copied from the wrong paper file. The family rang the next day and returned it.",
			"data":                "Resident's name, room number and the date of her care review",
			"management_approved": on(letter, 1), "people_told": on(letter, 1),
			"ico_reason": "Checked with the toolkit's incident reporting tool: one person, few details, letter returned the next day, so not likely to put her at risk. Decision agreed by Grace Okafor and the owner.",
			"actions":    "Address letters from the care record system, never from paper files; a second person checks envelopes for letters about residents.",
			"owner":      "Grace Okafor",
			"lessons":    "Two residents with the same surname were a known trap: both files now carry a name alert, and addresses come only from the care record system.",
			"closed":     on(letter, 14),
		},
		{
			"found": on(nearMiss, 0), "type": "wrong_person", "near_miss": "yes", "risk": "low", "people": "1",
			"what":                "A hospital discharge summary was about to be emailed to the wrong GP practice: the address book offered a practice with a similar name. The nurse checking before sending noticed.",
			"data":                "Discharge summary of one resident",
			"management_approved": on(nearMiss, 1),
			"actions":             "Save each GP practice's secure email address as a named contact, delete the old entries and turn off address autocomplete.",
			"owner":               "Tom Hughes",
			"lessons":             "Autocomplete offered the wrong practice: named contacts stop it, and a second person checks any email with care records before it goes.",
			"closed":              on(nearMiss, 7),
		},
		{
			"found": on(phone, 0), "type": "lost_device", "risk": "medium", "people": "34",
			"what":                "A carer's work phone with the care app was lost on the bus home after a night shift. The phone had a PIN; the care app supplier wiped it remotely that morning.",
			"data":                "Care notes and medication records of 34 residents in the care app",
			"management_approved": on(phone, 0), "people_told": on(phone, 2), "ico_reported": on(phone, 1),
			"actions": "Care app to sign out after 15 minutes; the supplier's out-of-hours number on the on-call sheet; lanyards for work phones.",
			"owner":   "Tom Hughes",
			"lessons": "Nobody on nights knew how to have a phone wiped: the out-of-hours number is now on the on-call sheet, and the app signs itself out.",
			"closed":  on(phone, 10),
		},
	}
}

// sampleSpotChecks is a spot check each quarter over the last year, the
// newest three weeks ago with nothing found.
func sampleSpotChecks(day time.Time) []register.Values {
	on := func(months, days int) string { return assessment.FormatDate(day.AddDate(0, -months, -days)) }
	return []register.Values{
		{"date": on(11, 10), "area": "clear_desk", "checked_by": "Tom Hughes", "owner": "Tom Hughes",
			"found":   "Handover sheet left on the nurses' station overnight; two care files on the office desk with the door open.",
			"actions": "Handover sheets go in the locked tray; reminder at the staff meeting."},
		{"date": on(8, 12), "area": "screens", "checked_by": "Tom Hughes", "owner": "Tom Hughes",
			"found":   "Office PC unlocked with nobody in the room; the medication round tablet has no screen lock.",
			"actions": "Screen lock after five minutes on every PC; our IT company to set a PIN on the tablet."},
		{"date": on(5, 14), "area": "passwords", "checked_by": "Amina Shah", "owner": "Tom Hughes",
			"found":   "Wi-Fi password on a sticky note by the router; everything else in order.",
			"actions": "Note removed; our IT company to change the Wi-Fi password."},
		{"date": on(2, 15), "area": "disposal", "checked_by": "Grace Okafor", "owner": "Grace Okafor",
			"found":   "Confidential waste console full, with a bag of notes waiting beside it.",
			"actions": "Ask the shredding company to collect every fortnight."},
		{"date": on(0, 20), "area": "paper", "checked_by": "Amina Shah",
			"found": "Nothing found: care files locked away, office locked, nothing left out."},
	}
}
