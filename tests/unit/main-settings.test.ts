import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettingsFile, parseSettings } from '../../src/main/settings';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-settings-'));

describe('operator settings', () => {
  it('defaults to a 60 s idle time, a 30 s warning and Letter paper, with no printer', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ idleSeconds: 60, warningSeconds: 30, paper: 'letter', kiosk: true });
    expect(DEFAULT_SETTINGS.printer).toBeUndefined();
  });

  it('reads a good file', () => {
    const f = join(dir, 'good.json');
    writeFileSync(f, JSON.stringify({ printer: 'KioskPDF', paper: 'receipt80', idleSeconds: 90 }));
    const { settings, problems } = loadSettingsFile(f);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ printer: 'KioskPDF', paper: 'receipt80', idleSeconds: 90, warningSeconds: 30 });
  });

  it('treats a missing file as defaults without complaint', () => {
    expect(loadSettingsFile(join(dir, 'absent.json'))).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('falls back to defaults on bad JSON and says which file', () => {
    const f = join(dir, 'bad.json');
    writeFileSync(f, '{ "paper": "letter", ');
    const { settings, problems } = loadSettingsFile(f);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems[0]).toMatch(/bad\.json: not valid JSON/);
  });

  it('names the field of a bad value', () => {
    const { settings, problems } = parseSettings({ paper: 'legal', warningSeconds: 5 }, 'settings.json');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems.join('\n')).toMatch(/settings\.json › paper/);
    expect(problems.join('\n')).toMatch(/settings\.json › warningSeconds/);
  });

  it('refuses a printer name that could smuggle an option into lp', () => {
    expect(parseSettings({ printer: '-o evil' }, 's').problems[0]).toMatch(/printer/);
    expect(parseSettings({ printer: 'a b' }, 's').problems[0]).toMatch(/printer/);
  });

  it('refuses a printer name that starts with a dash (lp would read it as an option), as lp.ts does', () => {
    expect(parseSettings({ printer: '-oevil' }, 's').problems[0]).toMatch(/printer/);
    expect(parseSettings({ printer: '-' }, 's').problems[0]).toMatch(/printer/);
    expect(parseSettings({ printer: 'Kiosk-PDF_2.a' }, 's')).toMatchObject({ problems: [], settings: { printer: 'Kiosk-PDF_2.a' } });
  });

  it('refuses unknown keys rather than silently ignoring a typo', () => {
    expect(parseSettings({ idelSeconds: 30 }, 's').problems[0]).toMatch(/idelSeconds|Unrecognized/);
  });
});
