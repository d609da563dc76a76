# The installer as a user gets it: install silently into a scratch folder, run the installed
# program's --self-test, then uninstall silently. Any failure stops the release.
#
#   pwsh build_scripts/windows/test_installer.ps1 build\release\MadeInLocal-X-windows-x64-setup.exe
param([Parameter(Mandatory = $true)][string]$Installer)
$ErrorActionPreference = "Stop"

$target = Join-Path $env:RUNNER_TEMP "MadeInLocal-installed"
$log = Join-Path $env:RUNNER_TEMP "MadeInLocal-install.log"
# Start-Process -Wait: the installer and the windowed program are GUI executables, which
# PowerShell would otherwise not wait for.
$setup = Start-Process -FilePath $Installer -Wait -PassThru -ArgumentList @(
    "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/TASKS=association",
    "/DIR=`"$target`"", "/LOG=`"$log`"")
if ($setup.ExitCode -ne 0) { Get-Content $log; throw "installer exited with $($setup.ExitCode)" }

$program = Join-Path $target "MadeInLocal.exe"
# The self-test runs offscreen; the real platform plug-in must be installed all the same.
if (-not (Get-ChildItem -Recurse -Filter "qwindows.dll" $target)) { throw "no Qt platform plug-in for Windows" }

$env:QT_QPA_PLATFORM = "offscreen"
$test = Start-Process -FilePath $program -ArgumentList "--self-test" -Wait -PassThru -NoNewWindow
if ($test.ExitCode -ne 0) { throw "the installed program's self-test failed ($($test.ExitCode))" }
Write-Host "installed program: self-test passed"

$command = (Get-ItemProperty "HKCU:\Software\Classes\MadeInLocal.Study\shell\open\command")."(default)"
if ($command -notlike "*MadeInLocal.exe*open*%1*") { throw "file association missing: $command" }

$uninstall = Start-Process -FilePath (Join-Path $target "unins000.exe") -Wait -PassThru -ArgumentList @(
    "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
if ($uninstall.ExitCode -ne 0) { throw "uninstaller exited with $($uninstall.ExitCode)" }
if (Test-Path $program) { throw "the uninstaller left $program behind" }
Write-Host "uninstalled"
