import type { Lang } from '../../shared/i18n';

/**
 * The Windows system voice (System.Speech, SAPI) through PowerShell, for a Windows kiosk whose
 * page has no voices of its own. UNTESTED HERE (no Windows machine): the scripts are fixed
 * text, the only values put into them are a culture from the table below and an integer rate,
 * and the visitor-facing text goes in on stdin as UTF-8, never on the command line.
 */
export const POWERSHELL = 'powershell.exe';

const CULTURES: Record<Lang, string> = { en: 'en-*', es: 'es-*' };

const baseArgs = (script: string) => ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script];

/** Lists installed, enabled voices as "culture|name" lines. */
export function windowsVoiceListArgs(): string[] {
  return baseArgs(
    [
      'Add-Type -AssemblyName System.Speech',
      '$s = New-Object System.Speech.Synthesis.SpeechSynthesizer',
      '$s.GetInstalledVoices() | Where-Object { $_.Enabled } | ForEach-Object { $_.VoiceInfo.Culture.Name + "|" + $_.VoiceInfo.Name }',
    ].join('; '),
  );
}

/** For each language, the first listed voice whose culture matches (null: none). */
export function pickWindowsVoices(listing: string): Record<Lang, string | null> {
  const voices = listing
    .split(/\r?\n/)
    .map((l) => l.trim().split('|'))
    .filter((p): p is [string, string] => p.length === 2 && p[0] !== '' && p[1] !== '');
  const pick = (lang: Lang) => voices.find(([culture]) => culture.toLowerCase().startsWith(`${lang}-`))?.[1] ?? null;
  return { en: pick('en'), es: pick('es') };
}

/** SAPI rate is -10..10 (0 normal); our 0.5x..2x maps onto about -5..+5. */
export function sapiRate(rate: number): number {
  return Math.max(-10, Math.min(10, Math.round(Math.log2(rate) * 5)));
}

/** Speaks stdin into a WAV written to stdout with the first voice of `lang`'s culture. */
export function windowsSpeakArgs(lang: Lang, rate: number): string[] {
  return baseArgs(
    [
      '[Console]::InputEncoding = [System.Text.Encoding]::UTF8',
      'Add-Type -AssemblyName System.Speech',
      '$t = [Console]::In.ReadToEnd()',
      '$s = New-Object System.Speech.Synthesis.SpeechSynthesizer',
      `$v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and $_.VoiceInfo.Culture.Name -like '${CULTURES[lang]}' } | Select-Object -First 1`,
      'if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }',
      `$s.Rate = ${sapiRate(rate)}`,
      '$m = New-Object System.IO.MemoryStream',
      '$s.SetOutputToWaveStream($m)',
      '$s.Speak($t)',
      '$o = [Console]::OpenStandardOutput()',
      '$m.WriteTo($o)',
      '$o.Flush()',
    ].join('; '),
  );
}
