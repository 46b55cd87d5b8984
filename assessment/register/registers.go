package register

// CountAgency decides whether agency staff count towards the training
// figure of 3.2.1.
var CountAgency = Setting{
	Key:   "staff.count_agency",
	Label: "Count agency staff in the training figure",
	Short: "The toolkit counts everyone who works for you; agencies usually train their own staff.",
	Help: "The toolkit counts everyone who works for the home, including bank staff, volunteers, directors and trustees. " +
		"Agency staff are usually trained by their agency: leave them out unless they work for you often enough that you " +
		"check their training yourself, and keep the agency's confirmation as evidence.",
}

// OwnDeviceRules records that the rules for personal devices used for work
// cover them (1.6.6): the register lists the devices, but only the manager
// knows whether the policy covers them and their users have signed it.
var OwnDeviceRules = Setting{
	Key:   "devices.own_device_rules",
	Label: "Our own-device rules cover the personal devices used for work",
	Short: "Tick when the policy covers each device listed and its user signed it.",
	Help: "Tick it when your policy for using one's own phone, tablet or computer for work covers every personal device " +
		"listed here and each user has signed it (1.6.6). Keep the signed copies as evidence.",
}

func init() {
	add(&Register{
		Name: "staff", Title: "Staff and training",
		Intro:     "Everyone who works for the home, and their data security training.",
		Working:   TrainingRule,
		Tables:    []*Schema{Staff, Training},
		Settings:  []Setting{CountAgency},
		Questions: []string{"3.2.1", "3.1.1", "3.4.1", "4.1.1", "2.1.1", "2.2.1", "4.2.4"},
		Findings:  staffFindings,
	})
	add(&Register{
		Name: "incidents", Title: "Breaches and near misses",
		Intro:     "Every data security breach and near miss, what was done and who was told. It answers 6.1.1, 6.1.2, 6.1.3 and 5.1.1.",
		Tables:    []*Schema{Incidents},
		Questions: []string{"6.1.1", "6.1.2", "6.1.3", "5.1.1"},
		Findings:  incidentFindings,
	})
	add(&Register{
		Name: "spotchecks", Title: "Spot checks",
		Intro:     "Checks that staff follow the rules: clear desks, locked screens, paper records, passwords, disposal. It answers 1.3.2.",
		Tables:    []*Schema{SpotChecks},
		Questions: []string{"1.3.2"},
		Findings:  spotCheckFindings,
	})
	add(&Register{
		Name: "devices", Title: "Devices and software",
		Intro:     "Every computer, tablet, phone and network device, and the programs and online services the home uses: the digital asset register of 7.1.1, and the figures for updates, support, backups and multi-factor authentication.",
		Tables:    []*Schema{Devices, Software},
		Settings:  []Setting{OwnDeviceRules},
		Questions: []string{"7.1.1", "8.1.4", "8.2.1", "8.3.5", "9.5.2", "6.2.1", "1.6.6", "9.1.1", "4.5.3"},
		Findings:  deviceFindings,
	})
	add(&Register{
		Name: "suppliers", Title: "Suppliers",
		Intro:     "Suppliers who handle or can reach personal information, or supply IT. It answers 10.1.2, 10.2.1, 1.4.2 and 4.3.1.",
		Tables:    []*Schema{Suppliers},
		Questions: []string{"10.1.2", "10.2.1", "1.4.2", "4.3.1"},
		Findings:  supplierFindings,
	})
	add(&Register{
		Name: "information", Title: "Information and sharing",
		Intro:     "What personal information the home holds, where, who it is shared with, how long it is kept and how it is destroyed. It answers 1.1.2, 1.4.1 and 1.4.3.",
		Tables:    []*Schema{Information},
		Questions: []string{"1.1.2", "1.4.1", "1.4.3"},
		Findings:  informationFindings,
	})
	add(&Register{
		Name: "risks", Title: "Top risks",
		Intro:     "The home's data security risks, with the top three marked. They make the answer to 1.3.6.",
		Tables:    []*Schema{Risks},
		Questions: []string{"1.3.6"},
		Findings:  riskFindings,
	})
}
