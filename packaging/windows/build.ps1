# Build the Tizilim bundle and its MSI on Windows (x64), from the repository's root:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.11 (x64, the py launcher) and the WiX Toolset v3.14 (candle.exe and
# light.exe on PATH). Makes dist\tizilim\ (tizilim.exe, tizilim-cli.exe), runs its selftest,
# then dist\tizilim-<version>-x64.msi. Stops at the first failing step.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Step([string]$what, [scriptblock]$run) {
    Write-Host "=== $what"
    & $run
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" }
}

Step "virtual environment" { py -3.11 -m venv .venv-build }
Step "dependencies (constraints.txt)" {
    .venv-build\Scripts\python -m pip install -q -c constraints.txt -e ".[build]"
}
Step "bundle (build.spec)" { .venv-build\Scripts\pyinstaller --noconfirm build.spec }
Step "selftest of the bundle" { dist\tizilim\tizilim-cli.exe selftest }
$version = ((dist\tizilim\tizilim-cli.exe --version) -split " ")[1]
New-Item -ItemType Directory -Force build\wix | Out-Null
Step "file list (harvest.py)" {
    .venv-build\Scripts\python packaging\windows\harvest.py dist\tizilim build\wix\files.wxs
}
Step "compile (candle)" {
    candle -nologo -arch x64 -dwixl=0 "-dVersion=$version" -dBundle=dist\tizilim `
        -out build\wix\ packaging\windows\tizilim.wxs build\wix\files.wxs
}
Step "link (light)" {
    light -nologo -sval -out "dist\tizilim-$version-x64.msi" `
        build\wix\tizilim.wixobj build\wix\files.wixobj
}
Write-Host "dist\tizilim-$version-x64.msi"
