package store

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dsptdesk/dsptdesk/assessment"
)

func TestEnteredOnlineTicksPersistAndAreChecked(t *testing.T) {
	path := testDB(t)
	s := openAt(t, path, newClock())
	a, _ := s.Current(ctx)
	ref := refOf(t, assessment.Text)
	if _, err := s.SaveEnteredOnline(ctx, a.ID, "9.9.9", true); assessment.ErrorCode(err) != assessment.EInvalid {
		t.Errorf("unknown question: %v", err)
	}
	at, err := s.SaveEnteredOnline(ctx, a.ID, ref, true)
	if err != nil || at.IsZero() {
		t.Fatalf("ticking: %v, %v", at, err)
	}
	other := refOf(t, assessment.Tick)
	s.SaveEnteredOnline(ctx, a.ID, other, true)
	if _, err := s.SaveEnteredOnline(ctx, a.ID, other, false); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openAt(t, path, newClock())
	r, _ := s.Record(ctx, a.ID)
	if !r.EnteredOnline[ref].Equal(at) || r.IsEnteredOnline(other) || len(r.EnteredOnline) != 1 {
		t.Fatalf("after reopening: %v", r.EnteredOnline)
	}
	on, _ := assessment.ParseDate("2026-06-01")
	if err := s.Publish(ctx, a.ID, on, assessment.ApproachingStandards); err != nil {
		t.Fatal(err)
	}
	_, err = s.SaveEnteredOnline(ctx, a.ID, other, true)
	wantCode(t, err, assessment.ELocked)
}

func TestEnteredOnlineTicksTravelInTheJSONExport(t *testing.T) {
	src, a := openNew(t)
	ref := refOf(t, assessment.Document)
	at, _ := src.SaveEnteredOnline(ctx, a.ID, ref, true)
	var out bytes.Buffer
	if err := src.ExportJSON(ctx, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"entered_online": [`) {
		t.Fatalf("no entered_online in the export")
	}
	dst := openAt(t, testDB(t), newClock())
	if _, err := dst.ImportJSON(ctx, bytes.NewReader(out.Bytes()), ImportOptions{Replace: true}); err != nil {
		t.Fatal(err)
	}
	cur, _ := dst.Current(ctx)
	r, _ := dst.Record(ctx, cur.ID)
	if !r.EnteredOnline[ref].Equal(at) || len(r.EnteredOnline) != 1 {
		t.Errorf("imported %v", r.EnteredOnline)
	}
	twice := strings.Replace(out.String(), `"entered_online": [`, `"entered_online": [{"ref": "`+ref+`", "entered_at": "2026-11-23T10:15:00Z"},`, 1)
	_, err := dst.ImportJSON(ctx, strings.NewReader(twice), ImportOptions{Replace: true})
	if err == nil || !strings.Contains(err.Error(), "second entered tick") {
		t.Errorf("a repeated tick: %v", err)
	}
}
