package register

// The suppliers register (10.1.2, 10.2.1, 1.4.2, 4.3.1).

// Suppliers is the table of suppliers who handle or can reach personal
// information, or supply IT.
var Suppliers = &Schema{
	Name: "suppliers", Title: "Suppliers", One: "supplier", Many: "suppliers", Carry: true,
	Fields: []Field{
		{Key: "name", Label: "Name", Kind: Text, Required: true, Column: true, Aliases: []string{"supplier", "company"}},
		{Key: "provides", Label: "What they provide", Kind: Text, Column: true, Aliases: []string{"service", "provides"}},
		{Key: "it_supplier", Label: "Supplies IT systems or support", Kind: YesNo, Column: true, Help: "They provide a computer system, software or IT support (10.2.1 asks about their certification).", Aliases: []string{"it supplier"}},
		{Key: "contact", Label: "Contact details", Kind: Text, Help: "A phone number, email or address to reach them (10.1.2 asks for it).", Aliases: []string{"contact", "phone", "email", "telephone"}},
		{Key: "data", Label: "Personal data they handle or can reach", Kind: Text, Aliases: []string{"data", "personal data"}},
		{Key: "contract_at", Label: "Contract with data protection terms kept at", Kind: Place, Aliases: []string{"contract", "contract location"}},
		{Key: "contract_reviewed", Label: "Contract reviewed on", Kind: Date, Aliases: []string{"contract reviewed"}},
		{Key: "certification", Label: "Certification", Kind: Choice, Column: true, Options: []Option{
			{"none", "None"}, {"ce", "Cyber Essentials"}, {"ceplus", "Cyber Essentials Plus"}, {"iso27001", "ISO 27001"}, {"dspt", "DSPT Standards Met"},
		}, Aliases: []string{"certificate", "accreditation"}},
		{Key: "cert_expiry", Label: "Certification expires on", Kind: Date, Column: true, Aliases: []string{"expiry", "certificate expiry"}},
		{Key: "cert_at", Label: "Certificate kept at", Kind: Place, Aliases: []string{"certificate location"}},
		{Key: "destroys", Label: "Destroys records or equipment for the home", Kind: YesNo, Help: "For example a shredding company or an IT recycler (1.4.2).", Aliases: []string{"destruction", "shredding"}},
		{Key: "admin_access", Label: "Has administrator access to the home's systems", Kind: YesNo, Aliases: []string{"admin access"}},
		{Key: "admin_agreement", Label: "Signed the administrator agreement", Kind: YesNo, Help: "An agreement that they will use administrator access only as the home asks (4.3.1).", Aliases: []string{"admin agreement"}},
		{Key: "reviewed", Label: "Last reviewed", Kind: Date, Aliases: []string{"review date", "reviewed on"}},
	},
}
