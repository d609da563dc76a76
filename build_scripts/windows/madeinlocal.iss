; Inno Setup script: the Windows installer of the one-folder bundle.
;
;   iscc /DAppVersion=1.2.3 build_scripts\windows\madeinlocal.iss
;
; AppVersion comes from the package (the release workflow reads it with importlib.metadata);
; BundleDir and OutputDir default to build.py's output and build\release.
; Installs for the current user without administrator rights by default (the installer offers
; "all users" when run as administrator), adds a Start menu entry, an optional desktop icon,
; opens .madeinlocal studies with the app, and registers an uninstaller. The user's studies
; and settings (%LOCALAPPDATA%\MadeInLocal) are never removed by the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z madeinlocal.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\dist\MadeInLocal"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\release"
#endif
#define AppExe "MadeInLocal.exe"
#define ProgId "MadeInLocal.Study"

[Setup]
; Never change AppId: it is how a new version finds and replaces the installed one.
AppId={{C54608EA-2401-4ECA-9FAA-8D08D652D646}
AppName=Made in Local
AppVersion={#AppVersion}
AppVerName=Made in Local {#AppVersion}
AppPublisher=Made in Local
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Made in Local
DefaultGroupName=Made in Local
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=MadeInLocal-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\madeinlocal.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Made in Local
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; The program must not be running while its files are replaced.
CloseApplications=yes

[Languages]
; French first: the installer picks the language of Windows, French or English.
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.StudyFile=Étude Made in Local
en.StudyFile=Made in Local study
fr.OpenStudies=Ouvrir les fichiers .madeinlocal avec Made in Local
en.OpenStudies=Open .madeinlocal files with Made in Local
fr.FileTypes=Types de fichiers :
en.FileTypes=File types:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "{cm:OpenStudies}"; GroupDescription: "{cm:FileTypes}"

[InstallDelete]
; A new version's _internal folder replaces the old one entirely: no stale library lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Made in Local"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\Made in Local"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA: the current user's classes for a per-user install, the machine's for an all-users one.
Root: HKA; Subkey: "Software\Classes\.madeinlocal"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.madeinlocal\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:StudyFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".madeinlocal"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Made in Local}"; Flags: nowait postinstall skipifsilent
