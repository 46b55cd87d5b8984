package register

// The breaches and near misses log (6.1.1, 6.1.2, 6.1.3, 5.1.1) and the
// spot checks log (1.3.2).

// Incidents is the table of data security breaches and near misses.
var Incidents = &Schema{
	Name: "incidents", Title: "Breaches and near misses", One: "incident", Many: "incidents",
	Fields: []Field{
		{Key: "found", Label: "Date found", Kind: Date, Required: true, Column: true, Aliases: []string{"date", "date found", "discovered"}},
		{Key: "what", Label: "What happened", Kind: Long, Required: true, Column: true, Aliases: []string{"description", "details", "summary"}},
		{Key: "type", Label: "Type", Kind: Choice, Required: true, Column: true, Options: []Option{
			{"lost_paper", "Lost or stolen paper"}, {"wrong_person", "Sent to the wrong person"}, {"cyber", "Cyber attack"}, {"lost_device", "Lost or stolen device"},
			{"seen", "Seen or told to someone who should not have"}, {"disposal", "Not disposed of safely"}, {"other", "Other"},
		}, Aliases: []string{"incident type", "category"}},
		{Key: "near_miss", Label: "Near miss (no data lost)", Kind: YesNo, Column: true, Help: "A near miss is an incident where no personal data was lost or seen by anyone who should not have seen it.", Aliases: []string{"near miss"}},
		{Key: "data", Label: "Data affected", Kind: Text, Aliases: []string{"data", "information affected"}},
		{Key: "people", Label: "Number of people affected", Kind: Number, Aliases: []string{"people affected", "number affected"}},
		{Key: "risk", Label: "Risk to them", Kind: Choice, Options: []Option{{"low", "Low"}, {"medium", "Medium"}, {"high", "High"}}, Aliases: []string{"risk"}},
		{Key: "management_approved", Label: "Management told and approved the actions on", Kind: Date, Aliases: []string{"management approved", "approved"}},
		{Key: "people_told", Label: "People affected told on", Kind: Date, Aliases: []string{"people told", "individuals told"}},
		{Key: "ico_reported", Label: "Reported to the ICO on", Kind: Date, Help: "Report a breach that is a risk to people within 72 hours of finding it, through the toolkit's incident reporting tool (it passes it to the ICO).", Aliases: []string{"ico", "reported to ico"}},
		{Key: "ico_reason", Label: "Not reported to the ICO because", Kind: Long, Help: "When you decide a breach need not be reported (the toolkit's incident reporting tool helps you decide), write why here.", Aliases: []string{"reason not reported", "why not reported", "ico decision"}},
		{Key: "actions", Label: "Actions", Kind: Long, Help: "What is being done so it does not happen again. Each becomes an entry in the action plan.", Aliases: []string{"action", "actions taken"}},
		{Key: "owner", Label: "Actions owned by", Kind: Text, Aliases: []string{"owner", "action owner"}},
		{Key: "lessons", Label: "Lessons learned", Kind: Long, Aliases: []string{"lessons"}},
		{Key: "closed", Label: "Date closed", Kind: Date, Column: true, Aliases: []string{"closed", "closed on"}},
	},
}

// SpotChecks is the table of spot checks on how staff handle information.
var SpotChecks = &Schema{
	Name: "spotchecks", Title: "Spot checks", One: "spot check", Many: "spot checks", Carry: false,
	Fields: []Field{
		{Key: "date", Label: "Date", Kind: Date, Required: true, Column: true, Aliases: []string{"date checked", "checked on"}},
		{Key: "area", Label: "Area", Kind: Choice, Required: true, Column: true, Options: []Option{
			{"clear_desk", "Clear desk"}, {"screens", "Screens locked"}, {"paper", "Paper records"}, {"passwords", "Passwords"}, {"disposal", "Disposal"}, {"other", "Other"},
		}, Aliases: []string{"what was checked", "check"}},
		{Key: "checked_by", Label: "Checked by", Kind: Text, Column: true, Aliases: []string{"who checked", "checker"}},
		{Key: "found", Label: "What was found", Kind: Long, Column: true, Aliases: []string{"findings", "result"}},
		{Key: "actions", Label: "Actions", Kind: Long, Help: "What will be put right. Each becomes an entry in the action plan.", Aliases: []string{"action"}},
		{Key: "owner", Label: "Actions owned by", Kind: Text, Help: "Who puts it right; left blank, the person who checked.", Aliases: []string{"owner", "action owner"}},
	},
}
