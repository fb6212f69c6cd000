import { describe, expect, it, vi } from 'vitest';
import { createStaffGate } from '../../src/main/staff/gate';
import { hashPin, isPinHash, verifyPin } from '../../src/main/staff/pin-hash';
import { BASE_DELAY_MS, MAX_DELAY_MS, createPinLimiter, delayAfter } from '../../src/shared/staff/rate-limit';
import { STAFF_IDLE_MS, STAFF_MAX_MS, createStaffSession } from '../../src/shared/staff/session';

/** Cheap scrypt parameters for the tests that only need "some hash"; the defaults are tested once. */
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('staff PIN hash', () => {
  it('is salted scrypt with its parameters, and verifies only the right PIN', async () => {
    const a = await hashPin('482913');
    const b = await hashPin('482913');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(a).not.toBe(b); // a new salt each time
    expect(a).not.toContain('482913');
    expect(await verifyPin('482913', a)).toBe(true);
    expect(await verifyPin('482913', b)).toBe(true);
    expect(await verifyPin('482914', a)).toBe(false);
    expect(await verifyPin('', a)).toBe(false);
  });

  it('verifies with the parameters stored in the hash, not the current defaults', async () => {
    const old = await hashPin('123456', FAST);
    expect(old.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPin('123456', old)).toBe(true);
  });

  it('never matches (or throws on) a malformed or tampered hash', async () => {
    const good = await hashPin('123456', FAST);
    const parts = good.split('$');
    const flipped = [...parts.slice(0, 5), Buffer.from(Buffer.from(parts[5]!, 'base64').map((x) => x ^ 1)).toString('base64')].join('$');
    for (const bad of ['', '123456', 'scrypt$', flipped, good.replace('$1024$', '$1000$'), good.replace('$1024$', `$${2 ** 30}$`), good.replace(/\$[^$]+$/, '$AAAA')]) {
      expect(await verifyPin('123456', bad), bad).toBe(false);
    }
    expect(isPinHash(good)).toBe(true);
    expect(isPinHash(good.replace('$1024$', '$1023$'))).toBe(false);
    expect(isPinHash(42)).toBe(false);
  });
});

describe('wrong-PIN rate limit', () => {
  it('waits 1 s, 2 s, 4 s … after each wrong PIN in a row, capped at 15 minutes', () => {
    expect([1, 2, 3, 4, 5].map(delayAfter)).toEqual([1, 2, 4, 8, 16].map((s) => s * BASE_DELAY_MS));
    expect(delayAfter(0)).toBe(0);
    expect(delayAfter(11)).toBe(MAX_DELAY_MS);
    expect(delayAfter(1_000)).toBe(MAX_DELAY_MS);
  });

  it('refuses tries until the delay has passed, and a right PIN clears the count', () => {
    let t = 1_000_000;
    const changes: unknown[] = [];
    const l = createPinLimiter({ now: () => t, onChange: (s) => changes.push(s) });
    expect(l.check()).toEqual({ allowed: true });
    expect(l.fail()).toBe(1_000);
    expect(l.check()).toEqual({ allowed: false, retryInMs: 1_000 });
    t += 999;
    expect(l.check().allowed).toBe(false);
    t += 1;
    expect(l.check().allowed).toBe(true);
    expect(l.fail()).toBe(2_000);
    expect(l.state()).toEqual({ failures: 2, lockedUntil: t + 2_000 });
    l.succeed();
    expect(l.state()).toEqual({ failures: 0, lockedUntil: 0 });
    expect(changes).toHaveLength(3);
  });

  it('keeps a lock read back from disk, and shrugs off a damaged one', () => {
    const t = 5_000;
    expect(createPinLimiter({ now: () => t, initial: { failures: 4, lockedUntil: 9_000 } }).check()).toEqual({ allowed: false, retryInMs: 4_000 });
    const odd = createPinLimiter({ now: () => t, initial: { failures: -3, lockedUntil: Number.NaN } });
    expect(odd.state()).toEqual({ failures: 0, lockedUntil: 0 });
  });
});

describe('staff session', () => {
  it('closes after the idle time without a call, and at the hard limit even with calls', () => {
    let t = 0;
    const s = createStaffSession({ now: () => t });
    expect(s.isOpen()).toBe(false);
    s.open();
    t += STAFF_IDLE_MS - 1;
    expect(s.isOpen()).toBe(true);
    s.touch();
    t += STAFF_IDLE_MS - 1;
    expect(s.isOpen()).toBe(true);
    t += 1;
    expect(s.isOpen()).toBe(false);
    s.touch(); // a call after it closed does not reopen it
    expect(s.isOpen()).toBe(false);

    s.open();
    const opened = t;
    while (t < opened + STAFF_MAX_MS - 60_000) {
      t += 60_000;
      s.touch();
    }
    expect(s.isOpen()).toBe(true);
    t = opened + STAFF_MAX_MS;
    expect(s.isOpen()).toBe(false);
  });
});

describe('staff gate (main)', () => {
  const gate = async (t: { now: number }, hash: string | undefined) =>
    createStaffGate({ pinHash: () => hash, now: () => t.now, log: vi.fn() });

  it('opens on the right PIN; a wrong one is refused and the next try must wait', async () => {
    const t = { now: 10_000 };
    const hash = await hashPin('246810', FAST);
    const g = await gate(t, hash);
    expect(await g.enter('111111')).toEqual({ ok: false, error: { type: 'wrong-pin', retryInMs: 1_000 } });
    // Even the right PIN is not checked during the wait.
    expect(await g.enter('246810')).toEqual({ ok: false, error: { type: 'locked', retryInMs: 1_000 } });
    expect(g.status()).toMatchObject({ pinSet: true, open: false, retryInMs: 1_000 });
    t.now += 1_000;
    expect(await g.enter('222222')).toEqual({ ok: false, error: { type: 'wrong-pin', retryInMs: 2_000 } });
    t.now += 2_000;
    const opened = await g.enter('246810');
    expect(opened.ok).toBe(true);
    expect(g.status()).toMatchObject({ open: true, retryInMs: 0 });
    g.exit();
    expect(g.status().open).toBe(false);
  });

  it('counts malformed PINs as wrong ones (no free guesses)', async () => {
    const t = { now: 0 };
    const g = await gate(t, await hashPin('246810', FAST));
    for (const bad of [undefined, 246810, '2468', 'abcdef', '246810\n', '1'.repeat(13)]) {
      t.now += 60 * 60_000;
      const r = await g.enter(bad);
      expect(r.ok, String(bad)).toBe(false);
      expect(r.ok ? '' : r.error.type).toBe('wrong-pin');
    }
  });

  it('checks one PIN at a time: parallel guesses are refused, not all checked', async () => {
    const t = { now: 0 };
    let calls = 0;
    const g = createStaffGate({
      pinHash: () => 'scrypt$1024$8$1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==',
      now: () => t.now,
      log: vi.fn(),
      verify: async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 20));
        return false;
      },
    });
    const results = await Promise.all(['100000', '200000', '300000', '400000'].map((p) => g.enter(p)));
    expect(calls).toBe(1);
    expect(results.map((r) => (r.ok ? 'open' : r.error.type))).toEqual(['wrong-pin', 'locked', 'locked', 'locked']);
  });

  it('without a PIN set, says so and never opens', async () => {
    const g = await gate({ now: 0 }, undefined);
    expect(await g.enter('123456')).toEqual({ ok: false, error: { type: 'no-pin-set' } });
    expect(g.status()).toMatchObject({ pinSet: false, open: false });
  });
});
