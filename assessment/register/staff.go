package register

// The staff and training register: who works at the home, in what role,
// and their data security training (3.2.1, 3.1.1, 3.4.1, 4.1.1, 2.1.1,
// 2.2.1, 4.2.4).

// Staff is the table of people who work for the home.
var Staff = &Schema{
	Name: "staff", Title: "Staff", One: "person", Many: "people", Carry: true,
	Links: []Link{{Field: "name", Table: "training", Key: "person"}},
	Fields: []Field{
		{Key: "name", Label: "Name", Kind: Text, Required: true, Column: true, Aliases: []string{"full name", "staff name", "employee"}},
		{Key: "role", Label: "Role", Kind: Text, Column: true, Aliases: []string{"job title", "job", "position"}},
		{Key: "type", Label: "Type", Kind: Choice, Required: true, Column: true, Options: []Option{
			{"employee", "Employee"}, {"bank", "Bank"}, {"agency", "Agency"}, {"volunteer", "Volunteer"}, {"director", "Director or trustee"},
		}, Help: "Directors, trustees and volunteers count towards the training figure like employees.", Aliases: []string{"staff type", "contract type"}},
		{Key: "start_date", Label: "Start date", Kind: Date, Column: true, Aliases: []string{"started", "start"}},
		{Key: "leaving_date", Label: "Leaving date", Kind: Date, Column: true, Aliases: []string{"left", "end date", "leaving"}},
		{Key: "contract_clause", Label: "Contract has the data security clause", Kind: YesNo, Help: "Their contract or volunteer agreement says they must keep personal information confidential and secure (2.2.1).", Aliases: []string{"contract clause", "confidentiality clause"}},
		{Key: "induction_date", Label: "Induction covered data security on", Kind: Date, Help: "The day their induction covered data security and confidentiality (2.1.1).", Aliases: []string{"induction", "induction date"}},
		{Key: "access_removed", Label: "Access removed on", Kind: Date, Help: "For leavers: the day their logins, keys, fobs and cards were taken back or closed (4.2.4).", Aliases: []string{"access removed", "accounts closed"}},
	},
}

// Training is the table of data security training each person completed.
var Training = &Schema{
	Name: "training", Title: "Training", One: "training record", Many: "training records", Carry: true,
	Fields: []Field{
		{Key: "person", Label: "Person", Kind: Text, Required: true, Column: true, Help: "Their name as it is written in the staff list.", Aliases: []string{"name", "staff name", "employee"}},
		{Key: "course", Label: "Course", Kind: Choice, Required: true, Column: true, Options: []Option{
			{"awareness", "Data security awareness e-learning"}, {"inhouse", "In-house session"}, {"lead", "Role training for the data security lead"}, {"other", "Other data security training"},
		}, Aliases: []string{"training", "course name", "module"}},
		{Key: "completed", Label: "Date completed", Kind: Date, Required: true, Column: true, Aliases: []string{"completed on", "date", "completion date"}},
		{Key: "certificate", Label: "Certificate kept at", Kind: Place, Help: "A file, folder or paper place where the certificate or sign-in sheet is, like evidence.", Aliases: []string{"certificate", "certificate location"}},
		{Key: "result", Label: "Pass or score", Kind: Text, Column: true, Aliases: []string{"score", "pass", "result"}},
	},
}
