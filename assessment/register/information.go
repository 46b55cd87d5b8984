package register

// The information and sharing register: a small record of processing
// (1.1.2, 1.4.1, 1.4.3).

// Information is the table of kinds of personal information the home
// holds and shares.
var Information = &Schema{
	Name: "information", Title: "Information and sharing", One: "kind of information", Many: "kinds of information", Carry: true,
	Fields: []Field{
		{Key: "information", Label: "Information", Kind: Text, Required: true, Column: true, Help: "Resident care records, staff records, medication records, CCTV...", Aliases: []string{"data", "record", "kind"}},
		{Key: "whose", Label: "Whose it is", Kind: Text, Column: true, Aliases: []string{"about", "data subjects"}},
		{Key: "kept_in", Label: "Where it is kept", Kind: Text, Column: true, Help: "The system or place: \"care records system\", \"office filing cabinet\".", Aliases: []string{"where", "location", "system"}},
		{Key: "shared_with", Label: "Shared with, and why", Kind: Long, Column: true, Help: "Leave blank if it is not shared.", Aliases: []string{"shared with", "sharing"}},
		{Key: "basis", Label: "Lawful basis", Kind: Choice, Column: true, Options: []Option{
			{"care", "Providing health or social care"}, {"legal", "A legal duty"}, {"contract", "A contract (such as employment)"},
			{"consent", "Consent"}, {"vital", "To protect someone's life"}, {"legitimate", "Legitimate interests"},
		}, Help: basisHelp, Aliases: []string{"legal basis", "basis"}},
		{Key: "kept_for", Label: "How long it is kept", Kind: Text, Help: "From your retention schedule: \"8 years after the person leaves\" (1.4.1).", Aliases: []string{"retention", "retention period"}},
		{Key: "destroyed_by", Label: "How it is destroyed", Kind: Text, Help: "Shredded on site, by the shredding company, deleted from the system... (1.4.3).", Aliases: []string{"destruction", "disposal"}},
	},
}

// basisHelp explains each lawful basis in plain words, one a line, beside
// the choice: the manager picks the one that fits best.
const basisHelp = "Choose the one that fits best:\n" +
	"Providing health or social care: the home needs it to care for the person (care plans, medication records).\n" +
	"A legal duty: the law says the home must keep or share it (payroll for HMRC, safeguarding and DoLS records).\n" +
	"A contract: it is needed for a contract with the person, such as their employment (staff records).\n" +
	"Consent: the person has agreed and can change their mind at any time (photos for the newsletter).\n" +
	"To protect someone's life: only in an emergency, when the person cannot agree.\n" +
	"Legitimate interests: the home's own reasonable needs that people would expect, such as CCTV for safety."
