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
		}, Help: "Most care records rest on providing care; staff records on the employment contract and legal duties; CCTV usually on legitimate interests.", Aliases: []string{"legal basis", "basis"}},
		{Key: "kept_for", Label: "How long it is kept", Kind: Text, Help: "From your retention schedule: \"8 years after the person leaves\" (1.4.1).", Aliases: []string{"retention", "retention period"}},
		{Key: "destroyed_by", Label: "How it is destroyed", Kind: Text, Help: "Shredded on site, by the shredding company, deleted from the system... (1.4.3).", Aliases: []string{"destruction", "disposal"}},
	},
}
