import { describe, expect, it, vi } from 'vitest';
import { printChecklist } from '../../src/main/printer/print-checklist';
import { createPreparedPdfs, pageKey } from '../../src/main/printer/prepared-pdf';
import type { PrintRequest } from '../../src/shared/ipc';
import { ok } from '../../src/shared/result';
import { realContent } from './content-fixture';

/** The checklist PDF rendered ahead: one entry, keyed by what changes the page. */
const request: PrintRequest = { answers: { task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' }, lang: 'en' };
const day = new Date(2026, 11, 2, 10, 0);
const PDF = new Uint8Array([37, 80, 68, 70]);

describe('createPreparedPdfs', () => {
  it('renders a page once, hands it to the same request, and only to it', async () => {
    const render = vi.fn(async () => PDF);
    const prepared = createPreparedPdfs(render);
    prepared.prepare(request, 'letter', day);
    prepared.prepare({ ...request, copies: 2 }, 'letter', new Date(2026, 11, 2, 18, 0));
    expect(render).toHaveBeenCalledTimes(1);
    expect(await prepared.take({ ...request, copies: 2 }, 'letter', day)).toBe(PDF);
    for (const other of [
      [{ ...request, lang: 'es' as const }, 'letter', day],
      [{ ...request, staffCopy: true }, 'letter', day],
      [{ ...request, answers: { ...request.answers, credential: 'ds-logon' } }, 'letter', day],
      [request, 'a4', day],
      [request, 'letter', new Date(2026, 11, 3, 0, 1)], // the printed date changed
    ] as const) {
      expect(prepared.take(other[0], other[1], other[2])).toBeUndefined();
    }
    prepared.forget();
    expect(prepared.take(request, 'letter', day)).toBeUndefined();
  });

  it('keeps only the latest page, and drops one whose render failed', async () => {
    let fail = true;
    const prepared = createPreparedPdfs(async () => {
      if (fail) throw new Error('render broke');
      return PDF;
    });
    prepared.prepare(request, 'letter', day);
    await Promise.resolve();
    await Promise.resolve();
    expect(prepared.take(request, 'letter', day)).toBeUndefined();
    fail = false;
    prepared.prepare(request, 'letter', day);
    prepared.prepare({ ...request, lang: 'es' }, 'letter', day);
    expect(prepared.take(request, 'letter', day)).toBeUndefined();
    expect(await prepared.take({ ...request, lang: 'es' }, 'letter', day)).toBe(PDF);
  });

  it('the key does not depend on the order of the answers', () => {
    const reordered = { lang: 'en', answers: { credential: 'myauth', beneficiary: 'adfm', region: { code: 'CA', kind: 'state' }, task: 'referral' } } as PrintRequest;
    expect(pageKey(reordered, 'letter', day)).toBe(pageKey(request, 'letter', day));
  });
});

describe('printChecklist with a page rendered ahead', () => {
  const deps = (renderAhead: () => Promise<Uint8Array>) => {
    const prepared = createPreparedPdfs(renderAhead);
    const render = vi.fn(async () => new Uint8Array([1]));
    const print = vi.fn(async () => ok({ jobId: 'Q-1', millis: 1 }));
    return {
      prepared,
      render,
      print,
      deps: {
        content: realContent(),
        renderer: { render },
        printer: { print, cancelJob: async () => ok(undefined) } as never,
        settings: { paper: 'letter' as const },
        log: vi.fn(),
        now: () => day,
        prepared,
      },
    };
  };

  it('spools the page rendered ahead without rendering again', async () => {
    const d = deps(async () => PDF);
    d.prepared.prepare(request, 'letter', day);
    expect((await printChecklist(request, d.deps)).ok).toBe(true);
    expect(d.render).not.toHaveBeenCalled();
    expect(d.print).toHaveBeenCalledWith(PDF, expect.objectContaining({ paper: 'letter' }), {});
  });

  it('renders when nothing (or another page) was rendered ahead, or when the render ahead failed', async () => {
    for (const setup of [
      (d: ReturnType<typeof deps>) => d.prepared.prepare({ ...request, lang: 'es' }, 'letter', day),
      () => undefined,
    ]) {
      const d = deps(async () => PDF);
      setup(d);
      expect((await printChecklist(request, d.deps)).ok).toBe(true);
      expect(d.render).toHaveBeenCalledTimes(1);
    }
    const failing = deps(() => new Promise((_, reject) => setTimeout(() => reject(new Error('window crashed')), 5)));
    failing.prepared.prepare(request, 'letter', day);
    expect((await printChecklist(request, failing.deps)).ok).toBe(true);
    expect(failing.render).toHaveBeenCalledTimes(1);
  });
});
