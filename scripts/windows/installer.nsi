; DSPT Desk per-user installer, built by build.sh with makensis (Debian's nsis package):
;   makensis -DNAME= -DID= -DVERSION= -DQUAD= -DYEAR= -DEXE= -DICON= -DLICENCE= -DOUT= [-DSIGN=sign.sh] installer.nsi
; It never asks for admin rights: everything goes under the user's own profile and HKCU.
; Program: %LocalAppData%\Programs\<NAME>. Data (never touched here): %AppData%\<NAME>.
; Silent: setup.exe /S [/DESKTOP] [/D=C:\other\folder]; uninstall: uninstall.exe /S.

Unicode true
Target amd64-unicode
RequestExecutionLevel user
ManifestDPIAware true
ManifestSupportedOS Win10
SetCompressor /SOLID lzma

!define EXENAME "dsptdesk.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${ID}"
!define PUBLISHER "The ${NAME} authors"

!ifdef SIGN
!uninstfinalize '"${SIGN}" "%1"' = 0
!endif

Name "${NAME}"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${NAME} ${VERSION}"

VIProductVersion "${QUAD}"
VIFileVersion "${QUAD}"
VIAddVersionKey /LANG=2057 "ProductName" "${NAME}"
VIAddVersionKey /LANG=2057 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2057 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2057 "FileDescription" "${NAME} ${VERSION} setup"
VIAddVersionKey /LANG=2057 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2057 "LegalCopyright" "Copyright (c) ${YEAR} ${PUBLISHER}. MIT licence."

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "This installs ${NAME} ${VERSION} for you only. It does not need administrator rights or the internet.$\r$\n$\r$\nYour answers are kept separately, in %AppData%\${NAME}: installing a newer version or uninstalling never deletes them."
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${NAME} now"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "${NAME} (required)" SecProgram
	SectionIn RO
	SetOutPath "$INSTDIR"
	Call WaitUntilClosed
	File "/oname=${EXENAME}" "${EXE}"
	File "/oname=LICENSE.txt" "${LICENCE}"
	WriteUninstaller "$INSTDIR\uninstall.exe"
	CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0 SW_SHOWNORMAL "" "${NAME}: the Data Security and Protection Toolkit"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${NAME}"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXENAME},0"
	WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
	WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
	WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
	WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
	WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
	WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
	${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
	WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section /o "Shortcut on the desktop" SecDesktop
	CreateShortcut "$DESKTOP\${NAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0
SectionEnd

; An upgrade keeps a desktop shortcut made before; /DESKTOP asks for one in a silent install.
Function .onInit
	${GetParameters} $0
	ClearErrors
	${GetOptions} $0 "/DESKTOP" $1
	${IfNot} ${Errors}
	${OrIf} ${FileExists} "$DESKTOP\${NAME}.lnk"
		SectionSetFlags ${SecDesktop} ${SF_SELECTED}
	${EndIf}
FunctionEnd

; WaitUntilClosed asks the user to close a running copy, which Windows will not let us replace.
Function WaitUntilClosed
	${IfNot} ${FileExists} "$INSTDIR\${EXENAME}"
		Return
	${EndIf}
	retry:
	ClearErrors
	FileOpen $0 "$INSTDIR\${EXENAME}" a
	${If} ${Errors}
		MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${NAME} is open. Close it (your answers are already saved), then press Retry." /SD IDCANCEL IDRETRY retry
		Abort "${NAME} is still open, so it was not updated."
	${EndIf}
	FileClose $0
FunctionEnd

Section "Uninstall"
	Delete "$INSTDIR\${EXENAME}"
	Delete "$INSTDIR\LICENSE.txt"
	Delete "$INSTDIR\uninstall.exe"
	RMDir "$INSTDIR"
	Delete "$SMPROGRAMS\${NAME}.lnk"
	Delete "$DESKTOP\${NAME}.lnk"
	DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd
