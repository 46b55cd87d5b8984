package ui

import (
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/store"
)

func TestWelcomeAsksForTheProfileAndChecksIt(t *testing.T) {
	td := newTestDesk(t, nil)
	td.start()
	text := overlayText(td.win.Canvas())
	for _, want := range []string{"Approaching Standards", "Standards Met", "Standards Exceeded", "ODS code", "ICO registration number"} {
		if !strings.Contains(text, want) {
			t.Errorf("the welcome lacks %q", want)
		}
	}
	var form *profileForm
	walk(td.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*autosaveEntry); ok && e.PlaceHolder == "Such as ZA123456" && form == nil {
			form = &profileForm{ico: e}
		}
	})
	if form == nil {
		t.Fatal("no ICO box in the welcome")
	}
	test.Type(form.ico, "ZA12")
	if !strings.Contains(overlayText(td.win.Canvas()), "looks like ZA123456") {
		t.Error("a half-typed ICO number should show how the number looks")
	}
	test.Type(form.ico, "3456")
	if strings.Contains(overlayText(td.win.Canvas()), "looks like ZA123456") {
		t.Error("a valid ICO number should clear the message")
	}
	td.settle()
	if got := td.saved(); got == nil {
		t.Fatal("no record")
	}
}

func TestProfileWarnsButSavesWhatWasTyped(t *testing.T) {
	td := newTestDesk(t, nil)
	td.show(screenProfile)
	p := td.screen(screenProfile).(*profileScreen)
	test.Type(p.name, "Rosewood House")
	test.Type(p.ods, "AB123")
	if !p.odsMsg.Visible() || p.odsMsg.Importance != widget.WarningImportance || !strings.Contains(p.odsMsg.Text, "starting with V") {
		t.Errorf("ODS message %q (visible %v)", p.odsMsg.Text, p.odsMsg.Visible())
	}
	p.flush()
	td.settle()
	if td.profile.Name != "Rosewood House" || td.profile.ODSCode != "AB123" {
		t.Errorf("profile %+v", td.profile)
	}
	if !strings.Contains(td.top.org.Text, "Rosewood House") {
		t.Errorf("top bar shows %q", td.top.org.Text)
	}
}

func TestControlCharactersAreRefusedWithAMessage(t *testing.T) {
	td := newTestDesk(t, nil)
	d := td.goTo("1.3.13")
	test.Type(d.text, "Locks\x07")
	d.flush()
	td.settle()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "control character") {
		t.Errorf("dialog says %q", got)
	}
	if d.text.Text != "Locks\x07" {
		t.Error("the typed text should stay on screen")
	}
}

func TestShortcutsAreInTheMenus(t *testing.T) {
	td := newTestDesk(t, nil)
	keys := map[string]func(){}
	for _, m := range td.mainMenu().Items {
		for _, it := range m.Items {
			if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok {
				keys[string(sc.KeyName)] = it.Action
			}
		}
	}
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyUp, fyne.KeyJ, fyne.KeyF, fyne.KeyM, fyne.KeyS, fyne.KeyP, fyne.KeyE} {
		if keys[string(k)] == nil {
			t.Errorf("no menu shortcut for Ctrl+%s", k)
		}
	}
	keys[string(fyne.KeyDown)]()
	if td.questions.item.Ref != "2.1.1" {
		t.Errorf("Ctrl+Down went to %s", td.questions.item.Ref)
	}
	keys[string(fyne.KeyJ)]()
	if td.questions.item.Ref != "2.2.1" {
		t.Errorf("Ctrl+J went to %s, the next unanswered after 2.1.1", td.questions.item.Ref)
	}
	if !strings.Contains(helpMarkdown(td.Desk), "Ctrl+J") {
		t.Error("the help screen should list the shortcuts")
	}
}

func TestDamagedFileOffersBackupsAndIsLeftAlone(t *testing.T) {
	a := test.NewTempApp(t)
	bank := testBank(t)
	path := filepath.Join(t.TempDir(), "dspt.db")
	st, err := store.Open(path, store.Options{Bank: bank})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.BackupNow(t.Context()); err != nil {
		t.Fatal(err)
	}
	st.Close()
	data, _ := os.ReadFile(path)
	os.WriteFile(path, data[:len(data)/2], 0o600)
	before, _ := os.ReadFile(path)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	opt := Options{DBPath: path, Bank: bank, Now: time.Now, Log: log.New(io.Discard, "", 0)}
	_, err = store.Open(path, store.Options{Bank: bank})
	if assessment.ErrorCode(err) != assessment.EDamaged {
		t.Fatalf("opening the damaged file: %v", err)
	}
	openFailed(a, win, opt, err)
	var text strings.Builder
	walk(win.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			text.WriteString(l.Text + "\n")
		}
	})
	if !strings.Contains(text.String(), "needs attention") || !strings.Contains(text.String(), "Choose a backup") {
		t.Errorf("the window shows:\n%s", text.String())
	}
	after, _ := os.ReadFile(path)
	if string(after) != string(before) {
		t.Error("the damaged file was changed")
	}
}

// noBackupToday reports a failed daily backup, as a full disk would cause.
type noBackupToday struct{ Store }

func (noBackupToday) BackupError() error {
	return assessment.Errorf(assessment.EInternal, "The disk is full. Free some space.")
}

func TestAFailedDailyBackupIsSaid(t *testing.T) {
	td := newTestDesk(t, func(s Store) Store { return noBackupToday{s} })
	td.profile.Name = "Rosewood House" // not the first run
	td.start()
	if got := overlayText(td.win.Canvas()); !strings.Contains(got, "no copy from today") || !strings.Contains(got, "disk is full") {
		t.Errorf("dialog says %q", got)
	}
}
