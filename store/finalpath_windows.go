//go:build windows

package store

import (
	"strings"

	"golang.org/x/sys/windows"
)

// fileNameNormalized and volumeNameDOS are GetFinalPathNameByHandle's
// FILE_NAME_NORMALIZED and VOLUME_NAME_DOS flags (both zero).
const fileNameNormalized, volumeNameDOS = 0x0, 0x0

// finalPath returns the name Windows itself gives the existing file or
// folder at path (GetFinalPathNameByHandle): junctions and short names
// resolved, letter case as stored. It returns path when it cannot tell.
func finalPath(path string) string {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return path
	}
	share := uint32(windows.FILE_SHARE_READ | windows.FILE_SHARE_WRITE | windows.FILE_SHARE_DELETE)
	h, err := windows.CreateFile(p, 0, share, nil, windows.OPEN_EXISTING, windows.FILE_FLAG_BACKUP_SEMANTICS, 0)
	if err != nil {
		return path
	}
	defer windows.CloseHandle(h)
	buf := make([]uint16, windows.MAX_LONG_PATH)
	n, err := windows.GetFinalPathNameByHandle(h, &buf[0], uint32(len(buf)), fileNameNormalized|volumeNameDOS)
	if err != nil || n == 0 || int(n) > len(buf) {
		return path
	}
	return trimVerbatim(windows.UTF16ToString(buf[:n]))
}

// trimVerbatim turns \\?\C:\x into C:\x and \\?\UNC\server\share into
// \\server\share.
func trimVerbatim(p string) string {
	if rest, ok := strings.CutPrefix(p, `\\?\UNC\`); ok {
		return `\\` + rest
	}
	return strings.TrimPrefix(p, `\\?\`)
}
