package register

import (
	"reflect"
	"strings"
	"testing"
)

// An IT company's asset list, with its own headings: most are matched by
// the devices table's labels and aliases, the rest are matched by hand, and
// a device without a "Supported until" takes its system's date for 8.1.4.
func TestADevicesSpreadsheetIsMatchedThenMappedByHand(t *testing.T) {
	f := readString(t, "Asset,Device type,OS,OS version,End of support,BitLocker,AV,Last audit,Serial\n"+
		"Reception PC,Desktop,Windows 10,22H2,,No,Microsoft Defender,14/11/2026,ABC123\n"+
		"Manager laptop,laptop,Windows 11 25H2 (Home and Pro),,12/10/2027,Yes,Microsoft Defender,2026-11-14,DEF456\n"+
		"Hall tablet,Tablet PC,iPadOS 18,,,Yes,,,GHI789\n")
	m := AutoMap(Devices, f.Headings)
	want := Mapping{"name": 0, "kind": 1, "system": 2, "version": 3, "supported_until": 4, "protection": 6}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("matched %v, want %v", m, want)
	}
	m["encrypted"], m["last_checked"] = 5, 7 // "BitLocker" and "Last audit", chosen by the manager
	in := Apply(Devices, f.Lines, m, nil)
	wantRows := []Values{
		{"name": "Reception PC", "kind": "desktop", "system": "Windows 10", "version": "22H2", "encrypted": "no", "protection": "Microsoft Defender", "last_checked": "2026-11-14"},
		{"name": "Manager laptop", "kind": "laptop", "system": "Windows 11 25H2 (Home and Pro)", "supported_until": "2027-10-12", "encrypted": "yes", "protection": "Microsoft Defender", "last_checked": "2026-11-14"},
	}
	if !reflect.DeepEqual(in.Rows, wantRows) {
		t.Errorf("rows\n%v\nwant\n%v", in.Rows, wantRows)
	}
	if got := strings.Join(in.Problems(), "\n"); !strings.HasPrefix(got, `Line 4: Kind: "Tablet PC" is not one of: Desktop, Laptop, Tablet`) {
		t.Errorf("problems %q", got)
	}
	var rows []Row
	for _, v := range in.Rows {
		rows = append(rows, Row{Table: "devices", Values: v})
	}
	fs := byRef(t, deviceContext(rows))
	if got := fs["8.1.4"].Summary; got != "1 of 2 devices are on supported systems, 1 is not." {
		t.Errorf("8.1.4 of the imported devices: %q", got)
	}
}

// A supplier list with yes/no columns written as a spreadsheet writes them,
// and dates either way round.
func TestASuppliersSpreadsheetIsMatched(t *testing.T) {
	f := readString(t, "Supplier;Service;IT supplier;Certificate;Expiry;Shredding;Admin access;Admin agreement\n"+
		"Northpoint IT;IT support;Y;Cyber Essentials Plus;01/07/2027;N;Yes;yes\n"+
		"ShredSafe;Shredding;no;None;;TRUE;no;\n")
	in := Apply(Suppliers, f.Lines, AutoMap(Suppliers, f.Headings), nil)
	if len(in.Bad) > 0 || len(in.Unmapped) > 0 {
		t.Fatalf("problems: %q", in.Problems())
	}
	want := []Values{
		{"name": "Northpoint IT", "provides": "IT support", "it_supplier": "yes", "certification": "ceplus", "cert_expiry": "2027-07-01", "destroys": "no", "admin_access": "yes", "admin_agreement": "yes"},
		{"name": "ShredSafe", "provides": "Shredding", "it_supplier": "no", "certification": "none", "destroys": "yes", "admin_access": "no"},
	}
	if !reflect.DeepEqual(in.Rows, want) {
		t.Errorf("rows\n%v\nwant\n%v", in.Rows, want)
	}
}
