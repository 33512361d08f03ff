; SocialNEET Desktop installer (NSIS 3, Unicode).
;
;   makensis /DVERSION=0.1.0 /DBUNDLE_DIR=dist\SocialNEET /DOUTFILE=dist\SocialNEET-0.1.0-setup.exe installer\socialneet.nsi
;
; installer/build.py passes these from pyproject.toml. Per-user install (no administrator
; rights): program files in %LOCALAPPDATA%\Programs\SocialNEET, registered in
; "App e funzionalità" under HKCU. The user's data (%LOCALAPPDATA%\SocialNEET: the database,
; backups\, settings) is a different folder that this script never writes to or deletes.

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "${__FILEDIR__}\..\dist\SocialNEET"
!endif
!ifndef OUTFILE
  !define OUTFILE "${__FILEDIR__}\..\dist\SocialNEET-${VERSION}-setup.exe"
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"  ; tests pass /DCOMPRESSOR=zlib: same script, faster
!endif
!ifndef ICON
  !define ICON "${__FILEDIR__}\..\resources\icons\socialneet.ico"
!endif

!define APP_NAME "SocialNEET Desktop"
!define APP_ID "SocialNEET"
!define APP_EXE "SocialNEET.exe"
!define PUBLISHER "Progetto SocialNEET"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"  ; an upgrade goes where the last one went
SetCompressor ${COMPRESSOR}
BrandingText "${APP_NAME} ${VERSION}"

; "1.2.3" -> "1.2.3.0" for the installer's own version information
!searchparse /noerrors "${VERSION}.0.0.0" "" V1 "." V2 "." V3 "."
VIProductVersion "${V1}.${V2}.${V3}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} - installazione"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Italian"
!insertmacro MUI_LANGUAGE "English"

LangString SEC_PROGRAM ${LANG_ITALIAN} "Programma (obbligatorio)"
LangString SEC_PROGRAM ${LANG_ENGLISH} "Program (required)"
LangString SEC_DESKTOP ${LANG_ITALIAN} "Collegamento sul desktop"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString DATA_FOLDER ${LANG_ITALIAN} "Questa cartella contiene i dati di SocialNEET. Scegli un'altra cartella per il programma."
LangString DATA_FOLDER ${LANG_ENGLISH} "This folder holds SocialNEET's data. Choose another folder for the program."
LangString DATA_KEPT ${LANG_ITALIAN} "I dati (database e copie di sicurezza) restano in $LOCALAPPDATA\${APP_ID}."
LangString DATA_KEPT ${LANG_ENGLISH} "Your data (database and backups) stays in $LOCALAPPDATA\${APP_ID}."

Function .onVerifyInstDir
  ; never install into (or, later, uninstall from) the data folder
  ${If} $INSTDIR == "$LOCALAPPDATA\${APP_ID}"
    Abort
  ${EndIf}
FunctionEnd

Function .onInit
  ${If} $INSTDIR == "$LOCALAPPDATA\${APP_ID}"
    MessageBox MB_ICONSTOP "$(DATA_FOLDER)"
    Abort
  ${EndIf}
FunctionEnd

Section "$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Upgrade in place: drop the previous version's program files only (named, never the
  ; whole folder), so no stale library survives. The data folder is elsewhere.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Disinstalla ${APP_NAME}.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
SectionEnd

Function un.onInit
  ${If} $INSTDIR == "$LOCALAPPDATA\${APP_ID}"
    Abort
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer put here; $LOCALAPPDATA\SocialNEET (database, backups) is kept.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: files the user put there stay
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\Disinstalla ${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(DATA_KEPT)"
SectionEnd
