package store

import (
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// The devices, software, suppliers, information and risks registers
// describe the home rather than one year, so next year starts with them,
// and with the own-device setting.
func TestNextYearCarriesTheDevicesSuppliersInformationAndRisks(t *testing.T) {
	s := openAt(t, testDB(t), newClock())
	last, _ := s.CreateAssessment(ctx, "2025-26")
	tables := map[string]register.Values{
		"devices":     {"name": "Office PC", "kind": "desktop", "system": "Windows 10", "supported_until": "2025-10-14"},
		"software":    {"name": "CareNotes", "mfa": "yes"},
		"suppliers":   {"name": "Northpoint IT", "it_supplier": "yes", "certification": "ce", "cert_expiry": "2027-07-01"},
		"information": {"information": "Care records", "kept_in": "Care system", "basis": "care"},
		"risks":       {"risk": "Phishing", "likelihood": "high", "impact": "high", "top": "yes"},
	}
	for table, v := range tables {
		if err := s.AddRegisterRows(ctx, last.ID, table, []register.Values{v}); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
	}
	if err := s.SaveRegisterSetting(ctx, last.ID, register.OwnDeviceRules.Key, true); err != nil {
		t.Fatal(err)
	}
	next, err := startNextYear(t, s, last.ID)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.Registers(ctx, next.ID)
	for table, v := range tables {
		rows := b.Of(table)
		if len(rows) != 1 {
			t.Errorf("%s: carried %+v", table, rows)
			continue
		}
		for k, want := range v {
			if rows[0].Values[k] != want {
				t.Errorf("%s %s: carried %q, want %q", table, k, rows[0].Values[k], want)
			}
		}
	}
	if b.Settings[register.OwnDeviceRules.Key] != "yes" {
		t.Errorf("settings = %v", b.Settings)
	}
}
