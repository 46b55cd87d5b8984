package register

// The top risks list (1.3.6).

// Risks is the table of the home's data security risks.
var Risks = &Schema{
	Name: "risks", Title: "Risks", One: "risk", Many: "risks", Carry: true,
	Fields: []Field{
		{Key: "risk", Label: "Risk", Kind: Text, Required: true, Column: true, Aliases: []string{"description", "risk description"}},
		{Key: "likelihood", Label: "How likely", Kind: Choice, Column: true, Options: levels, Aliases: []string{"likelihood"}},
		{Key: "impact", Label: "How bad", Kind: Choice, Column: true, Options: levels, Aliases: []string{"impact", "severity"}},
		{Key: "doing", Label: "What is being done", Kind: Long, Column: true, Aliases: []string{"controls", "mitigation", "actions"}},
		{Key: "owner", Label: "Owner", Kind: Text, Column: true, Aliases: []string{"risk owner"}},
		{Key: "review", Label: "Review by", Kind: Date, Column: true, Aliases: []string{"review date"}},
		{Key: "top", Label: "One of the top three", Kind: YesNo, Column: true, Help: "Mark up to three: they make the answer to 1.3.6.", Aliases: []string{"top three", "top"}},
	},
}

// levels are the choices for how likely and how bad a risk is.
var levels = []Option{{"low", "Low"}, {"medium", "Medium"}, {"high", "High"}}
