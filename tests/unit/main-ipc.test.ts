import { describe, expect, it, vi } from 'vitest';
import { realContent } from './content-fixture';
import { createIpcHandlers, type IpcDeps } from '../../src/main/ipc-handlers';
import { DEFAULT_SETTINGS } from '../../src/main/settings';
import { CHANNELS, type PrintRequest } from '../../src/shared/ipc';

function deps(over: Partial<IpcDeps> = {}) {
  const log = vi.fn();
  const record = vi.fn();
  const printChecklist = vi.fn(async (_r: PrintRequest) => ({ ok: true as const, value: { jobId: 'Q-1', millis: 5 } }));
  const d: IpcDeps = {
    content: { ok: false, error: [{ file: 'tasks.json', field: '', message: 'file is missing' }] },
    settings: { ...DEFAULT_SETTINGS, printer: 'KioskPDF' },
    printChecklist,
    usage: { record, snapshot: () => ({}) },
    log,
    ...over,
  };
  return { d, log, record, printChecklist, h: createIpcHandlers(d) };
}

const goodRequest = {
  answers: { task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' },
  lang: 'en',
};

describe('IPC handlers validate every message at the boundary', () => {
  it('registers exactly the four channels of KioskApi', () => {
    expect(Object.keys(deps().h).sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('passes a valid print request through', async () => {
    const { h, printChecklist } = deps();
    expect(await h[CHANNELS.printChecklist]!(goodRequest)).toEqual({ ok: true, value: { jobId: 'Q-1', millis: 5 } });
    expect(printChecklist).toHaveBeenCalledWith(goodRequest);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'print please'],
    ['an unknown language', { ...goodRequest, lang: 'fr' }],
    ['an extra field (e.g. free text to print)', { ...goodRequest, text: '<script>' }],
    ['a bad region code', { ...goodRequest, answers: { ...goodRequest.answers, region: { kind: 'state', code: 'California' } } }],
    ['a ZIP that is not five digits', { ...goodRequest, answers: { ...goodRequest.answers, region: { kind: 'state', code: 'CA', zip: '9' } } }],
    ['an id with odd characters', { ...goodRequest, answers: { ...goodRequest.answers, task: '../etc' } }],
    // A question the task does not ask may have no answer (relevance.ts); the task itself may not be missing.
    ['a missing task', { ...goodRequest, answers: { region: { kind: 'unsure' } } }],
    // Strict below the top level too: nothing but the answers reaches the printer module.
    ['an extra key in the answers (a name)', { ...goodRequest, answers: { ...goodRequest.answers, name: 'Jane' } }],
    ['an extra key in a state answer', { ...goodRequest, answers: { ...goodRequest.answers, region: { kind: 'state', code: 'CA', note: 'x' } } }],
    ['extra text on an unsure answer', { ...goodRequest, answers: { ...goodRequest.answers, region: { kind: 'unsure', note: 'x' } } }],
    ['an extra key in a territory answer', { ...goodRequest, answers: { ...goodRequest.answers, region: { kind: 'territory', code: 'PR', x: 1 } } }],
    ['an extra key in an overseas destination', { ...goodRequest, answers: { ...goodRequest.answers, destination: { kind: 'overseas', area: 'pacific', x: 1 } } }],
    ['a task id of 65 characters', { ...goodRequest, answers: { ...goodRequest.answers, task: 'a'.repeat(65) } }],
    ['an overseas area id of 65 characters', { ...goodRequest, answers: { ...goodRequest.answers, region: { kind: 'overseas', area: 'a'.repeat(65) } } }],
  ])('refuses %s with invalid-request and a staff log line, without printing', async (_name, raw) => {
    const { h, printChecklist, log } = deps();
    expect(await h[CHANNELS.printChecklist]!(raw)).toEqual({ ok: false, error: { type: 'invalid-request' } });
    expect(printChecklist).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('warn', expect.stringMatching(/refused a malformed message/));
  });

  it('passes ids of exactly 64 characters and every region kind through', async () => {
    const { h, printChecklist } = deps();
    for (const region of [
      { kind: 'state', code: 'AR', zip: '72701' },
      { kind: 'territory', code: 'PR' },
      { kind: 'overseas', area: 'a'.repeat(64) },
      { kind: 'unsure' },
    ]) {
      const request = { ...goodRequest, answers: { ...goodRequest.answers, task: 'b'.repeat(64), region } };
      expect(await h[CHANNELS.printChecklist]!(request), JSON.stringify(region)).toMatchObject({ ok: true });
      expect(printChecklist).toHaveBeenLastCalledWith(request);
    }
  });

  it('turns an unexpected throw from printing into a typed failure', async () => {
    const { h, log } = deps({ printChecklist: async () => Promise.reject(new Error('boom')) });
    expect(await h[CHANNELS.printChecklist]!(goodRequest)).toEqual({ ok: false, error: { type: 'render-failed' } });
    expect(log).toHaveBeenCalledWith('error', expect.stringMatching(/boom/));
  });

  it('records only well-formed usage events', async () => {
    const { h, record } = deps({ content: { ok: true, value: realContent() } });
    await h[CHANNELS.recordUsage]!({ type: 'printed', task: 'referral' });
    await h[CHANNELS.recordUsage]!({ type: 'printed', name: 'Jane Doe' });
    await h[CHANNELS.recordUsage]!({ type: 'anything' });
    expect(record).toHaveBeenCalledTimes(1);
    expect(record).toHaveBeenCalledWith({ type: 'printed', task: 'referral' });
  });

  it('gives the renderer only the public settings', async () => {
    const { h } = deps();
    expect(await h[CHANNELS.getSettings]!()).toEqual({ idleSeconds: 60, warningSeconds: 30, printerConfigured: true, printTimeoutSeconds: 60, defaultLang: 'en' });
  });

  it('hands over the content load result, failures included', async () => {
    const { h } = deps();
    expect(await h[CHANNELS.loadContent]!()).toMatchObject({ ok: false });
  });

  it.each([
    ['an unknown state', { kind: 'state', code: 'ZZ' }],
    ['a territory sent as a state', { kind: 'state', code: 'PR' }],
    ['a state sent as a territory', { kind: 'territory', code: 'CA' }],
    ['an unknown overseas area', { kind: 'overseas', area: 'atlantis' }],
  ])('refuses a well-formed but unknown id: %s (probe L3)', async (_name, region) => {
    const { h, printChecklist, log } = deps({ content: { ok: true, value: realContent() } });
    const out = await h[CHANNELS.printChecklist]!({ ...goodRequest, answers: { ...goodRequest.answers, region } });
    expect(out).toEqual({ ok: false, error: { type: 'invalid-request' } });
    expect(printChecklist).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('warn', expect.stringMatching(/ids not in the content: answers\.region/));
  });

  it('refuses unknown task, beneficiary and credential ids, and usage events for unknown tasks', async () => {
    const { h, printChecklist, record } = deps({ content: { ok: true, value: realContent() } });
    for (const field of ['task', 'beneficiary', 'credential']) {
      const out = await h[CHANNELS.printChecklist]!({ ...goodRequest, answers: { ...goodRequest.answers, [field]: 'made-up' } });
      expect(out).toEqual({ ok: false, error: { type: 'invalid-request' } });
    }
    expect(printChecklist).not.toHaveBeenCalled();
    await h[CHANNELS.recordUsage]!({ type: 'printed', task: 'made-up' });
    expect(record).not.toHaveBeenCalled();
  });

  it('refuses a request missing an answer its task asks; passes one without an answer its task does not ask', async () => {
    const { h, printChecklist } = deps({ content: { ok: true, value: realContent() } });
    // A referral reads where, who and which sign-in: none of them may be missing.
    for (const q of ['region', 'beneficiary', 'credential'] as const) {
      const { [q]: _gone, ...rest } = goodRequest.answers;
      expect(await h[CHANNELS.printChecklist]!({ ...goodRequest, answers: rest }), q).toEqual({ ok: false, error: { type: 'invalid-request' } });
    }
    expect(await h[CHANNELS.printChecklist]!({ ...goodRequest, answers: { task: 'referral' } })).toEqual({ ok: false, error: { type: 'invalid-request' } });
    expect(printChecklist).not.toHaveBeenCalled();
    // Medical records ask only the sign-in (relevance.ts): no region or beneficiary needed.
    const records = { ...goodRequest, answers: { task: 'health-records', credential: 'myauth' } };
    expect(await h[CHANNELS.printChecklist]!(records)).toEqual({ ok: true, value: { jobId: 'Q-1', millis: 5 } });
    expect(printChecklist).toHaveBeenCalledWith(records);
  });

  it('logs a refusal short: no key names, at most three issues, control characters never reach the log (probe L2)', async () => {
    const { h, log } = deps();
    const hostile: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) hostile[`\u001b[2J\u0007key${i}`] = i;
    await h[CHANNELS.printChecklist]!(hostile);
    const line = String(log.mock.calls[0]![1]);
    expect(line.length).toBeLessThan(400);
    expect(line).not.toMatch(/key\d|\u001b|\u0007/);
    expect(line).toMatch(/unknown keys/);
  });

  it('a payload whose getter throws gets a typed refusal, not an exception (probe I4)', async () => {
    const { h } = deps();
    const evil = { get answers() { throw new Error('gotcha'); }, lang: 'en' };
    expect(await h[CHANNELS.printChecklist]!(evil)).toEqual({ ok: false, error: { type: 'invalid-request' } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    await expect(h[CHANNELS.recordUsage]!(proxy)).resolves.toBeUndefined();
  });

  it('a new session (session-started) tells main, so a print left by the last visitor is cancelled (probe L6)', async () => {
    const onSessionStarted = vi.fn();
    const { h } = deps({ content: { ok: true, value: realContent() }, onSessionStarted });
    await h[CHANNELS.recordUsage]!({ type: 'checklist-shown', task: 'referral' });
    expect(onSessionStarted).not.toHaveBeenCalled();
    await h[CHANNELS.recordUsage]!({ type: 'session-started' });
    expect(onSessionStarted).toHaveBeenCalledTimes(1);
  });

  it('the end of a visit (printed, timed out, started over) tells main to drop the PDF rendered ahead', async () => {
    const onVisitEnded = vi.fn();
    const { h } = deps({ content: { ok: true, value: realContent() }, onVisitEnded });
    for (const type of ['session-started', 'checklist-shown', 'print-failed', 'assisted-started']) await h[CHANNELS.recordUsage]!({ type, ...(type === 'checklist-shown' ? { task: 'referral' } : {}) });
    expect(onVisitEnded).not.toHaveBeenCalled();
    for (const type of ['printed', 'idle-reset', 'started-over']) await h[CHANNELS.recordUsage]!({ type });
    expect(onVisitEnded).toHaveBeenCalledTimes(3);
  });
});
