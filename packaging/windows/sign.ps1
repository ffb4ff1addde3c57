<#
.SYNOPSIS
  Authenticode-sign the executables of the Windows bundle (packaging\dist\moderator-app).

.DESCRIPTION
  Signs moderator-app.exe, moderator-workstation.exe and every unsigned .dll/.pyd in the bundle
  with SHA-256 and an RFC 3161 timestamp, then verifies them. Already-signed third-party files
  (Python, Qt, onnxruntime, MSVC runtime) keep their vendor's signature.

  The certificate is either in the Windows certificate store (an EV certificate on a hardware
  token or a cloud HSM, selected by thumbprint: the usual case for SmartScreen reputation), or a
  .pfx file whose password comes from the environment variable MODERATOR_SIGN_PFX_PASSWORD
  (never on the command line, where it would be logged).

.EXAMPLE
  pwsh packaging\windows\sign.ps1 -Thumbprint 0123456789ABCDEF0123456789ABCDEF01234567
.EXAMPLE
  $env:MODERATOR_SIGN_PFX_PASSWORD = '...'; pwsh packaging\windows\sign.ps1 -PfxPath C:\keys\moderator.pfx
#>
[CmdletBinding(DefaultParameterSetName = 'Store')]
param(
    [Parameter(ParameterSetName = 'Store', Mandatory = $true)] [string] $Thumbprint,
    [Parameter(ParameterSetName = 'Pfx', Mandatory = $true)] [string] $PfxPath,
    [string] $BundleDir = (Join-Path $PSScriptRoot '..\dist\moderator-app'),
    [string] $TimestampUrl = 'http://timestamp.digicert.com',
    [string] $SignTool = 'signtool.exe'
)
$ErrorActionPreference = 'Stop'

if (-not (Get-Command $SignTool -ErrorAction SilentlyContinue)) {
    $kits = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" -ErrorAction SilentlyContinue |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $kits) { throw 'signtool.exe not found: install the Windows SDK (Signing Tools for Desktop Apps).' }
    $SignTool = $kits.FullName
}

$certArgs = if ($PSCmdlet.ParameterSetName -eq 'Store') {
    @('/sha1', $Thumbprint)
} else {
    if (-not $env:MODERATOR_SIGN_PFX_PASSWORD) { throw 'Set MODERATOR_SIGN_PFX_PASSWORD for the .pfx file.' }
    @('/f', $PfxPath, '/p', $env:MODERATOR_SIGN_PFX_PASSWORD)
}

$ours = @('moderator-app.exe', 'moderator-workstation.exe') | ForEach-Object { Join-Path $BundleDir $_ }
$unsigned = Get-ChildItem $BundleDir -Recurse -Include *.dll, *.pyd |
    Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -eq 'NotSigned' } |
    ForEach-Object { $_.FullName }
$files = @($ours) + @($unsigned)
Write-Host "Signing $($files.Count) files"

# signtool takes many files per call; batches keep the command line under Windows' limit.
for ($i = 0; $i -lt $files.Count; $i += 50) {
    $batch = $files[$i..([Math]::Min($i + 49, $files.Count - 1))]
    & $SignTool sign /fd SHA256 /td SHA256 /tr $TimestampUrl @certArgs $batch
    if ($LASTEXITCODE -ne 0) { throw "signtool sign failed ($LASTEXITCODE)" }
}
& $SignTool verify /pa /q $ours
if ($LASTEXITCODE -ne 0) { throw "signtool verify failed ($LASTEXITCODE)" }
Write-Host 'Signed and verified.'
