package register

import (
	"fmt"
	"strings"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// The devices register's checks of one field each: updates (8.3.5),
// encryption (9.5.2), protection (6.2.1), own devices (1.6.6), network
// passwords (9.1.1) and multi-factor authentication (4.5.3).

// deviceGap is a row with what is wrong with it.
type deviceGap struct {
	row Row
	gap string
}

// deviceGaps lists the rows kept by keep, with the gap it finds in each; ""
// means no gap.
func deviceGaps(rows []Row, keep func(Row) bool, gap func(Row) string) (kept int, out []deviceGap) {
	for _, r := range rows {
		if !keep(r) {
			continue
		}
		kept++
		if g := gap(r); g != "" {
			out = append(out, deviceGap{r, g})
		}
	}
	return kept, out
}

// deviceGapLines writes one detail line per gap: "Manager's laptop: not encrypted".
func deviceGapLines(g []deviceGap, name func(Row) string) []string {
	out := make([]string, len(g))
	for i, x := range g {
		out[i] = name(x.row) + ": " + x.gap
	}
	return out
}

// deviceGapNames joins the names of the rows with gaps: "A, B and C".
func deviceGapNames(g []deviceGap) string {
	out := make([]string, len(g))
	for i, x := range g {
		out[i] = x.row.Text("name")
	}
	return JoinAnd(out)
}

func everyDevice(Row) bool { return true }

// deviceCheckFinding makes the usual finding of a one-field check: "All 12
// devices install updates automatically" or "11 of 12 ...; not: ...".
// what is the sentence's end for one row and for many.
func deviceCheckFinding(ref string, kept int, g []deviceGap, what [2]string, missing string) Finding {
	f := Finding{Ref: ref, Details: deviceGapLines(g, func(r Row) string { return r.Text("name") })}
	switch {
	case len(g) == 0 && kept == 1:
		f.Summary = "The one " + what[0] + "."
		return f
	case len(g) == 0:
		f.Summary = fmt.Sprintf("All %d %s.", kept, what[1])
		return f
	}
	f.Summary = fmt.Sprintf("%d of %d %s; not: %s.", kept-len(g), kept, what[1], deviceGapNames(g))
	f.Missing = fmt.Sprintf(missing, deviceGapNames(g))
	return f
}

// updatesFinding is 8.3.5: devices that do not install updates automatically.
func updatesFinding(devices []Row) Finding {
	kept, g := deviceGaps(devices, everyDevice, func(r Row) string {
		switch r.Text("auto_updates") {
		case "yes":
			return ""
		case "no":
			return "updates are not installed automatically"
		}
		return "not recorded whether updates install automatically"
	})
	return deviceCheckFinding("8.3.5", kept, g, [2]string{"device installs updates automatically", "devices install updates automatically"},
		"Turn on automatic updates (or have your IT supplier install them promptly) for %s.")
}

// mobile reports whether a device is a laptop, tablet or phone: the
// devices 9.5.2 asks to be encrypted.
func mobile(r Row) bool {
	return r.Is("kind", "laptop") || r.Is("kind", "tablet") || r.Is("kind", "phone")
}

func encryptionGap(r Row) string {
	switch r.Text("encrypted") {
	case "yes":
		return ""
	case "no":
		return "Not encrypted"
	}
	return "Encryption not recorded"
}

// encryptionFinding is 9.5.2: laptops, tablets and phones not encrypted.
func encryptionFinding(devices []Row) Finding {
	kept, g := deviceGaps(devices, mobile, func(r Row) string { return strings.ToLower(encryptionGap(r)) })
	if kept == 0 {
		return Finding{Ref: "9.5.2", NotApplicable: true,
			Summary: "No laptops, tablets or phones are in the register. If the home has none (and no USB sticks with personal data), this question is Not applicable."}
	}
	f := deviceCheckFinding("9.5.2", kept, g, [2]string{"laptop, tablet or phone is encrypted", "laptops, tablets and phones are encrypted"},
		"Turn on encryption (BitLocker, FileVault or a device passcode) on %s, and record how.")
	f.Details = append(f.Details, "USB sticks and other removable devices are not in this register: check they are encrypted or blocked.")
	return f
}

// needsProtection reports whether a device is one 6.2.1 asks to have
// antivirus or built-in protection: computers, tablets and phones.
func needsProtection(r Row) bool {
	switch r.Text("kind") {
	case "desktop", "laptop", "tablet", "phone", "server":
		return true
	}
	return false
}

// protectionGap says what is wrong with a device's protection, or "".
func protectionGap(r Row) string {
	switch p := strings.ToLower(strings.TrimSpace(r.Text("protection"))); {
	case p == "" || p == "none" || p == "no" || p == "-":
		return "No antivirus or built-in protection recorded"
	case r.No("protection_updates"):
		return "Protection does not update itself"
	case !r.Yes("protection_updates"):
		return "Not recorded whether its protection updates itself"
	}
	return ""
}

// protectionFinding is 6.2.1: computers, tablets and phones without
// working protection (none, or one that does not update itself).
func protectionFinding(devices []Row) Finding {
	kept, g := deviceGaps(devices, needsProtection, func(r Row) string { return strings.ToLower(protectionGap(r)) })
	if kept == 0 {
		return Finding{Ref: "6.2.1", Summary: "No computers, tablets or phones are in the register."}
	}
	return deviceCheckFinding("6.2.1", kept, g, [2]string{"computer, tablet or phone has antivirus or built-in protection that updates itself", "computers, tablets and phones have antivirus or built-in protection that updates itself"},
		"Install or switch on antivirus that updates itself (built-in Windows protection counts when it is on) on %s.")
}

// ownDevicesFinding is 1.6.6: personal devices used for work, and whether
// the own-device rules cover them (the register's setting: only the
// manager knows).
func ownDevicesFinding(devices []Row, covered bool) Finding {
	own := rowsWhere(devices, func(r Row) bool { return r.Is("owner", "personal") })
	if len(own) == 0 {
		return Finding{Ref: "1.6.6", NotApplicable: true,
			Summary: "No personal devices used for work are in the register. If staff, directors, trustees and volunteers never use their own devices for work, this question is Not applicable."}
	}
	used := fmt.Sprintf("%s used for work: %s.", assessment.Count(len(own), "personal device is", "personal devices are"), JoinAnd(labelsOf(own, ownerName)))
	if covered {
		return Finding{Ref: "1.6.6",
			Summary: fmt.Sprintf("%s The own-device rules cover %s, and %s the rules.", used,
				assessment.Pick(len(own), "it", "them"), assessment.Pick(len(own), "its user has signed", "their users have signed"))}
	}
	return Finding{Ref: "1.6.6",
		Summary: fmt.Sprintf("%s Check your own-device policy covers %s, and that %s it.", used,
			assessment.Pick(len(own), "it", "them"), assessment.Pick(len(own), "its user has signed", "their users have signed")),
		Missing: fmt.Sprintf("Check your own-device policy covers %s, keep the signed agreements as evidence, then tick \"%s\" in the devices register.",
			JoinAnd(labelsOf(own, Devices.RowLabel)), OwnDeviceRules.Label),
	}
}

// ownerName names a personal device with who uses it: "Jo's phone (Jo Bloggs)".
func ownerName(r Row) string { return withAside(r.Text("name"), r.Text("user")) }

// networkPasswordFinding is 9.1.1: routers and firewalls whose default
// password is not changed (or not recorded as changed).
func networkPasswordFinding(devices []Row) Finding {
	kept, g := deviceGaps(devices, func(r Row) bool { return r.Is("kind", "router") }, func(r Row) string {
		switch r.Text("default_password_changed") {
		case "yes":
			return ""
		case "no":
			return "default password not changed"
		}
		return "not recorded whether the default password was changed"
	})
	if kept == 0 {
		return Finding{Ref: "9.1.1", Summary: "No router or firewall is in the register.",
			Missing: "Add the home's internet router (and any firewall or Wi-Fi point) to the devices register, with whether its default password was changed."}
	}
	return deviceCheckFinding("9.1.1", kept, g, [2]string{"router or firewall has had its default password changed", "routers and firewalls have had their default password changed"},
		"Change the default password of %s (your internet provider or IT supplier can help).")
}

// mfaFinding is 4.5.3: programs and online services without multi-factor
// authentication.
func mfaFinding(software []Row) Finding {
	kept, g := deviceGaps(software, everyDevice, func(r Row) string {
		switch r.Text("mfa") {
		case "yes":
			return ""
		case "no":
			return "multi-factor authentication is off"
		}
		return "not recorded whether multi-factor authentication is on"
	})
	return deviceCheckFinding("4.5.3", kept, g, [2]string{"program or online service uses multi-factor authentication", "programs and online services use multi-factor authentication"},
		"Turn on multi-factor authentication for %s, or record the senior manager's approved reason why it cannot be used.")
}
