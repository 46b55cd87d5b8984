package assessment

import (
	"fmt"
	"net/url"
	"strings"
)

// OpenWay says how "Open" treats an evidence location.
type OpenWay int

// The ways of opening evidence.
const (
	// OpenDirectly hands the location to the system's own program: a
	// document, picture, spreadsheet, PDF, text file, folder or web link.
	OpenDirectly OpenWay = iota
	// OpenFolderOnly shows the folder that holds the file instead: opening
	// the file itself would run a program.
	OpenFolderOnly
	// OpenAsk asks first: DSPT Desk does not know what kind of file it is.
	OpenAsk
	// OpenNever refuses: it is not a web address DSPT Desk opens, or not a
	// place at all (paper, a note).
	OpenNever
)

// documentTypes are the file types that open in an ordinary program
// (a word processor, a spreadsheet, a PDF or picture viewer, a text editor)
// without running anything from the file.
var documentTypes = setOf(".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".md", ".csv", ".tsv",
	".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp", ".pages", ".numbers", ".key", ".msg", ".eml",
	".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".webp", ".xps", ".oxps", ".log")

// programTypes are file types that run a program, or point at one, when opened.
var programTypes = setOf(".exe", ".bat", ".cmd", ".ps1", ".psm1", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh",
	".lnk", ".url", ".scr", ".msi", ".msp", ".desktop", ".com", ".pif", ".hta", ".jar", ".sh", ".bash", ".command",
	".app", ".appimage", ".reg", ".cpl", ".inf", ".dll", ".application", ".gadget", ".py", ".pl", ".rb", ".run", ".bin")

func setOf(exts ...string) map[string]bool {
	m := make(map[string]bool, len(exts))
	for _, e := range exts {
		m[e] = true
	}
	return m
}

// FileType returns a location's file type in lower case with its dot
// (".docx"), or "" when it has none. Windows ignores trailing dots and
// spaces in a name, so they are ignored here too.
func FileType(loc string) string {
	base := strings.TrimRight(lastElement(ExaminePath(loc).Path), ". ")
	i := strings.LastIndexByte(base, '.')
	if i <= 0 {
		return ""
	}
	return strings.ToLower(base[i:])
}

// HowToOpen says how "Open" should treat a piece of evidence, and why when
// it is not opened directly: a sentence that names the risk.
func HowToOpen(e Evidence) (OpenWay, string) {
	if (e.Kind == EvidenceFile || e.Kind == EvidenceFolder) && ExaminePath(e.Location).Device {
		return OpenNever, "This names a device of the computer, not a document or folder, so DSPT Desk does not open it. Use \"Edit…\" to give the right place."
	}
	switch e.Kind {
	case EvidenceFolder:
		return OpenDirectly, ""
	case EvidenceLink:
		if WebLink(e.Location) == nil {
			return OpenNever, "DSPT Desk opens only web links that start with https:// or http://."
		}
		return OpenDirectly, ""
	case EvidenceFile:
		return howToOpenFile(e.Location)
	}
	return OpenNever, "This evidence is not a file, folder or web link."
}

func howToOpenFile(loc string) (OpenWay, string) {
	t := FileType(loc)
	switch {
	case documentTypes[t]:
		return OpenDirectly, ""
	case programTypes[t]:
		return OpenFolderOnly, fmt.Sprintf("This is a program or a shortcut to one (%s). Opening it would run it on this computer, so DSPT Desk shows the folder it is in instead.", t)
	case t == "":
		return OpenAsk, "This file has no type at the end of its name, so DSPT Desk cannot tell what opening it would do: it could run a program."
	}
	return OpenAsk, fmt.Sprintf("DSPT Desk does not know what kind of file %s is. Opening it could run a program, so only open it if you know what it is and where it came from.", t)
}

// WebLink returns a link location as a URL when it is an http or https
// address with a host, and nil otherwise.
func WebLink(loc string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(loc))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}
