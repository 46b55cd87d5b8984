// Package ui is the DSPT Desk window: the guided walkthrough of the question
// groups with guidance beside every question, the organisation profile, the
// action plan, export and backups. It shows the state that the assessment
// package works out and sends every change to the store.
package ui

import (
	"context"
	"image"
	"log"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/dsptdesk/dsptdesk/assessment"
	"github.com/dsptdesk/dsptdesk/assessment/register"
)

// Options configure the window.
type Options struct {
	// DBPath is the database file to open. Run sets it from Database.
	DBPath string
	// Database returns the path to open and the question bank, which Run
	// sets DBPath and Bank from. Run calls it off the UI goroutine, as it
	// loads the bank and may build the demo sample first.
	Database func() (string, *assessment.Bank, error)
	Bank     *assessment.Bank
	Now      func() time.Time
	Log      *log.Logger
	// Demo marks the window as showing the sample organisation.
	Demo bool
	// NewFile says that DBPath does not exist yet, so opening it makes a new
	// file; the welcome says where.
	NewFile bool
	// Version is the app version shown in About and written into reports.
	Version string
	// OnFirstFrame is called once, from the painter, when the first frame
	// showing the assessment has been drawn. It must not touch the window.
	OnFirstFrame func()
	// Open opens the database at path; Run sets it to store.Open.
	Open func(path string) (Store, error)
	// WorkArea says how many pixels of the screen the window may use, or
	// false when that is not known; Run shrinks the window to fit it.
	WorkArea func() (width, height int, ok bool)

	// post runs a function on the UI goroutine: fyne.Do, unless a test
	// wants to run such functions itself.
	post func(func())
}

// Desk is the main window and the state it shows: the edition, the
// organisation profile, the current assessment and its worked-out status.
type Desk struct {
	app   fyne.App
	win   fyne.Window
	store Store
	opt   Options
	bg    *background
	prefs prefs

	edition  *assessment.Edition
	profile  assessment.Profile
	record   *assessment.Record
	status   *assessment.Status
	evidence map[int64]assessment.EvidenceCondition
	// registers holds the registers of the assessment on show, and
	// findings what they say about each question (see recompute).
	registers register.Book
	findings  map[string][]register.Finding
	// checks ends evidence checks when the window closes (see checkContext).
	checks checkContext
	// viewing is the assessment chosen on the Years screen; 0 for the newest.
	viewing int64
	// previous is the assessment before the one on show, for comparison;
	// nil when there is none or the app lacks its edition.
	previous *yearRecord
	// newestShown is true when the assessment on show is the newest one.
	newestShown bool
	// regs holds the register screens and their rows' saves (registers.go).
	regs *registerState

	top       *topBar
	nav       *navPanel
	body      *fyne.Container
	questions *questionsScreen
	screens   map[string]screen            // the screens built so far (see screen)
	makers    map[string]screenMaker       // how to build the others when first wanted
	pages     map[string]*container.Scroll // each screen in a scroll that fits the window
	splits    map[string]*container.Split  // the dividers remembered between sessions, by name
	current   string                       // the id of the screen on show
	// welcome is the first-run form while it is open, so that closing the
	// window saves what was typed in it.
	welcome *profileForm

	failedSaves int  // saves that failed since the window opened
	closing     bool // the window is waiting for its saves before closing
	closed      bool // the window has closed its database
	// clockStop ends the clock that redraws what runs with time (see
	// keepTime).
	clockStop chan struct{}

	// unsaved holds changes whose save failed, by what they change; they
	// are tried again until saved (see unsaved.go).
	unsaved  map[string]unsavedChange
	saveSeq  map[string]int // the newest save of each thing
	retrying bool           // the retry timer is running
}

// screen is one page of the window's main area.
type screen interface {
	content() fyne.CanvasObject
	// refresh redraws the screen from the desk's state.
	refresh()
}

// newDesk loads the current assessment from st and builds the window on a.
func newDesk(a fyne.App, win fyne.Window, st Store, opt Options) (*Desk, error) {
	d, err := loadDesk(a, st, opt)
	if err != nil {
		return nil, err
	}
	d.open(win)
	return d, nil
}

// loadDesk reads the current assessment from st and works out its state
// without a window, so that Run can do it off the UI goroutine while the
// window is being made. Nothing else may use the desk until open.
func loadDesk(a fyne.App, st Store, opt Options) (*Desk, error) {
	if opt.post == nil {
		opt.post = fyne.Do
	}
	d := &Desk{app: a, store: st, opt: opt, bg: newBackground(opt.post),
		prefs: prefs{a.Preferences()}, evidence: map[int64]assessment.EvidenceCondition{}}
	if err := d.load(context.Background()); err != nil {
		return nil, err
	}
	return d, nil
}

// open builds the content of win from what loadDesk read, on the UI
// goroutine, and starts the evidence checks.
func (d *Desk) open(win fyne.Window) {
	d.win = win
	d.build()
	d.restorePlace()
	d.checkEvidence()
	d.keepTime()
}

// yearRecord is one assessment with its edition.
type yearRecord struct {
	edition *assessment.Edition
	record  *assessment.Record
	// registers holds all of the registers of the year on show, and of
	// last year's only the tables that stay with their year, which are all
	// that the rules read there (see register.YearTables).
	registers register.Book
}

// load reads the profile, the assessment on show and the one before it.
func (d *Desk) load(ctx context.Context) error {
	p, err := d.store.Profile(ctx)
	if err != nil {
		return err
	}
	all, err := d.store.Assessments(ctx)
	if err != nil {
		return err
	}
	if len(all) == 0 {
		cur, err := d.store.Current(ctx)
		if err != nil {
			return err
		}
		all = append(all, cur)
	}
	i := len(all) - 1
	for j, a := range all {
		if a.ID == d.viewing {
			i = j
		}
	}
	shown, err := d.readYear(ctx, all[i], nil)
	if err != nil {
		return err
	}
	d.previous = nil
	if i > 0 {
		if prev, err := d.readYear(ctx, all[i-1], register.YearTables()); err == nil {
			d.previous = &prev
		}
	}
	d.profile, d.record, d.edition, d.registers = p, shown.record, shown.edition, shown.registers
	d.newestShown = i == len(all)-1
	d.recompute()
	return nil
}

// readYear reads one assessment and finds its edition, with the named
// tables of its registers (all of them when tables is nil).
func (d *Desk) readYear(ctx context.Context, a assessment.Assessment, tables []string) (yearRecord, error) {
	ed := d.bank().Edition(a.EditionID)
	if ed == nil {
		return yearRecord{}, assessment.Errorf(assessment.ETooNew, "The %s assessment uses questions that this version of DSPT Desk does not have. Install the newer version to open it; nothing has been changed.", a.EditionID)
	}
	rec, err := d.store.Record(ctx, a.ID)
	if err != nil {
		return yearRecord{}, err
	}
	book, err := d.store.RegisterTables(ctx, a.ID, tables)
	return yearRecord{edition: ed, record: rec, registers: book}, err
}

func (d *Desk) now() time.Time { return d.opt.Now() }

// recompute works out the status again from the state in memory.
func (d *Desk) recompute() {
	d.status = assessment.EvaluateFound(d.edition, d.profile, d.record, d.now(), d.evidence)
	d.findings = register.Findings(d.registerContext())
}

// registerContext is what the register rules work from: today, the
// registers on show and last year's.
func (d *Desk) registerContext() register.Context {
	c := register.Context{Today: d.now(), Book: d.registers}
	if d.previous != nil {
		c.LastYear = d.previous.registers
	}
	return c
}

// changed recomputes the status and redraws everything that shows it.
func (d *Desk) changed() {
	d.recompute()
	d.top.refresh()
	d.nav.refresh()
	if s := d.screens[d.current]; s != nil {
		s.refresh()
	}
}

func (d *Desk) build() {
	d.top = newTopBar(d)
	d.nav = newNavPanel(d)
	d.questions = newQuestionsScreen(d)
	d.screens = map[string]screen{screenQuestion: d.questions}
	d.makers = map[string]screenMaker{
		screenProfile: lazily(newProfileScreen),
		screenMissing: lazily(newMissingScreen),
		screenActions: lazily(newActionsScreen),
		screenExport:  lazily(newExportScreen),
		screenBackups: lazily(newBackupsScreen),
		screenHelp:    lazily(newHelpScreen),
		screenCompare: lazily(newCompareScreen),
		screenYears:   lazily(newYearsScreen),
		screenSitting: lazily(newSittingScreen),
	}
	d.addRegisterScreens()
	d.pages = nil // the pages of the screens built before
	d.body = container.NewStack()
	main := border(d.top.content, nil, d.nav.content, nil, d.body)
	d.win.SetContent(container.NewStack(firstFrameProbe(d.opt.OnFirstFrame), main))
	d.win.SetMainMenu(d.mainMenu())
	d.win.SetCloseIntercept(d.closeWindow)
}

// show puts a screen in the main area.
func (d *Desk) show(id string) {
	d.flushEdits()
	d.current = id
	s := d.screen(id)
	if o, ok := s.(interface{ opened() }); ok {
		o.opened()
	}
	s.refresh()
	d.body.Objects = []fyne.CanvasObject{d.page(id)}
	d.body.Refresh()
	d.nav.selectScreen(id)
}

// flushEdits saves any typing that is still waiting for its pause.
func (d *Desk) flushEdits() {
	if d.questions != nil {
		d.questions.detail.flush()
	}
	if a, ok := d.screens[screenActions].(*actionsScreen); ok {
		a.editor.flush()
	}
	if p, ok := d.screens[screenProfile].(*profileScreen); ok {
		p.flush()
	}
	if d.welcome != nil {
		d.welcome.flush()
	}
	d.flushRegisterForms()
}

// afterSaves saves any waiting typing, then runs then on the UI goroutine
// once every write and background job has finished, including any they
// started in turn. The UI goroutine is never blocked while it waits.
func (d *Desk) afterSaves(then func()) {
	d.flushEdits()
	d.bg.whenIdle(func() {
		d.flushEdits()
		if !d.bg.idle() {
			d.afterSaves(then)
			return
		}
		then()
	})
}

// firstFrameProbe is an invisible raster that calls report the first time it
// is painted, which is when the first frame is drawn.
func firstFrameProbe(report func()) fyne.CanvasObject {
	var once sync.Once
	return canvas.NewRaster(func(int, int) image.Image {
		if report != nil {
			once.Do(report)
		}
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
}
