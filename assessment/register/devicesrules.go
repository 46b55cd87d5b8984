package register

import (
	"fmt"
	"strings"
	"time"

	"github.com/dsptdesk/dsptdesk/assessment"
)

// deviceFindings works out what the devices register says about its
// questions: the register itself (7.1.1), support (8.1.4, 8.2.1), updates
// (8.3.5), encryption (9.5.2), protection (6.2.1), own devices (1.6.6),
// network passwords (9.1.1) and multi-factor authentication (4.5.3). With
// nothing in the register, only 7.1.1 speaks.
func deviceFindings(c Context) []Finding {
	devices, software := c.Book.Of(Devices.Name), c.Book.Of(Software.Name)
	fs := []Finding{assetRegisterFinding(c.Today, devices, software)}
	if len(devices)+len(software) == 0 {
		return fs
	}
	sup := deviceSupportItems(c.Today, devices, software)
	fs = append(fs, sup.finding814(len(devices), len(software)), sup.finding821())
	if len(devices) > 0 {
		fs = append(fs, updatesFinding(devices), encryptionFinding(devices), protectionFinding(devices),
			ownDevicesFinding(devices, c.Setting(OwnDeviceRules)), networkPasswordFinding(devices))
	}
	if len(software) > 0 {
		fs = append(fs, mfaFinding(software))
	}
	return fs
}

// deviceName names a device with its system: "Office PC 2 (Windows 10)".
func deviceName(r Row) string { return withAside(r.Text("name"), r.Text("system")) }

// assetRegisterFinding is 7.1.1: the register is the evidence.
func assetRegisterFinding(today time.Time, devices, software []Row) Finding {
	f := Finding{Ref: "7.1.1", ExportAsEvidence: true,
		Summary: fmt.Sprintf("Digital asset register: %s and %s.", assessment.Count(len(devices), "device", "devices"), assessment.Count(len(software), "program or online service", "programs and online services"))}
	if len(devices) == 0 {
		f.Missing = "List the home's computers, tablets, phones, router and printers, and the programs and online services it uses, in the devices and software register."
		return f
	}
	stale := rowsWhere(devices, func(r Row) bool {
		d := r.Date("last_checked")
		return !InLastMonths(d, today, 12) && !After(d, today)
	})
	if len(stale) > 0 {
		f.Details = append(f.Details, "Not checked in the last 12 months: "+JoinAnd(labelsOf(stale, Devices.RowLabel)))
		f.Missing = fmt.Sprintf("%s not checked in the last 12 months: check them and note the date, so the register is up to date.", assessment.Count(len(stale), "device", "devices"))
	}
	return f
}

// deviceSupportList is the devices and programs by their support.
type deviceSupportList struct {
	ended, ending, unknown []deviceSupportItem
}

type deviceSupportItem struct {
	name string
	s    supportOf
	dev  bool
}

func deviceSupportItems(today time.Time, devices, software []Row) deviceSupportList {
	var l deviceSupportList
	add := func(r Row, name string, dev bool) {
		it := deviceSupportItem{name, rowSupport(r, today), dev}
		switch it.s.state {
		case supportEnded:
			l.ended = append(l.ended, it)
		case supportEnding:
			l.ending = append(l.ending, it)
		case supportUnknown:
			l.unknown = append(l.unknown, it)
		}
	}
	for _, d := range devices {
		add(d, deviceName(d), true)
	}
	for _, s := range software {
		add(s, s.Text("name"), false)
	}
	return l
}

func (l deviceSupportList) count(dev bool) int {
	n := 0
	for _, it := range l.ended {
		if it.dev == dev {
			n++
		}
	}
	return n
}

func supportItemNames(items []deviceSupportItem, withState bool) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.name
		if withState {
			out[i] += ": " + LowerFirst(it.s.text())
		}
	}
	return JoinAnd(out)
}

// finding814 is 8.1.4: "All 12 devices are on supported systems", or who
// is not; what ends in the next 90 days; what has no date.
func (l deviceSupportList) finding814(devices, software int) Finding {
	var clauses []string
	if devices > 0 {
		clauses = append(clauses, supportClause(devices, l.count(true), "device is on a supported system", "devices are on supported systems"))
	}
	if software > 0 {
		// The second clause goes after a semicolon: "...; all 4 programs".
		c := supportClause(software, l.count(false), "program or service is supported", "programs and services are supported")
		if len(clauses) > 0 {
			c = LowerFirst(c)
		}
		clauses = append(clauses, c)
	}
	summary := strings.Join(clauses, "; ") + "."
	f := Finding{Ref: "8.1.4", Summary: UpperFirst(summary)}
	for _, it := range l.ended {
		f.Details = append(f.Details, "Not supported: "+it.name+": "+LowerFirst(it.s.text()))
	}
	for _, it := range l.ending {
		f.Details = append(f.Details, "Support ends soon: "+it.name+": "+LowerFirst(it.s.text()))
	}
	if len(l.unknown) > 0 {
		f.Details = append(f.Details, "No end date known (check the maker still sends updates): "+supportItemNames(l.unknown, false))
	}
	switch {
	case len(l.ended) > 0:
		f.Missing = fmt.Sprintf("%s past %s end of support (%s): replace or upgrade %s, or write down the plan for 8.2.1.",
			assessment.Count(len(l.ended), "device or program is", "devices or programs are"), assessment.Pick(len(l.ended), "its", "their"),
			supportItemNames(l.ended, false), assessment.Pick(len(l.ended), "it", "them"))
	case len(l.ending) > 0:
		f.Missing = fmt.Sprintf("Support ends within %d days for %s: plan the upgrade or replacement.", WarnDays, supportItemNames(l.ending, true))
	}
	return f
}

// supportClause: "All 12 devices are on supported systems" or "11 of 12
// devices are on supported systems; 1 is not".
func supportClause(total, ended int, one, many string) string {
	switch {
	case ended == 0 && total == 1:
		return "the one " + one
	case ended == 0:
		return fmt.Sprintf("All %d %s", total, many)
	}
	return fmt.Sprintf("%d of %d %s, %d %s not", total-ended, total, many, ended, assessment.Pick(ended, "is", "are"))
}

// finding821 is 8.2.1: the plan for what is not supported, offered as an
// action; "Not applicable" when everything is supported.
func (l deviceSupportList) finding821() Finding {
	if len(l.ended) == 0 {
		return Finding{Ref: "8.2.1", NotApplicable: true,
			Summary: "Everything in the register is supported, so no plan is needed: write \"Not applicable\" in the document-location box."}
	}
	n := supportItemNames(l.ended, false)
	f := Finding{Ref: "8.2.1",
		Summary: fmt.Sprintf("%s no longer %s security updates and %s a written plan: %s.", assessment.Count(len(l.ended), "item", "items"),
			assessment.Pick(len(l.ended), "gets", "get"), assessment.Pick(len(l.ended), "needs", "need"), n),
		Missing: "Write down, for each unsupported item, why it is still used, the risk, how the risk is reduced and when it will be replaced, and have it approved.",
	}
	for _, it := range l.ended {
		f.Details = append(f.Details, it.name+": "+LowerFirst(it.s.text()))
	}
	f.Action = &assessment.Action{Ref: "8.2.1",
		Gap:    fmt.Sprintf("No security updates for %s.", supportItemNames(l.ended, true)),
		Action: fmt.Sprintf("Replace or upgrade %s. Until then, write down why %s still used, the risk and how it is reduced, and have it approved.", n, assessment.Pick(len(l.ended), "it is", "they are")),
	}
	return f
}
