package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// neverPublished is the choice for an organisation that has not published.
const neverPublished = "Never published"

// profileForm holds the organisation profile's fields with their inline
// checks. The profile screen shows all of them; the welcome shows the first few.
type profileForm struct {
	d         *Desk
	name      *autosaveEntry
	ods       *autosaveEntry
	odsMsg    *widget.Label
	ico       *autosaveEntry
	icoMsg    *widget.Label
	cqc       *autosaveEntry
	cqcMsg    *widget.Label
	manager   *autosaveEntry
	lead      *autosaveEntry
	ceNumber  *autosaveEntry
	ceExpiry  *dateBox
	cepNumber *autosaveEntry
	cepExpiry *dateBox
	cepMsg    *widget.Label
	published *widget.Select
	pubDate   *dateBox
	loading   bool
}

func newProfileForm(d *Desk) *profileForm {
	f := &profileForm{d: d, odsMsg: msgLabel(), icoMsg: msgLabel(), cqcMsg: msgLabel(), cepMsg: msgLabel()}
	entry := func(placeholder string) *autosaveEntry {
		e := newAutosaveEntry(d.bg, false, func(string) { f.save() })
		e.SetPlaceHolder(placeholder)
		return e
	}
	f.name = entry("As registered with CQC, such as Rosewood House")
	f.ods = entry("Such as VN7AB")
	f.ico = entry("Such as ZA123456")
	f.cqc = entry("Such as 1-123456789")
	f.manager = entry("Name of the registered manager")
	f.lead = entry("Name of the person who leads on data security")
	f.ceNumber = entry("Certificate number, if you have one")
	f.cepNumber = entry("Certificate number, if you have one")
	f.ceExpiry, f.cepExpiry, f.pubDate = f.dateEntry(), f.dateEntry(), f.dateEntry()
	f.published = widget.NewSelect(append([]string{neverPublished}, levelNames(assessment.PublishLevels)...), func(string) { f.save() })
	for _, e := range []*autosaveEntry{f.ods, f.ico, f.cqc} {
		e.OnChanged = f.checkWhileTyping(e.OnChanged)
	}
	return f
}

func msgLabel() *widget.Label {
	l := wrapLabel("")
	l.Hide()
	return l
}

func (f *profileForm) dateEntry() *dateBox {
	e := newDateBox()
	e.OnChanged = func(*time.Time) { f.save() }
	return e
}

// checkWhileTyping shows the inline messages as the manager types.
func (f *profileForm) checkWhileTyping(next func(string)) func(string) {
	return func(s string) {
		f.showChecks()
		next(s)
	}
}

func (f *profileForm) showChecks() {
	setMessage(f.odsMsg, assessment.CheckODSCode(f.ods.Text))
	setMessage(f.icoMsg, assessment.CheckICONumber(f.ico.Text))
	setMessage(f.cqcMsg, assessment.CheckCQCLocationID(f.cqc.Text))
	var cep *assessment.FieldProblem
	for _, p := range f.read().Check(f.d.now()) {
		if p.Field == assessment.FieldCEPlusExp {
			cep = &p
		}
	}
	setMessage(f.cepMsg, cep)
}

func setMessage(l *widget.Label, p *assessment.FieldProblem) {
	if p == nil {
		l.Hide()
		return
	}
	l.SetText(p.Message)
	l.Importance = widget.DangerImportance
	if p.Warning {
		l.Importance = widget.WarningImportance
	}
	l.Show()
	l.Refresh()
}

// load fills the fields from the desk's profile.
func (f *profileForm) load() {
	p := f.d.profile
	f.loading = true
	defer func() { f.loading = false }()
	for e, v := range map[*autosaveEntry]string{f.name: p.Name, f.ods: p.ODSCode, f.ico: p.ICONumber, f.cqc: p.CQCLocationID,
		f.manager: p.RegisteredManager, f.lead: p.SecurityLead, f.ceNumber: p.CENumber, f.cepNumber: p.CEPlusNumber} {
		e.Load(v)
	}
	f.ceExpiry.SetDate(datePtr(p.CEExpiry))
	f.cepExpiry.SetDate(datePtr(p.CEPlusExpiry))
	f.pubDate.SetDate(datePtr(p.LastPublishedOn))
	f.published.SetSelected(publishedChoice(p.LastPublishedLevel))
	f.showChecks()
}

func publishedChoice(l assessment.Level) string {
	if l == assessment.NotReady {
		return neverPublished
	}
	return l.String()
}

// read builds a profile from the fields.
func (f *profileForm) read() assessment.Profile {
	p := f.d.profile
	p.Name, p.ODSCode, p.ICONumber, p.CQCLocationID = f.name.Text, f.ods.Text, f.ico.Text, f.cqc.Text
	p.RegisteredManager, p.SecurityLead = f.manager.Text, f.lead.Text
	p.CENumber, p.CEPlusNumber = f.ceNumber.Text, f.cepNumber.Text
	p.CEExpiry, p.CEPlusExpiry, p.LastPublishedOn = dateOf(f.ceExpiry.Date), dateOf(f.cepExpiry.Date), dateOf(f.pubDate.Date)
	p.LastPublishedLevel = assessment.LevelNamed(f.published.Selected)
	return p
}

func (f *profileForm) save() {
	if f.loading {
		return
	}
	f.showChecks()
	f.d.saveProfile(f.read())
}

func (f *profileForm) flush() {
	for _, e := range []*autosaveEntry{f.name, f.ods, f.ico, f.cqc, f.manager, f.lead, f.ceNumber, f.cepNumber} {
		e.Flush()
	}
}

// identityItems are the fields the welcome asks for.
func (f *profileForm) identityItems() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem("Organisation name", f.name),
		widget.NewFormItem("ODS code", container.NewVBox(f.ods, f.odsMsg)),
		widget.NewFormItem("ICO registration number", container.NewVBox(f.ico, f.icoMsg)),
		widget.NewFormItem("CQC location ID", container.NewVBox(f.cqc, f.cqcMsg)),
		widget.NewFormItem("Registered manager", f.manager),
		widget.NewFormItem("Data security lead", f.lead),
	}
}

// profileScreen shows the whole organisation profile.
type profileScreen struct {
	*profileForm
	root fyne.CanvasObject
}

func newProfileScreen(d *Desk) *profileScreen {
	s := &profileScreen{profileForm: newProfileForm(d)}
	form := widget.NewForm(s.identityItems()...)
	form.Append("Cyber Essentials certificate", s.ceNumber)
	form.Append("Cyber Essentials expiry", s.ceExpiry)
	form.Append("Cyber Essentials Plus certificate", s.cepNumber)
	form.Append("Cyber Essentials Plus expiry", container.NewVBox(s.cepExpiry, s.cepMsg))
	form.Append("Published before", s.published)
	form.Append("Last published on", s.pubDate)
	intro := wrapLabel("These details go on the cover of your printed pack. Standards Exceeded needs a Cyber Essentials Plus certificate that has not expired. Approaching Standards can be used only by an organisation that has not published before.")
	s.root = container.NewVScroll(container.NewPadded(container.NewVBox(heading("Organisation profile"), intro, form)))
	return s
}

func (s *profileScreen) content() fyne.CanvasObject { return s.root }

// opened loads the fields each time the screen is shown.
func (s *profileScreen) opened() { s.load() }

// refresh leaves typed text alone and only redoes the checks.
func (s *profileScreen) refresh() { s.showChecks() }
