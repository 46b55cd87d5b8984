package assessment

import (
	"net/url"
	"path"
	"strings"
)

// PathFacts is what can be told about a file or folder location from its
// text alone, without touching the disk or the network. The rules read
// Windows and Unix paths alike, whatever system DSPT Desk runs on, because
// an import may come from either.
type PathFacts struct {
	// Path is the location as a path: a file:// URL turned into one, with
	// "." and ".." worked out, in the separators it was written with.
	Path string
	// Network is set for a UNC path (\\server\share, //server/share) or a
	// file:// URL naming another computer: looking at it contacts that
	// computer, which on Windows can hand it the manager's network login.
	Network bool
	// Device is set for a Windows device name (CON, NUL, COM1, \\.\...):
	// reading one can wait for ever.
	Device bool
	// Relative is set when the location is not a full path, so where it
	// points depends on the folder DSPT Desk happened to start in.
	Relative bool
	// Climbs is set when the location as written goes up through "..".
	Climbs bool
}

// Checkable reports whether DSPT Desk may look at the location by itself
// (once the manager has added or confirmed it on this computer): a full
// path on this computer's own drives, not a network location or a device.
func (f PathFacts) Checkable() bool { return !f.Network && !f.Device && !f.Relative }

// ExaminePath works out the facts of a file or folder location.
func ExaminePath(loc string) PathFacts {
	s := strings.TrimSpace(loc)
	if u, ok := fileURL(s); ok {
		return examineFileURL(u)
	}
	var f PathFacts
	f.Climbs = climbs(s)
	if rest, ok := cutNTPrefix(s); ok {
		// \\?\C:\Records is an ordinary long path; anything else after such
		// a prefix (UNC\server, GLOBALROOT\Device\Mup\..., a pipe or a
		// disk) reaches the network or a device.
		if !isDrive(rest) || !isAbsolute(rest) {
			f.Network = len(rest) >= 4 && strings.EqualFold(rest[:4], `UNC\`)
			f.Device = !f.Network
		}
	} else if isUNC(s) {
		f.Network = true
	} else if !isAbsolute(s) {
		f.Relative = true
	}
	f.Device = f.Device || isDeviceName(s)
	f.Path = cleanPath(s)
	return f
}

// cutNTPrefix removes a Windows prefix that passes the rest of a path
// straight to the system (\\?\, \\.\, \??\, with either slash).
func cutNTPrefix(s string) (rest string, ok bool) {
	if len(s) < 4 {
		return "", false
	}
	slash := func(c byte) bool { return c == '\\' || c == '/' }
	if slash(s[0]) && (slash(s[1]) || s[1] == '?') && (s[2] == '?' || s[2] == '.') && slash(s[3]) {
		return strings.ReplaceAll(s[4:], "/", `\`), true
	}
	return "", false
}

// fileURL parses a file:// URL; ok is false for anything else.
func fileURL(s string) (*url.URL, bool) {
	if len(s) < 5 || !strings.EqualFold(s[:5], "file:") {
		return nil, false
	}
	u, err := url.Parse(s)
	if err != nil {
		return &url.URL{Scheme: "file", Host: "?", Path: "/" + strings.TrimLeft(s[5:], "/")}, true // unreadable: treat as remote
	}
	return u, true
}

// examineFileURL works out the facts of a file:// URL: a host other than
// localhost names another computer.
func examineFileURL(u *url.URL) PathFacts {
	p := u.Path
	if p == "" {
		p = u.Opaque
	}
	if len(p) >= 3 && p[0] == '/' && isDrive(p[1:]) {
		p = p[1:] // file:///C:/x is C:/x
	}
	f := PathFacts{Climbs: climbs(p), Relative: !isAbsolute(p)}
	if h := strings.ToLower(u.Host); h != "" && h != "localhost" {
		f.Network, f.Relative = true, false
		p = "//" + u.Host + p
	}
	f.Device = isDeviceName(p)
	f.Path = cleanPath(p)
	return f
}

// isUNC reports whether s starts with two slashes of either kind and a
// server name.
func isUNC(s string) bool {
	if len(s) < 3 {
		return false
	}
	slash := func(c byte) bool { return c == '\\' || c == '/' }
	return slash(s[0]) && slash(s[1]) && !slash(s[2])
}

// isDrive reports whether s starts with a drive letter and a colon.
func isDrive(s string) bool {
	if len(s) < 2 || s[1] != ':' {
		return false
	}
	c := s[0] | 0x20
	return c >= 'a' && c <= 'z'
}

// isAbsolute reports whether s is a full path: C:\x, C:/x, \x, /x or a UNC path.
func isAbsolute(s string) bool {
	if isDrive(s) {
		return len(s) > 2 && (s[2] == '\\' || s[2] == '/')
	}
	return strings.HasPrefix(s, `\`) || strings.HasPrefix(s, "/")
}

// climbs reports whether a path has a ".." element.
func climbs(s string) bool {
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '\\' || r == '/' }) {
		if part == ".." {
			return true
		}
	}
	return false
}

// windowsDevices are the names Windows gives devices in every folder.
var windowsDevices = map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true}

// isDeviceName reports whether the last element of s is a Windows device
// name (with or without an extension, as Windows reads it).
func isDeviceName(s string) bool {
	base := strings.ToUpper(lastElement(s))
	if i := strings.IndexByte(base, '.'); i >= 0 {
		base = base[:i]
	}
	base = strings.TrimRight(base, " ")
	if windowsDevices[base] {
		return true
	}
	if len(base) == 4 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) {
		return base[3] >= '0' && base[3] <= '9'
	}
	return false
}

// lastElement returns what follows the last slash or backslash of s.
func lastElement(s string) string {
	return s[strings.LastIndexAny(s, `\/`)+1:]
}

// cleanPath works out "." and ".." in a path written with either separator,
// keeping the separator it was written with and never climbing above its
// root (a drive, a UNC share or /).
func cleanPath(s string) string {
	if s == "" {
		return ""
	}
	sep := "/"
	if strings.Contains(s, `\`) {
		sep = `\`
	}
	root, rest := splitRoot(strings.ReplaceAll(s, `\`, "/"))
	var clean string
	switch {
	case rest == "" && root != "":
	case strings.HasPrefix(rest, "/") || isUNC(s):
		clean = path.Clean("/" + rest) // a full path never climbs above its root
	default:
		clean = path.Clean(rest) // relative (Policy.docx, C:Policy.docx) keeps its ".."
	}
	return strings.ReplaceAll(root+clean, "/", sep)
}

// splitRoot splits a slash-separated path into its root (a drive such as
// "C:", or "//server/share" for a UNC path) and the rest.
func splitRoot(s string) (root, rest string) {
	switch {
	case isDrive(s):
		return s[:2], s[2:]
	case isUNC(s) || strings.HasPrefix(s, "//"):
		parts := strings.SplitN(strings.TrimLeft(s, "/"), "/", 3)
		if len(parts) < 3 {
			return "//" + strings.Join(parts, "/"), ""
		}
		return "//" + parts[0] + "/" + parts[1], parts[2]
	}
	return "", s
}

// ParentFolder returns the folder that holds a file location, written the
// same way; "" when it has none.
func ParentFolder(loc string) string {
	p := ExaminePath(loc).Path
	i := strings.LastIndexAny(p, `\/`)
	switch {
	case i < 0:
		return ""
	case i == 0 || (i == 2 && isDrive(p)):
		return p[:i+1]
	}
	return p[:i]
}
