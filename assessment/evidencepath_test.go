package assessment

import (
	"strings"
	"testing"
)

func TestExaminePath(t *testing.T) {
	cases := []struct {
		loc       string
		path      string
		facts     string // N network, D device, R relative, C climbs
		checkable bool
	}{
		{`C:\Users\Manager\Documents\Policy.docx`, `C:\Users\Manager\Documents\Policy.docx`, "", true},
		{`c:/Records/Rota.xlsx`, `c:/Records/Rota.xlsx`, "", true},
		{`/home/manager/Evidence/Policy.pdf`, `/home/manager/Evidence/Policy.pdf`, "", true},
		{`\\server\share\x.docx`, `\\server\share\x.docx`, "N", false},
		{`//server/share/x.docx`, `//server/share/x.docx`, "N", false},
		{`\\server\share\..\..\other\x.docx`, `\\server\share\other\x.docx`, "NC", false},
		{`\/server\share\x.docx`, `\\server\share\x.docx`, "N", false},
		{`\\?\UNC\server\share\x.docx`, `\\?\UNC\server\share\x.docx`, "N", false},
		{`\\?\unc\server\share\x.docx`, `\\?\unc\server\share\x.docx`, "N", false},
		{`\??\UNC\server\share\x.docx`, `\??\UNC\server\share\x.docx`, "N", false},
		{`//?/UNC/server/share/x.docx`, `//?/UNC/server/share/x.docx`, "N", false},
		{`\\?\GLOBALROOT\Device\Mup\server\share\x.docx`, `\\?\GLOBALROOT\Device\Mup\server\share\x.docx`, "D", false},
		{`\??\C:\Records\x.pdf`, `\??\C:\Records\x.pdf`, "", true},
		{`\\.\C:\Records\x.pdf`, `\\.\C:\Records\x.pdf`, "", true},
		{`\\?\C:\Records\x.pdf`, `\\?\C:\Records\x.pdf`, "", true},
		{`\\.\PhysicalDrive0`, `\\.\PhysicalDrive0`, "D", false},
		{`\\.\pipe\evil`, `\\.\pipe\evil`, "D", false},
		{`C:\Records\nul`, `C:\Records\nul`, "D", false},
		{`C:\Records\CON.txt`, `C:\Records\CON.txt`, "D", false},
		{`C:\Records\com1`, `C:\Records\com1`, "D", false},
		{`C:\Records\compliance.pdf`, `C:\Records\compliance.pdf`, "", true},
		{`C:\Users\Manager\..\..\Windows\System32\cmd.exe`, `C:\Windows\System32\cmd.exe`, "C", true},
		{`C:\..\..\x.pdf`, `C:\x.pdf`, "C", true},
		{`/home/manager/../../etc/passwd`, `/etc/passwd`, "C", true},
		{`..\..\secret.docx`, `..\..\secret.docx`, "RC", false},
		{`Policy.docx`, `Policy.docx`, "R", false},
		{`C:Policy.docx`, `C:Policy.docx`, "R", false},
		{`file:///C:/Records/Policy.pdf`, `C:/Records/Policy.pdf`, "", true},
		{`file:///home/manager/Policy.pdf`, `/home/manager/Policy.pdf`, "", true},
		{`FILE://localhost/home/manager/a.pdf`, `/home/manager/a.pdf`, "", true},
		{`file://server/share/x.docx`, `//server/share/x.docx`, "N", false},
		{`file://evil.example.com/a/../b.docx`, `//evil.example.com/a/b.docx`, "NC", false},
		{`file://%zz/x.docx`, `//?/%zz/x.docx`, "N", false},
		{`file:%zz`, `%zz`, "R", false},
		{`  /dev/zero  `, `/dev/zero`, "", true},
	}
	for _, c := range cases {
		t.Run(c.loc, func(t *testing.T) {
			f := ExaminePath(c.loc)
			var got string
			for flag, on := range map[string]bool{"N": f.Network, "D": f.Device, "R": f.Relative, "C": f.Climbs} {
				if on {
					got += flag
				}
			}
			if f.Path != c.path || !sameLetters(got, c.facts) || f.Checkable() != c.checkable {
				t.Errorf("got %+v (%s, checkable %v), want path %q, %q, checkable %v", f, got, f.Checkable(), c.path, c.facts, c.checkable)
			}
		})
	}
}

func sameLetters(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, r := range a {
		if !strings.ContainsRune(b, r) {
			return false
		}
	}
	return true
}

func TestParentFolder(t *testing.T) {
	for loc, want := range map[string]string{
		`C:\Records\Setup.exe`:            `C:\Records`,
		`C:\Setup.exe`:                    `C:\`,
		`/home/manager/run.sh`:            `/home/manager`,
		`/run.sh`:                         `/`,
		`\\server\share\tools\x.bat`:      `\\server\share\tools`,
		`C:\a\..\b\x.lnk`:                 `C:\b`,
		`file:///C:/Users/x/Desktop/y.js`: `C:/Users/x/Desktop`,
		`x.exe`:                           ``,
	} {
		if got := ParentFolder(loc); got != want {
			t.Errorf("ParentFolder(%q) = %q, want %q", loc, got, want)
		}
	}
}

func TestHowToOpen(t *testing.T) {
	cases := []struct {
		kind EvidenceKind
		loc  string
		want OpenWay
	}{
		{EvidenceFile, `C:\Records\Policy.DOCX`, OpenDirectly},
		{EvidenceFile, `C:\Records\Rota.xlsx`, OpenDirectly},
		{EvidenceFile, `/home/m/Photo of noticeboard.jpeg`, OpenDirectly},
		{EvidenceFile, `/home/m/notes.txt`, OpenDirectly},
		{EvidenceFile, `C:\Records\Training.pdf`, OpenDirectly},
		{EvidenceFolder, `C:\Records\Setup.exe`, OpenDirectly},
		{EvidenceLink, "https://www.dsptoolkit.nhs.uk/", OpenDirectly},
		{EvidenceLink, "http://intranet.local/policy", OpenDirectly},
		{EvidenceLink, "javascript:alert(1)", OpenNever},
		{EvidenceLink, "file:///C:/Windows/System32/calc.exe", OpenNever},
		{EvidencePaper, "Blue folder", OpenNever},
		{EvidenceText, "Staff know", OpenNever},
	}
	for _, ext := range []string{".exe", ".bat", ".cmd", ".ps1", ".vbs", ".js", ".lnk", ".scr", ".msi", ".desktop", ".com", ".pif", ".hta", ".jar", ".sh"} {
		cases = append(cases, struct {
			kind EvidenceKind
			loc  string
			want OpenWay
		}{EvidenceFile, `C:\Users\Manager\Downloads\Policy.pdf` + strings.ToUpper(ext), OpenFolderOnly})
	}
	cases = append(cases, []struct {
		kind EvidenceKind
		loc  string
		want OpenWay
	}{
		{EvidenceFile, `C:\Records\Run.exe.`, OpenFolderOnly},
		{EvidenceFile, `C:\Records\Run.exe  `, OpenFolderOnly},
		{EvidenceFile, `/home/m/installer`, OpenAsk},
		{EvidenceFile, `/home/m/.bashrc`, OpenAsk},
		{EvidenceFile, `C:\Records\Policy.docm`, OpenAsk},
		{EvidenceFile, `C:\Records\thing.xyz`, OpenAsk},
		{EvidenceFile, `\\server\share\Policy.pdf`, OpenDirectly},
		{EvidenceFile, `C:\Records\CON.pdf`, OpenNever},
		{EvidenceFolder, `\\.\pipe\records`, OpenNever},
	}...)
	for _, c := range cases {
		t.Run(string(c.kind)+" "+c.loc, func(t *testing.T) {
			way, why := HowToOpen(Evidence{Kind: c.kind, Location: c.loc})
			if way != c.want || (way == OpenDirectly) != (why == "") {
				t.Errorf("HowToOpen = %v %q, want %v (and a reason unless it opens directly)", way, why, c.want)
			}
			if way == OpenFolderOnly && !strings.Contains(why, "program") {
				t.Errorf("the reason %q does not name the risk", why)
			}
		})
	}
}

func TestCleanLocation(t *testing.T) {
	cases := []struct {
		kind EvidenceKind
		in   string
		want string // "" for refused
	}{
		{EvidenceLink, "https://www.nhs.uk/dspt", "https://www.nhs.uk/dspt"},
		{EvidenceLink, "  http://intranet/policy ", "http://intranet/policy"},
		{EvidenceLink, "www.dsptoolkit.nhs.uk", "https://www.dsptoolkit.nhs.uk"},
		{EvidenceLink, "rosewood.sharepoint.com/sites/policies?id=3", "https://rosewood.sharepoint.com/sites/policies?id=3"},
		{EvidenceLink, "intranet", ""},
		{EvidenceLink, "blue folder in the office", ""},
		{EvidenceLink, "ftp://files.example.com/x", ""},
		{EvidenceLink, "file:///C:/x.pdf", ""},
		{EvidenceLink, "javascript:alert(1)", ""},
		{EvidenceLink, "mailto:ig@example.com", ""},
		{EvidenceLink, "//example.com/x", ""},
		{EvidenceLink, "", ""},
		{EvidencePaper, "  Blue folder, office  ", "Blue folder, office"},
		{EvidenceFile, `C:\x.pdf`, `C:\x.pdf`},
		{EvidenceText, "bad \x07 bell", ""},
	}
	for _, c := range cases {
		t.Run(string(c.kind)+" "+c.in, func(t *testing.T) {
			got, err := CleanLocation(c.kind, c.in)
			if c.want == "" {
				if err == nil || ErrorCode(err) != EInvalid {
					t.Errorf("CleanLocation = %q, %v; want refused", got, err)
				}
				return
			}
			if err != nil || got != c.want || CheckLocation(c.kind, c.in) != nil {
				t.Errorf("CleanLocation = %q, %v; want %q", got, err, c.want)
			}
		})
	}
}
