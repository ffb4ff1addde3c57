<#
.SYNOPSIS
  Build, sign and package the Windows release: bundle -> signed executables -> signed installer.

.DESCRIPTION
  Runs on a Windows build machine with Git for Windows (bash), Python 3.11+ and the project's
  venv in .venv (python -m venv .venv; .venv\Scripts\pip install -e .[package]), Inno Setup 6
  (iscc.exe) and, for signing, the Windows SDK's signtool.exe.
  Without -Thumbprint/-PfxPath it builds an unsigned installer (for testing only: SmartScreen
  warns on unsigned installers).

.EXAMPLE
  pwsh packaging\windows\build-installer.ps1 -Thumbprint 0123456789ABCDEF0123456789ABCDEF01234567
#>
param(
    [string] $Thumbprint,
    [string] $PfxPath,
    [string] $TimestampUrl = 'http://timestamp.digicert.com',
    [string] $Iscc = 'iscc.exe'
)
$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '..\..')
Push-Location $root
try {
    & bash packaging/build
    if ($LASTEXITCODE -ne 0) { throw "packaging/build failed ($LASTEXITCODE)" }
    $version = (& .venv\Scripts\python.exe -c 'import moderator_app; print(moderator_app.__version__)').Trim()

    if (-not (Get-Command $Iscc -ErrorAction SilentlyContinue)) {
        $Iscc = Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'
    }
    $isccArgs = @("/DAppVersion=$version")
    if ($PfxPath -and -not $Thumbprint) {
        # Into the user's certificate store, so that signtool (here and when Inno Setup calls
        # it) selects it by thumbprint and the password never appears on a command line.
        if (-not $env:MODERATOR_SIGN_PFX_PASSWORD) { throw 'Set MODERATOR_SIGN_PFX_PASSWORD for the .pfx file.' }
        $secure = ConvertTo-SecureString $env:MODERATOR_SIGN_PFX_PASSWORD -AsPlainText -Force
        $Thumbprint = (Import-PfxCertificate -FilePath $PfxPath -CertStoreLocation Cert:\CurrentUser\My -Password $secure).Thumbprint
    }
    if ($Thumbprint) {
        & (Join-Path $PSScriptRoot 'sign.ps1') -Thumbprint $Thumbprint -TimestampUrl $TimestampUrl
        # Inno Setup substitutes $f with the file to sign (the installer and its uninstaller).
        $isccArgs += '/DSignToolName=modsign'
        $isccArgs += "/Smodsign=signtool.exe sign /fd SHA256 /td SHA256 /tr $TimestampUrl /sha1 $Thumbprint `$f"
    } else {
        Write-Warning 'No certificate given: building an UNSIGNED installer.'
    }
    & $Iscc @isccArgs 'packaging\windows\moderator-app.iss'
    if ($LASTEXITCODE -ne 0) { throw "iscc failed ($LASTEXITCODE)" }
    Write-Host "Installer: packaging\dist\moderator-app-$version-windows-x64-setup.exe"
} finally {
    Pop-Location
}
