import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createStaffMain } from '../../src/main/staff/register';
import { isPinHash } from '../../src/main/staff/pin-hash';
import { DEFAULT_SETTINGS, type Settings } from '../../src/main/settings';
import { STAFF_CHANNELS } from '../../src/shared/channels';
import { ok } from '../../src/shared/result';

/** Staff mode's set-up in main: the plain-text PIN hashed away, and the wrong-PIN wait kept across a restart. */
const dir = () => mkdtempSync(join(tmpdir(), 'kiosk-staff-main-'));

function start(initial: Partial<Settings>, stateDir: string, t: { now: number }) {
  const saved: Settings[] = [];
  const lines: string[] = [];
  const staff = createStaffMain({
    initialSettings: { ...DEFAULT_SETTINGS, ...initial },
    settingsProblems: [],
    save: (s) => void saved.push(structuredClone(s)),
    stateDir,
    logFile: join(stateDir, 'kiosk.log'),
    log: (level, m) => void lines.push(`${level} ${m}`),
    now: () => t.now,
  });
  const h = staff.handlers({
    content: { ok: false, error: [] },
    usage: { snapshot: () => ({}) },
    printDocument: vi.fn(async () => ok({ jobId: 'Q-1', millis: 1 })),
  });
  return { staff, h, saved, lines };
}

describe('staff mode set-up in main', () => {
  it('hashes a plain-text staffPin on the first read and writes the file back without it', async () => {
    const { staff, h, saved, lines } = start({ staffPin: '482913' }, dir(), { now: 0 });
    // A PIN typed at once waits for the hashing instead of being told there is no PIN.
    expect(((await h[STAFF_CHANNELS.enter]!('482913')) as { ok: boolean }).ok).toBe(true);
    await staff.ready;
    expect(saved).toHaveLength(1);
    expect(saved[0]!.staffPin).toBeUndefined();
    expect(isPinHash(saved[0]!.staffPinHash)).toBe(true);
    expect(JSON.stringify(saved[0])).not.toContain('482913');
    expect(lines).toContain('info settings: the staff PIN was hashed and the plain-text staffPin removed from the file');
  });

  it('removes a plain-text PIN that is not 6 to 12 digits, says why, and sets no PIN', async () => {
    const { staff, h, saved, lines } = start({ staffPin: '1234' }, dir(), { now: 0 });
    await staff.ready;
    expect(saved[0]!.staffPin).toBeUndefined();
    expect(saved[0]!.staffPinHash).toBeUndefined();
    expect(lines.some((l) => /staffPin must be 6 to 12 digits; it was removed/.test(l))).toBe(true);
    expect(await h[STAFF_CHANNELS.enter]!('1234')).toEqual({ ok: false, error: { type: 'no-pin-set' } });
  });

  it('keeps the wrong-PIN wait across a restart', async () => {
    const state = dir();
    const t = { now: 1_000_000 };
    const first = start({ staffPin: '482913' }, state, t);
    await first.staff.ready;
    const hash = first.saved[0]!.staffPinHash!;
    for (let i = 0; i < 5; i++) {
      await first.h[STAFF_CHANNELS.enter]!('000000');
      t.now += 60_000;
    }
    t.now -= 60_000; // right after the fifth wrong PIN: a 16 s wait
    const again = start({ staffPinHash: hash }, state, t);
    expect(await again.h[STAFF_CHANNELS.enter]!('482913')).toEqual({ ok: false, error: { type: 'locked', retryInMs: 16_000 } });
    t.now += 16_000;
    expect(((await again.h[STAFF_CHANNELS.enter]!('482913')) as { ok: boolean }).ok).toBe(true);
  });
});
