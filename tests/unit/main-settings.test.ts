import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicFs } from '../../src/main/files/atomic-write';
import { decodeText } from '../../src/main/files/text-file';
import { DEFAULT_SETTINGS, loadSettingsFile, parseSettings, saveSettings } from '../../src/main/settings';

const dir = () => mkdtempSync(join(tmpdir(), 'kiosk-settings-'));
const root = resolve(import.meta.dirname, '../..');

describe('operator settings', () => {
  it('defaults to a 60 s idle time, a 30 s warning and Letter paper, with no printer', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ idleSeconds: 60, warningSeconds: 30, paper: 'letter', kiosk: true, printTimeoutSeconds: 60 });
    expect(DEFAULT_SETTINGS.printer).toBeUndefined();
  });

  it('reads a good file', () => {
    const f = join(dir(), 'good.json');
    writeFileSync(f, JSON.stringify({ printer: 'KioskPDF', paper: 'receipt80', idleSeconds: 90 }));
    const { settings, problems } = loadSettingsFile(f);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ printer: 'KioskPDF', paper: 'receipt80', idleSeconds: 90, warningSeconds: 30 });
  });

  it('treats a missing file as defaults without complaint', () => {
    expect(loadSettingsFile(join(dir(), 'absent.json'))).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('one bad field falls back alone: the good printer is kept (probe L5)', () => {
    const { settings, problems } = parseSettings({ printer: 'KioskPDF', idleSeconds: 5, paper: 'legal' }, 'settings.json');
    expect(settings.printer).toBe('KioskPDF');
    expect(settings.idleSeconds).toBe(DEFAULT_SETTINGS.idleSeconds);
    expect(settings.paper).toBe('letter');
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/settings\.json › idleSeconds: .* using the default for this setting/);
    expect(problems.join('\n')).toMatch(/settings\.json › paper/);
  });

  it('an unknown key (a typo) is named and ignored; the rest is kept', () => {
    const { settings, problems } = parseSettings({ idelSeconds: 30, printer: 'KioskPDF', kiosk: false }, 's');
    expect(settings).toMatchObject({ printer: 'KioskPDF', kiosk: false });
    expect(problems).toEqual([expect.stringMatching(/"idelSeconds": not a setting/)]);
  });

  it('kiosk:"false" as a string does not turn kiosk mode off', () => {
    expect(parseSettings({ kiosk: 'false' }, 's').settings.kiosk).toBe(true);
  });

  it('refuses a printer name that could smuggle an option into lp', () => {
    expect(parseSettings({ printer: '-o evil' }, 's').problems[0]).toMatch(/printer/);
    expect(parseSettings({ printer: 'a b' }, 's').problems[0]).toMatch(/printer/);
    expect(parseSettings({ printer: '-oevil' }, 's').settings.printer).toBeUndefined();
  });

  it('refuses a printer name that starts with a dash (lp would read it as an option), as lp.ts does', () => {
    expect(parseSettings({ printer: '-oevil' }, 's').problems[0]).toMatch(/printer/);
    expect(parseSettings({ printer: '-' }, 's').problems[0]).toMatch(/printer/);
    expect(parseSettings({ printer: 'Kiosk-PDF_2.a' }, 's')).toMatchObject({ problems: [], settings: { printer: 'Kiosk-PDF_2.a' } });
  });

  it('refuses unknown keys rather than silently ignoring a typo', () => {
    expect(parseSettings({ idelSeconds: 30 }, 's').problems[0]).toMatch(/idelSeconds|Unrecognized/);
  });

  it('an own __proto__ key is just an unknown key, and pollutes nothing', () => {
    const raw = JSON.parse('{"__proto__": {"kiosk": false}, "printer": "KioskPDF"}');
    const { settings, problems } = parseSettings(raw, 's');
    expect(settings.kiosk).toBe(true);
    expect(settings.printer).toBe('KioskPDF');
    expect(problems[0]).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).kiosk).toBeUndefined();
  });

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"printer":"KioskPDF"}')])],
    ['UTF-16 LE with a BOM (Notepad "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"printer":"KioskPDF"}', 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{"printer":"KioskPDF"}', 'utf16le').swap16()])],
    ['UTF-16 LE without a BOM', Buffer.from('{"printer":"KioskPDF"}', 'utf16le')],
  ])('reads %s', (_name, bytes) => {
    const f = join(dir(), 'settings.json');
    writeFileSync(f, bytes);
    expect(loadSettingsFile(f)).toEqual({ settings: { ...DEFAULT_SETTINGS, printer: 'KioskPDF' }, problems: [] });
  });

  it('accepts comments and trailing commas as operators type them', () => {
    const f = join(dir(), 'settings.json');
    writeFileSync(f, '{\n  // the front desk printer\n  "printer": "KioskPDF", /* letter paper */\n  "paper": "a4",\n  "note_url": "http://x//y, ]",\n}');
    const { settings, problems } = loadSettingsFile(f);
    expect(settings).toMatchObject({ printer: 'KioskPDF', paper: 'a4' });
    expect(problems).toEqual([expect.stringMatching(/"note_url": not a setting/)]);
  });

  it('keeps non-ASCII text intact when decoding', () => {
    expect(decodeText(Buffer.from('{"a":"Iniciando… ñ"}', 'utf8'))).toBe('{"a":"Iniciando… ñ"}');
  });

  it('a corrupt file is kept aside as a copy, named in the problem, and defaults are used', () => {
    const d = dir();
    const f = join(d, 'settings.json');
    writeFileSync(f, '{ "printer": "KioskPDF", ');
    const { settings, problems } = loadSettingsFile(f, { now: () => new Date('2026-12-02T10:15:00Z') });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems[0]).toMatch(/not valid JSON.*a copy is kept at .*settings\.json\.corrupt-2026-12-02T10-15-00/);
    expect(readFileSync(join(d, 'settings.json.corrupt-2026-12-02T10-15-00'), 'utf8')).toBe('{ "printer": "KioskPDF", ');
    expect(existsSync(f)).toBe(true);
  });

  it('round trip: saveSettings writes what loadSettingsFile reads back', () => {
    const f = join(dir(), 'sub', 'settings.json');
    const wanted = { ...DEFAULT_SETTINGS, printer: 'FrontDesk', paper: 'a4' as const, idleSeconds: 120 };
    expect(saveSettings(f, wanted)).toEqual({ ok: true, value: wanted });
    expect(loadSettingsFile(f)).toEqual({ settings: wanted, problems: [] });
  });

  it('saveSettings refuses an invalid whole and leaves the file alone', () => {
    const f = join(dir(), 'settings.json');
    writeFileSync(f, '{"printer":"KioskPDF"}');
    const r = saveSettings(f, { ...DEFAULT_SETTINGS, idleSeconds: 1 });
    expect(r.ok).toBe(false);
    expect(readFileSync(f, 'utf8')).toBe('{"printer":"KioskPDF"}');
  });
});

describe('atomic writes', () => {
  it('a failure at rename leaves the old file whole and no temporary file behind', () => {
    const d = dir();
    const f = join(d, 'settings.json');
    writeFileSync(f, '{"printer":"Old"}');
    const failingFs: AtomicFs = { ...fs, renameSync: () => { throw Object.assign(new Error('EIO: injected'), { code: 'EIO' }); } };
    const r = saveSettings(f, { ...DEFAULT_SETTINGS, printer: 'New' }, failingFs);
    expect(r).toEqual({ ok: false, error: [expect.stringMatching(/EIO: injected/)] });
    expect(readFileSync(f, 'utf8')).toBe('{"printer":"Old"}');
    expect(readdirSync(d)).toEqual(['settings.json']);
  });

  it('fsyncs the data before the rename', () => {
    const calls: string[] = [];
    const spy: AtomicFs = {
      ...fs,
      fsyncSync: (fd) => (calls.push('fsync'), fs.fsyncSync(fd)),
      renameSync: (a, b) => (calls.push('rename'), fs.renameSync(a, b)),
    };
    writeFileAtomic(join(dir(), 'x.json'), 'data', spy);
    expect(calls.slice(0, 2)).toEqual(['fsync', 'rename']);
  });

  it('a process killed between write and rename leaves the old file whole', async () => {
    const d = dir();
    const f = join(d, 'settings.json');
    writeFileSync(f, '{"printer":"Old"}');
    // A child that saves through the real writeFileAtomic, but stops (and is killed) at the rename.
    const script = `
      import * as fs from 'node:fs';
      const { writeFileAtomic } = await import(${JSON.stringify(join(root, 'src/main/files/atomic-write.ts'))});
      // renameSync is synchronous, so the stand-in blocks (spins) right there until it is killed.
      const stalling = { ...fs, renameSync: () => { fs.writeSync(1, 'at-rename\\n'); const until = Date.now() + 60000; while (Date.now() < until) {} } };
      writeFileAtomic(${JSON.stringify(f)}, JSON.stringify({ printer: 'New', padding: 'x'.repeat(100000) }), stalling);
    `;
    const child = spawn(process.execPath, ['--import', join(root, 'bench/lib/ts-loader.mjs'), '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += String(b)));
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`child never reached the rename: ${stderr}`)), 20_000);
      child.stdout.on('data', (b) => {
        if (String(b).includes('at-rename')) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          done();
        }
      });
    });
    await new Promise((r) => child.on('close', r));
    expect(readFileSync(f, 'utf8')).toBe('{"printer":"Old"}');
    expect(loadSettingsFile(f).settings.printer).toBe('Old');
    // The temporary file holds the complete new data (it was fsynced) but was never renamed.
    const tmp = readdirSync(d).filter((n) => n.endsWith('.tmp'));
    expect(tmp).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(d, tmp[0]!), 'utf8')).printer).toBe('New');
  });
});
