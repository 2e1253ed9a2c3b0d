<#
.SYNOPSIS
  Builds CoachDesk for Windows: the frozen app, the smoke test, then CoachDesk-VERSION-setup.exe.

.DESCRIPTION
  Run from anywhere in the checkout, in a normal PowerShell:

    powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1

  Needs: Python 3.11+ (python.org installer, with the "py" launcher), Git for Windows (its bash
  runs installers/smoke-test.sh) and Inno Setup 6 (ISCC.exe). Everything else is installed
  into .venv. The result is dist\coachdesk\ (CoachDesk.exe for the coach, coachdesk-cli.exe
  for the command line) and dist\CoachDesk-VERSION-setup.exe.

.PARAMETER SignThumbprint
  SHA-1 thumbprint of a code-signing certificate in the user's store. When given, both
  programs and the installer are signed with signtool (Windows SDK) and timestamped.

.PARAMETER SkipSmokeTest
  Build the installer without running the smoke test (not for releases).
#>
param(
    [string]$SignThumbprint = "",
    [switch]$SkipSmokeTest
)

$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Step($text) { Write-Host "==> $text" -ForegroundColor Cyan }
function Need($ok, $text) { if (-not $ok) { Write-Error $text; exit 1 } }
function Run($exe) {
    & $exe @args
    if ($LASTEXITCODE -ne 0) { Write-Error "$exe $args exited $LASTEXITCODE"; exit 1 }
}

# --- tools ----------------------------------------------------------------------------------
$Py = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Py)) {
    Step "Creating .venv"
    $launcher = Get-Command py -ErrorAction SilentlyContinue
    Need $launcher "Python 3.11 or newer is needed (python.org installer, with the py launcher)."
    Run py -3 -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'CoachDesk needs Python 3.11 or newer')"
    Run py -3 -m venv .venv
}
Step "Installing CoachDesk with PyInstaller into .venv"
Run $Py -m pip install --quiet --upgrade pip
Run $Py -m pip install --quiet -e ".[test,dev,dist]"

$Iscc = @(
    (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source,
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
Need $Iscc "Inno Setup 6 is needed: https://jrsoftware.org/isdl.php (or: winget install JRSoftware.InnoSetup)"

# --- the frozen app -------------------------------------------------------------------------
Step "Building the translations"
Get-ChildItem resources\translations\*.ts | ForEach-Object {
    Run (Join-Path $Root ".venv\Scripts\pyside6-lrelease.exe") -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
Step "Freezing CoachDesk (PyInstaller)"
Run (Join-Path $Root ".venv\Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller installers\coachdesk.spec
$Cli = Join-Path $Root "dist\coachdesk\coachdesk-cli.exe"
Need (Test-Path (Join-Path $Root "dist\coachdesk\CoachDesk.exe")) "PyInstaller wrote no dist\coachdesk\CoachDesk.exe"
$Version = ((& $Cli --version) -split " ")[1]

function Sign($file) {
    if ($SignThumbprint) {
        Run signtool sign /sha1 $SignThumbprint /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 $file
    }
}
Sign "dist\coachdesk\CoachDesk.exe"
Sign "dist\coachdesk\coachdesk-cli.exe"

# --- the smoke test (Git for Windows' bash; never WSL's, which would run Linux) --------------
if (-not $SkipSmokeTest) {
    Step "Smoke test"
    $git = (Get-Command git.exe -ErrorAction SilentlyContinue).Source
    Need $git "Git for Windows is needed for the smoke test (or pass -SkipSmokeTest)."
    $bash = Join-Path (Split-Path (Split-Path $git)) "bin\bash.exe"
    Need (Test-Path $bash) "Git for Windows' bash.exe was not found beside $git"
    Run $bash installers/smoke-test.sh dist/coachdesk/coachdesk-cli.exe --timings
}

# --- the installer --------------------------------------------------------------------------
Step "Building the installer (Inno Setup)"
Run $Iscc /Qp "/DAppVersion=$Version" installers\windows\coachdesk.iss
$Setup = Join-Path $Root "dist\CoachDesk-$Version-setup.exe"
Sign $Setup
Step "Done: $Setup ($([math]::Round((Get-Item $Setup).Length / 1MB, 1)) MB)"
