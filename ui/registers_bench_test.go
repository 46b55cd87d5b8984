package ui

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/dsptdesk/dsptdesk/assessment/register"
	"github.com/dsptdesk/dsptdesk/store"
)

// bigHome is a home with 1,000 staff and five years of training: 5,000
// training records.
func bigHome(b *testing.B) func(*store.Store) {
	staff := make([]register.Values, 1000)
	training := make([]register.Values, 5000)
	day := time.Date(2021, 4, 1, 0, 0, 0, 0, time.UTC)
	for i := range staff {
		staff[i] = register.Values{"name": fmt.Sprintf("Person %04d", i), "role": "Care assistant", "type": []string{"employee", "bank", "agency"}[i%3],
			"start_date": day.AddDate(0, 0, i).Format("2006-01-02"), "contract_clause": "yes"}
	}
	for i := range training {
		training[i] = register.Values{"person": fmt.Sprintf("Person %04d", i%1000), "course": "awareness",
			"completed": day.AddDate(0, 0, i/3).Format("2006-01-02"), "result": "Pass"}
	}
	return func(st *store.Store) {
		withRows(b, "staff", staff...)(st)
		withRows(b, "training", training...)(st)
	}
}

// BenchmarkRegisterScreenOpen builds the staff and training screen afresh
// and shows it: both tables read, their notes worked out, sorted by date
// and drawn.
func BenchmarkRegisterScreenOpen(b *testing.B) {
	td := newTestDeskWith(b, bigHome(b), nil)
	r := register.Named("staff")
	id := registerScreenID(r)
	for b.Loop() {
		s := newRegisterScreen(td.Desk, r)
		s.tables[1].sortCol = 2
		td.screens[id], td.regs.screens[r.Name] = s, s
		delete(td.pages, id)
		td.show(id)
	}
}

// BenchmarkRegisterChange is what every saved change costs on the staff
// screen: every figure worked out again and the table on show (1,000
// staff) read, sorted and redrawn.
func BenchmarkRegisterChange(b *testing.B) {
	td := newTestDeskWith(b, bigHome(b), nil)
	td.openRegister("staff").tables[0].sortCol = 0
	for b.Loop() {
		td.changed()
	}
}

// BenchmarkRegisterChangeTraining is the same on the training tab, with
// its 5,000 records sorted by date.
func BenchmarkRegisterChangeTraining(b *testing.B) {
	td := newTestDeskWith(b, bigHome(b), nil)
	s := td.openRegister("staff")
	s.tables[1].sortCol = 2
	s.tabs.SelectIndex(1)
	for b.Loop() {
		td.changed()
	}
}

// BenchmarkRegisterPaint paints the whole window showing the staff
// register with the test driver's software painter; the What's missing
// screen is painted the same way for comparison (the app paints with
// OpenGL, so only the difference says anything).
func BenchmarkRegisterPaint(b *testing.B) {
	td := newTestDeskWith(b, bigHome(b), nil)
	c := td.win.Canvas().(test.WindowlessCanvas)
	b.Run("staff", func(b *testing.B) {
		td.openRegister("staff")
		for b.Loop() {
			c.Capture()
		}
	})
	b.Run("missing", func(b *testing.B) {
		td.show(screenMissing)
		for b.Loop() {
			c.Capture()
		}
	})
}
