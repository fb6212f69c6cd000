# Windows kiosk: Shell Launcher makes the TRICARE Sign-In Navigator the shell of the kiosk
# account (no Explorer, no Start menu, no taskbar) and restarts it whenever it exits.
# Needs Windows 10/11 Enterprise, Education or IoT Enterprise with the "Shell Launcher"
# feature: Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
# Run as administrator after installing the app (NSIS, per machine) and creating the local
# account "kiosk". docs/operators.md explains each step and how to undo it.
param(
  [string]$KioskUser = "kiosk",
  [string]$Exe = "C:\Program Files\TRICARE Sign-In Navigator\TRICARE Sign-In Navigator.exe"
)
$ErrorActionPreference = "Stop"
if (-not (Test-Path $Exe)) { throw "Not installed: $Exe" }

$ShellLauncher = [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
$RestartShell = 0   # 0 = restart the app when it exits (1 = restart the PC, 2 = shut down, 3 = do nothing)
$Sid = (New-Object System.Security.Principal.NTAccount($KioskUser)).Translate([System.Security.Principal.SecurityIdentifier]).Value

$ShellLauncher.SetEnabled($true)
# Everyone else (administrators, staff doing maintenance) keeps the normal desktop.
$ShellLauncher.SetDefaultShell("explorer.exe", $RestartShell)
$ShellLauncher.SetCustomShell($Sid, "`"$Exe`"", ($null), ($null), $RestartShell)
Write-Host "Shell Launcher: $KioskUser now signs in to the kiosk app ($Exe); it restarts if it exits."
