; Inno Setup 6 script: CoachDesk-VERSION-setup.exe from the one-folder app in dist\coachdesk.
; build.ps1 beside this file runs PyInstaller, the smoke test and then this script:
;   ISCC.exe /DAppVersion=0.1.0 installers\windows\coachdesk.iss
;
; It installs for the current user by default (no administrator rights; the dialog offers
; "for all users" too), adds a Start-menu entry, an optional desktop icon and an uninstaller.
; The uninstaller removes the program only: the vault in %APPDATA%\CoachDesk and every backup
; stay, so a reinstall opens them again.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CoachDesk"
#define AppExe "CoachDesk.exe"
#define Root "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6B1E2C57-3F0D-4C8A-9E51-2D7A44C0B9F3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CoachDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The Start-menu folder CoachDesk holds the program and its uninstaller (also in Settings → Apps).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=CoachDesk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\coachdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DataKept=CoachDesk is verwijderd. Uw kluis en back-ups zijn bewaard in:%n%n%1%n%nInstalleert u CoachDesk opnieuw, dan opent het ze weer. Verwijder die map alleen zelf als u het zeker weet.
en.DataKept=CoachDesk has been removed. Your vault and backups were kept in:%n%n%1%n%nInstalling CoachDesk again opens them again. Delete that folder yourself only if you are sure.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\coachdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Only what the installer itself put down goes; [UninstallDelete] deliberately names nothing
; in %APPDATA%\CoachDesk (the vault) or the coach's backup folders.
[UninstallDelete]
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{userappdata}\CoachDesk')]),
      mbInformation, MB_OK);
end;
