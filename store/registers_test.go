package store

import (
	"context"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

func TestRegisterRowsAreSavedCheckedAndKeepTheirHistory(t *testing.T) {
	s, a := openNew(t)
	ctx := context.Background()
	r, err := s.SaveRegisterRow(ctx, a.ID, register.Row{Table: "staff", Values: register.Values{"name": " Jo Bloggs ", "type": "Employee", "start_date": "31/01/2027"}})
	if err != nil {
		t.Fatal(err)
	}
	if r.ID == 0 || r.Values["name"] != "Jo Bloggs" || r.Values["type"] != "employee" || r.Values["start_date"] != "2027-01-31" {
		t.Fatalf("saved row = %+v", r)
	}
	r.Values["role"] = "Carer"
	if _, err := s.SaveRegisterRow(ctx, a.ID, r); err != nil {
		t.Fatal(err)
	}
	_, err = s.SaveRegisterRow(ctx, a.ID, register.Row{Table: "staff", Values: register.Values{"type": "pirate", "start_date": "30/02/2027"}})
	wantCode(t, err, assessment.EInvalid)
	for _, want := range []string{"Name: this is needed", "Type: \"pirate\" is not one of", "Start date: \"30/02/2027\" is not a date"} {
		if !strings.Contains(assessment.ErrorMessage(err), want) {
			t.Errorf("message %q lacks %q", assessment.ErrorMessage(err), want)
		}
	}
	b, err := s.Registers(ctx, a.ID)
	if err != nil || len(b.Of("staff")) != 1 || b.Of("staff")[0].Values["role"] != "Carer" {
		t.Fatalf("book = %+v, %v", b, err)
	}
	if err := s.DeleteRegisterRow(ctx, a.ID, r.ID); err != nil {
		t.Fatal(err)
	}
	h, err := s.RegisterHistory(ctx, a.ID, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 1+4 || h[0].Field != "role" || h[0].New != "Carer" || h[1].Old == "" || h[1].New != "" {
		t.Fatalf("history = %+v", h)
	}
}

func TestRegisterRowsAreAddedAllOrNone(t *testing.T) {
	s, a := openNew(t)
	ctx := context.Background()
	rows := []register.Values{{"name": "A", "type": "bank"}, {"name": "B", "type": "nobody"}}
	wantCode(t, s.AddRegisterRows(ctx, a.ID, "staff", rows), assessment.EInvalid)
	if b, _ := s.Registers(ctx, a.ID); len(b.Of("staff")) != 0 {
		t.Fatalf("a refused import added rows: %+v", b.Of("staff"))
	}
	rows[1]["type"] = "agency"
	if err := s.AddRegisterRows(ctx, a.ID, "staff", rows); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveRegisterSetting(ctx, a.ID, register.CountAgency.Key, true); err != nil {
		t.Fatal(err)
	}
	b, _ := s.Registers(ctx, a.ID)
	if len(b.Of("staff")) != 2 || b.Settings[register.CountAgency.Key] != "yes" {
		t.Fatalf("book = %+v", b)
	}
	wantCode(t, s.AddRegisterRows(ctx, a.ID, "ghosts", rows), assessment.EInvalid)
}

func TestAnImportCannotMarkAFourthTopRisk(t *testing.T) {
	s, a := openNew(t)
	ctx := context.Background()
	var rows []register.Values
	for _, name := range []string{"Phishing", "Lost phone", "Paper left out", "Old PC"} {
		rows = append(rows, register.Values{"risk": name, "top": "yes"})
	}
	err := s.AddRegisterRows(ctx, a.ID, "risks", rows)
	wantCode(t, err, assessment.EInvalid)
	if msg := assessment.ErrorMessage(err); !strings.Contains(msg, "Row 4: Only three risks") {
		t.Errorf("message = %q", msg)
	}
	if b, _ := s.Registers(ctx, a.ID); len(b.Of("risks")) != 0 {
		t.Errorf("a refused import added %d risks", len(b.Of("risks")))
	}
}
