import { describe, expect, it } from 'vitest';
import { exec } from '../../src/main/printer/exec';

describe('exec (argument array, no shell)', () => {
  it('passes stdin bytes through and returns stdout, stderr and the exit code', async () => {
    const r = await exec('cat', [], { stdin: new Uint8Array([104, 105, 0, 255]) });
    expect(r.ok && [...Buffer.from(r.value.stdout, 'latin1')].slice(0, 3)).toEqual([104, 105, 0]);
    expect(r).toMatchObject({ ok: true, value: { code: 0, stderr: '' } });
  });

  it('a non-zero exit is a value with its code and stderr', async () => {
    const r = await exec('ls', ['/definitely/not/here']);
    expect(r).toMatchObject({ ok: true, value: { code: 2, stderr: expect.stringContaining('No such file') } });
  });

  it('never interprets arguments as shell syntax', async () => {
    const r = await exec('echo', ['$(id)', '; rm -rf /', '`x`', '"q"']);
    expect(r.ok && r.value.stdout).toBe('$(id) ; rm -rf / `x` "q"\n');
  });

  it('runs in the C locale (messages can be parsed)', async () => {
    const r = await exec('sh', ['-c', 'echo "$LC_ALL $LANG $EXTRA"'], { env: { EXTRA: 'x', LC_ALL: 'de_DE.UTF-8' } });
    expect(r.ok && r.value.stdout).toBe('C C x\n');
  });

  it('a missing program is not-found; a slow one is killed at the timeout', async () => {
    expect(await exec('no-such-program-here', [])).toEqual({ ok: false, error: { type: 'not-found', command: 'no-such-program-here' } });
    const started = Date.now();
    expect(await exec('sleep', ['5'], { timeoutMs: 150 })).toEqual({ ok: false, error: { type: 'timeout', command: 'sleep', ms: 150 } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a program that exits without reading its stdin is not an error', async () => {
    const r = await exec('true', [], { stdin: new Uint8Array(4 * 1024 * 1024) });
    expect(r).toMatchObject({ ok: true, value: { code: 0 } });
  });
});
