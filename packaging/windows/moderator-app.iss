; Inno Setup 6 script: the Windows installer of the moderator workstation.
;
; Build (from the repository root, after packaging/build has made packaging\dist\moderator-app\):
;   iscc /DAppVersion=0.1.0 packaging\windows\moderator-app.iss
; Signed (the installer, its uninstaller and nothing else; sign the executables first with
; packaging\windows\sign.ps1):
;   iscc /DAppVersion=0.1.0 /DSignToolName=modsign ^
;        "/Smodsign=signtool.exe sign /fd SHA256 /td SHA256 /tr http://timestamp.digicert.com /sha1 <THUMBPRINT> $f" ^
;        packaging\windows\moderator-app.iss
; packaging\windows\build-installer.ps1 does all of this in one go.
;
; Desks install it silently from their software-distribution tool:
;   moderator-app-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; or per user without administrator rights: ... /VERYSILENT /CURRENTUSER

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\moderator-app.iss
#endif
#define AppName "Moderator Workstation"
#define AppId "org.moderatorapp.Workstation"
#define BundleDir "..\dist\moderator-app"

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it between versions.
AppId={{6E4C8D0B-3F1A-4E7B-9C52-8A1D2B7F4E90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The moderator-app team
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for all users when run as administrator, otherwise per user (IT chooses).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename=moderator-app-{#AppVersion}-windows-x64-setup
SetupIconFile=moderator-app.ico
UninstallDisplayIcon={app}\moderator-workstation.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade replaces the whole folder: files of the previous version must not linger.
CloseApplications=yes
RestartApplications=no
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The bundle's _internal folder is replaced whole on upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\moderator-workstation.exe"; AppUserModelID: "{#AppId}"
Name: "{group}\{#AppName} (demo)"; Filename: "{app}\moderator-workstation.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\moderator-workstation.exe"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\moderator-workstation.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The user's cache, outbox and settings (in %LOCALAPPDATA%\moderator-app)
; are left alone: an unsent decision must survive a reinstall.
Type: filesandordirs; Name: "{app}"
