//go:build windows

package ui

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
)

// The Windows common dialogs: the file and folder pickers every Windows
// user knows, including OneDrive and network places.
var (
	comdlg32             = windows.NewLazySystemDLL("comdlg32.dll")
	getOpenFileName      = comdlg32.NewProc("GetOpenFileNameW")
	getSaveFileName      = comdlg32.NewProc("GetSaveFileNameW")
	commDlgExtendedError = comdlg32.NewProc("CommDlgExtendedError")
	shell32              = windows.NewLazySystemDLL("shell32.dll")
	shBrowseForFolder    = shell32.NewProc("SHBrowseForFolderW")
	shGetPathFromIDList  = shell32.NewProc("SHGetPathFromIDListW")
	coTaskMemFree        = windows.NewLazySystemDLL("ole32.dll").NewProc("CoTaskMemFree")
	user32               = windows.NewLazySystemDLL("user32.dll")
	sendMessage          = user32.NewProc("SendMessageW")
	messageBox           = user32.NewProc("MessageBoxW")
	// folderDialogEvents is made once: Windows callbacks are never freed.
	folderDialogEvents = sync.OnceValue(func() uintptr { return windows.NewCallback(folderDialogEvent) })
)

// Messages of the folder picker (BFFM_*) and the message box style.
const (
	bffmInitialized     = 1
	bffmValidateFailedW = 4
	bffmSetSelectionW   = 0x0400 + 103
	mbIconWarning       = 0x30
)

// folderDialogEvent opens the folder picker at the folder in data, and
// answers a typed folder that does not exist, keeping the picker open.
func folderDialogEvent(hwnd, msg, lParam, data uintptr) uintptr {
	switch msg {
	case bffmInitialized:
		if data != 0 {
			sendMessage.Call(hwnd, bffmSetSelectionW, 1, data)
		}
	case bffmValidateFailedW:
		typed := windows.UTF16PtrToString(*(**uint16)(unsafe.Pointer(&lParam)))
		text := "There is no folder " + typed + ". Check the path, or choose the folder in the list."
		messageBox.Call(hwnd, uintptr(unsafe.Pointer(utf16Ptr(text))), uintptr(unsafe.Pointer(utf16Ptr("Folder not found"))), mbIconWarning)
		return 1
	}
	return 0
}

// Flags of OPENFILENAMEW and BROWSEINFOW.
const (
	ofnOverwritePrompt = 0x00000002
	ofnHideReadOnly    = 0x00000004
	ofnNoChangeDir     = 0x00000008
	ofnPathMustExist   = 0x00000800
	ofnFileMustExist   = 0x00001000
	ofnExplorer        = 0x00080000
	bifReturnOnlyDirs  = 0x00000001
	bifEditBox         = 0x00000010
	bifValidate        = 0x00000020
	bifNewDialogStyle  = 0x00000040
	maxPathChars       = 32768
)

// openFileName is OPENFILENAMEW.
type openFileName struct {
	structSize    uint32
	owner         uintptr
	instance      uintptr
	filter        *uint16
	customFilter  *uint16
	maxCustFilter uint32
	filterIndex   uint32
	file          *uint16
	maxFile       uint32
	fileTitle     *uint16
	maxFileTitle  uint32
	initialDir    *uint16
	title         *uint16
	flags         uint32
	fileOffset    uint16
	fileExtension uint16
	defExt        *uint16
	custData      uintptr
	hook          uintptr
	templateName  *uint16
	reserved      unsafe.Pointer
	reserved2     uint32
	flagsEx       uint32
}

// browseInfo is BROWSEINFOW.
type browseInfo struct {
	owner       uintptr
	root        uintptr
	displayName *uint16
	title       *uint16
	flags       uint32
	callback    uintptr
	param       uintptr
	image       int32
}

// nativePick shows the Windows dialog for p. It blocks until the manager
// closes it, so it runs on its own goroutine (locked to one OS thread).
func nativePick(owner uintptr, dir string, p fileChoice) (string, bool, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if p.kind == pickFolder {
		return pickFolderWindows(owner, p.title, dir)
	}
	return pickFileWindows(owner, dir, p)
}

func pickFileWindows(owner uintptr, dir string, p fileChoice) (string, bool, error) {
	buf := make([]uint16, maxPathChars)
	copy(buf, windows.StringToUTF16(p.name))
	ofn := openFileName{owner: owner, file: &buf[0], maxFile: uint32(len(buf)),
		filter: &filterFor(p)[0], filterIndex: 1, initialDir: utf16Ptr(dir), title: utf16Ptr(p.title),
		flags: ofnExplorer | ofnHideReadOnly | ofnNoChangeDir | ofnPathMustExist}
	ofn.structSize = uint32(unsafe.Sizeof(ofn))
	proc := getOpenFileName
	if p.kind == pickSave {
		proc, ofn.flags = getSaveFileName, ofn.flags|ofnOverwritePrompt
		ofn.defExt = utf16Ptr(strings.TrimPrefix(p.ext, "."))
	} else {
		ofn.flags |= ofnFileMustExist
	}
	if ok, _, _ := proc.Call(uintptr(unsafe.Pointer(&ofn))); ok == 0 {
		return "", false, dialogError()
	}
	return windows.UTF16ToString(buf), true, nil
}

// dialogError is nil when the manager cancelled, or the dialog's error.
func dialogError() error {
	if code, _, _ := commDlgExtendedError.Call(); code != 0 {
		return fmt.Errorf("common dialog error 0x%x", code)
	}
	return nil
}

// filterFor builds the dialog's file-type list: "PDF files\0*.pdf\0All files\0*.*\0\0".
func filterFor(p fileChoice) []uint16 {
	parts := []string{}
	if p.ext != "" {
		parts = append(parts, p.label+" (*"+p.ext+")", "*"+p.ext)
	}
	parts = append(parts, "All files", "*.*")
	var out []uint16
	for _, s := range parts {
		out = append(out, windows.StringToUTF16(s)...)
	}
	return append(out, 0)
}

// pickFolderWindows shows the folder picker, opened at dir, with a box to
// type a path in; a typed folder that does not exist is answered plainly.
func pickFolderWindows(owner uintptr, title, dir string) (string, bool, error) {
	// S_FALSE (1) means COM was already started on this thread, which is fine.
	if err := windows.CoInitializeEx(0, windows.COINIT_APARTMENTTHREADED); err != nil && err != syscall.Errno(1) {
		return "", false, fmt.Errorf("starting COM for the folder dialog: %w", err)
	}
	defer windows.CoUninitialize()
	start := utf16Ptr(dir)
	bi := browseInfo{owner: owner, title: utf16Ptr(title), flags: bifReturnOnlyDirs | bifNewDialogStyle | bifEditBox | bifValidate,
		callback: folderDialogEvents(), param: uintptr(unsafe.Pointer(start))}
	pidl, _, _ := shBrowseForFolder.Call(uintptr(unsafe.Pointer(&bi)))
	runtime.KeepAlive(start)
	if pidl == 0 {
		return "", false, nil
	}
	defer coTaskMemFree.Call(pidl)
	buf := make([]uint16, maxPathChars)
	if ok, _, _ := shGetPathFromIDList.Call(pidl, uintptr(unsafe.Pointer(&buf[0]))); ok == 0 {
		return "", false, fmt.Errorf("the chosen folder has no path on disk")
	}
	return windows.UTF16ToString(buf), true, nil
}

// utf16Ptr converts a string for Windows, or returns nil for "".
func utf16Ptr(s string) *uint16 {
	if s == "" {
		return nil
	}
	p, err := windows.UTF16PtrFromString(s)
	if err != nil {
		return nil
	}
	return p
}
