// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/renderer/src/App';
import { PRINT_ERROR_KEYS } from '../../src/renderer/src/lib/flow';
import type { KioskApi, PrintErrorType, PrintOutcome, PrintRequest, PublicSettings, UsageEvent } from '../../src/shared/ipc';
import { realContent } from './content-fixture';

/**
 * The real App, rendered in happy-dom with a recording KioskApi: what the machine's
 * countUsage and printChecklist become once App provides them (machine → api.recordUsage,
 * machine → api.printChecklist), and the words a visitor reads for each print failure.
 * machine.test.ts supplies its own countUsage; this is the one the kiosk runs.
 */
const content = realContent();
const settings: PublicSettings = { idleSeconds: 60, warningSeconds: 30, printerConfigured: true, printTimeoutSeconds: 60 };

function recordingApi(print: (r: PrintRequest) => PrintOutcome) {
  const usage: UsageEvent[] = [];
  const prints: PrintRequest[] = [];
  const prepared: PrintRequest[] = [];
  const api: KioskApi = {
    preparePrint: async (r) => void prepared.push(r),
    loadContent: async () => ({ ok: true, value: content }),
    getSettings: async () => settings,
    printChecklist: async (r) => (prints.push(r), print(r)),
    recordUsage: async (e) => void usage.push(e),
  };
  return { api, usage, prints, prepared };
}

// Every tap comes a second after the last screen change, as a person's would: the ghost-tap
// guard (lib/tap-guard) ignores presses in the first TAP_GUARD_MS after a screen appears.
let clock = 0;
beforeEach(() => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => vi.restoreAllMocks());

const tap = async (testId: string) => {
  clock += 1_000;
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};
const screenName = () => document.querySelector('.app')?.getAttribute('data-screen');

/** Taps a referral → not sure where → active duty family member → myAuth → review → checklist. */
async function toChecklist() {
  await tap('start-en');
  await tap('choice-referral');
  await tap('region-unsure');
  await tap('choice-adfm');
  await tap('choice-myauth');
  expect(screenName()).toBe('review');
  await tap('confirm');
  expect(screenName()).toBe('checklist');
}

afterEach(() => cleanup());

describe('App: the machine wired to the kiosk API', () => {
  it('records usage through api.recordUsage: event types, and the checklist\'s three categories (never a ZIP) once, with the checklist shown', async () => {
    const { api, usage } = recordingApi(() => ({ ok: true, value: { jobId: 'Q-1', millis: 1 } }));
    render(<App api={api} content={content} settings={settings} />);
    await tap('start-en');
    await tap('choice-referral');
    await tap('start-over');
    await tap('confirm-start-over');
    expect(screenName()).toBe('attract');
    await toChecklist();
    expect(usage).toEqual([
      { type: 'session-started' },
      { type: 'started-over' },
      { type: 'session-started' },
      { type: 'checklist-shown', task: 'referral', region: 'unsure', beneficiary: 'adfm' },
    ]);
  });

  it('prints through api.printChecklist with the answers and language, and counts the outcome', async () => {
    let outcome: PrintOutcome = { ok: false, error: { type: 'timeout' } };
    const { api, usage, prints } = recordingApi(() => outcome);
    render(<App api={api} content={content} settings={settings} />);
    await toChecklist();
    await tap('print');
    expect(screenName()).toBe('failed');
    outcome = { ok: true, value: { jobId: 'Q-2', millis: 1 } };
    await tap('retry');
    expect(screenName()).toBe('printed');
    expect(prints).toEqual([
      { answers: { task: 'referral', region: { kind: 'unsure' }, beneficiary: 'adfm', credential: 'myauth' }, lang: 'en' },
      { answers: { task: 'referral', region: { kind: 'unsure' }, beneficiary: 'adfm', credential: 'myauth' }, lang: 'en' },
    ]);
    expect(usage.slice(-2)).toEqual([
      { type: 'print-failed' },
      { type: 'printed' },
    ]);
  });

  it('asks main to render the PDF once the checklist is shown: the request Print sends, again only when the language changes', async () => {
    const { api, prints, prepared } = recordingApi(() => ({ ok: true, value: { jobId: 'Q-1', millis: 1 } }));
    render(<App api={api} content={content} settings={settings} />);
    await toChecklist();
    // After the checklist has painted (a frame, then a task).
    await vi.waitFor(() => expect(prepared).toHaveLength(1));
    const answers = { task: 'referral', region: { kind: 'unsure' }, beneficiary: 'adfm', credential: 'myauth' };
    expect(prepared).toEqual([{ answers, lang: 'en' }]);
    await tap('lang-es');
    await vi.waitFor(() => expect(prepared).toHaveLength(2));
    expect(prepared[1]).toEqual({ answers, lang: 'es' });
    await tap('print');
    expect(prints).toEqual([prepared[1]]);
    expect(prepared).toHaveLength(2);
  });

  it.each(Object.keys(PRINT_ERROR_KEYS) as PrintErrorType[])('a %s print failure shows its own message', async (type) => {
    const { api } = recordingApi(() => ({ ok: false, error: { type } }));
    render(<App api={api} content={content} settings={settings} />);
    await toChecklist();
    await tap('print');
    expect(screenName()).toBe('failed');
    // The key is named after the type (failed.queueRejecting for queue-rejecting), derived here
    // rather than read from PRINT_ERROR_KEYS, so a swapped entry there shows up.
    const keyOf = (t: string) => `failed.${t.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
    const shown = screen.getByTestId('failed-reason').textContent;
    expect(shown).toContain(content.ui[keyOf(type)]!.en);
    // …and no other failure's message.
    for (const other of (Object.keys(PRINT_ERROR_KEYS) as PrintErrorType[]).filter((t) => t !== type)) {
      expect(shown, other).not.toContain(content.ui[keyOf(other)]!.en);
    }
  });
});
