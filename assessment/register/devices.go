package register

// The digital asset register: devices and software (7.1.1, 8.1.4, 8.2.1,
// 8.3.5, 9.5.2, 6.2.1, 1.6.6, 9.1.1).

// Devices is the table of computers, tablets, phones and network devices.
var Devices = &Schema{
	Name: "devices", Title: "Devices", One: "device", Many: "devices", Carry: true,
	Fields: []Field{
		{Key: "name", Label: "Name", Kind: Text, Required: true, Column: true, Help: "How staff know it: \"Office PC\", \"Nurses' tablet 2\".", Aliases: []string{"device", "device name", "asset"}},
		{Key: "kind", Label: "Kind", Kind: Choice, Required: true, Column: true, Options: []Option{
			{"desktop", "Desktop"}, {"laptop", "Laptop"}, {"tablet", "Tablet"}, {"phone", "Phone"}, {"server", "Server"}, {"router", "Router or firewall"}, {"printer", "Printer"}, {"other", "Other"},
		}, Aliases: []string{"type", "device type"}},
		{Key: "user", Label: "Used by", Kind: Text, Column: true, Aliases: []string{"user", "who uses it"}},
		{Key: "location", Label: "Where it is", Kind: Text, Aliases: []string{"location", "where"}},
		{Key: "owner", Label: "Owned by", Kind: Choice, Column: true, Options: []Option{{"home", "The home"}, {"personal", "Personal (own device used for work)"}}, Aliases: []string{"ownership", "owned"}},
		{Key: "system", Label: "Operating system", Kind: Text, Column: true, Aliases: []string{"os", "operating system"}},
		{Key: "version", Label: "Version", Kind: Text, Aliases: []string{"os version"}},
		{Key: "supported_until", Label: "Supported until", Kind: Date, Column: true, Help: "The day its maker stops sending security updates. Filled in from the end-of-support table when you choose the system; change it if you know better.", Aliases: []string{"end of support", "support ends"}},
		{Key: "encrypted", Label: "Encrypted", Kind: YesNo, Column: true, Aliases: []string{"encryption"}},
		{Key: "encryption", Label: "Encrypted how", Kind: Text, Help: "BitLocker, FileVault, a device passcode...", Aliases: []string{"encryption method"}},
		{Key: "protection", Label: "Antivirus or built-in protection", Kind: Text, Aliases: []string{"antivirus", "anti-virus", "av"}},
		{Key: "protection_updates", Label: "Protection updates itself", Kind: YesNo, Aliases: []string{"antivirus updates"}},
		{Key: "auto_updates", Label: "Updates installed automatically", Kind: YesNo, Aliases: []string{"automatic updates", "updates"}},
		{Key: "default_password_changed", Label: "Default password changed", Kind: YesNo, Help: "For routers, firewalls and similar: the password it came with has been changed.", Aliases: []string{"default password"}},
		{Key: "last_checked", Label: "Last checked", Kind: Date, Aliases: []string{"checked", "checked on"}},
	},
}

// Software is the table of programs and online services the home uses.
var Software = &Schema{
	Name: "software", Title: "Software and online services", One: "program or service", Many: "programs and services", Carry: true,
	Fields: []Field{
		{Key: "name", Label: "Name", Kind: Text, Required: true, Column: true, Aliases: []string{"software", "service", "system"}},
		{Key: "purpose", Label: "Used for", Kind: Text, Column: true, Help: "Care records, rota, email, accounts...", Aliases: []string{"purpose", "what for"}},
		{Key: "supplier", Label: "Supplier", Kind: Text, Column: true, Aliases: []string{"vendor", "provider"}},
		{Key: "supported_until", Label: "Supported until", Kind: Date, Column: true, Aliases: []string{"end of support"}},
		{Key: "admins", Label: "Who has admin rights", Kind: Text, Aliases: []string{"admin", "administrators"}},
		{Key: "mfa", Label: "Multi-factor authentication on", Kind: YesNo, Column: true, Aliases: []string{"mfa", "2fa", "two-factor"}},
	},
}
