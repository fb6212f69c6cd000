import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakePrinter } from '../../src/main/printer/fake';
import type { PdfRenderer } from '../../src/main/printer/pdf-renderer';
import { printChecklist, type PrintChecklistDeps } from '../../src/main/printer/print-checklist';
import type { HtmlPrinter } from '../../src/main/printer/printer';
import { UiStrings } from '../../src/shared/content/schema';
import type { Content } from '../../src/shared/content/load';
import type { PaperSize, PrintRequest } from '../../src/shared/ipc';
import { handPlan } from '../integration/fixtures/plans';

const root = join(import.meta.dirname, '../..');
const printText = UiStrings.parse(JSON.parse(readFileSync(join(root, 'data/print.json'), 'utf8')));
const content = { printText } as Content;
const request: PrintRequest = { answers: handPlan.answers, lang: 'es' };

function setup(overrides: Partial<PrintChecklistDeps> = {}) {
  const logs: string[] = [];
  const rendered: { html: string; paper: PaperSize }[] = [];
  const renderer: PdfRenderer = {
    render: async (html, paper) => {
      rendered.push({ html, paper });
      return new TextEncoder().encode('%PDF-1.7 fake');
    },
  };
  let t = Date.parse('2026-11-25T15:00:00Z');
  const printer = createFakePrinter({ now: () => t });
  const deps: PrintChecklistDeps = {
    content,
    renderer,
    printer,
    settings: { paper: 'a4' },
    log: (level, message) => logs.push(`${level} ${message}`),
    now: () => new Date((t += 250)),
    buildPlan: () => handPlan,
    ...overrides,
  };
  return { deps, logs, rendered, printer };
}

describe('printChecklist', () => {
  it('answers → plan → checklist HTML → PDF → printer, in the visitor\'s language and the kiosk\'s paper', async () => {
    const { deps, rendered, printer, logs } = setup();
    const outcome = await printChecklist(request, deps);
    // now() is read at the start, for the printed date, and at the end, 250 ms apart: millis is the whole time.
    expect(outcome).toEqual({ ok: true, value: { jobId: 'FakePrinter-1', millis: 500 } });
    expect(rendered).toHaveLength(1);
    expect(rendered[0]!.paper).toBe('a4');
    expect(rendered[0]!.html).toContain('<html lang="es">');
    expect(rendered[0]!.html).toContain('Su lista para iniciar sesión en TRICARE');
    expect(printer.jobs()).toEqual([
      { id: 'FakePrinter-1', title: 'TRICARE sign-in checklist', paper: 'a4', bytes: 13, status: 'done' },
    ]);
    expect(logs).toEqual([]);
  });

  it('one print at a time: a second tap while printing is busy', async () => {
    const { deps, printer, logs } = setup();
    printer.setBehavior('pending');
    const first = printChecklist(request, deps);
    await new Promise((r) => setTimeout(r, 0));
    expect(await printChecklist(request, deps)).toEqual({ ok: false, error: { type: 'busy' } });
    expect(logs).toEqual(['warn print: refused a second print while one is running (busy)']);
    printer.setJobStatus('FakePrinter-1', 'done');
    expect((await first).ok).toBe(true);
    printer.setBehavior('complete');
    expect((await printChecklist(request, deps)).ok).toBe(true);
  });

  it('the lock is released after a failure too', async () => {
    const { deps, printer } = setup();
    printer.setBehavior('queue-disabled');
    expect((await printChecklist(request, deps)).ok).toBe(false);
    printer.setBehavior('complete');
    expect((await printChecklist(request, deps)).ok).toBe(true);
  });

  it('every failure is a value and one staff-log line with the cause, never the answers', async () => {
    for (const type of ['queue-disabled', 'queue-missing', 'queue-rejecting', 'spooler-down', 'job-failed', 'job-held', 'timeout'] as const) {
      const { deps, printer, logs } = setup();
      printer.setBehavior(type);
      const outcome = await printChecklist(request, deps);
      expect(outcome.ok || outcome.error.type).toBe(type);
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(new RegExp(`^error print failed: ${type}`));
      expect(logs[0]).not.toMatch(/referral|CA\b|adfm|myauth/);
    }
  });

  it('a renderer that throws is render-failed', async () => {
    const { deps, logs, printer } = setup({
      renderer: { render: () => Promise.reject(new Error('printToPDF: renderer crashed')) },
    });
    expect(await printChecklist(request, deps)).toEqual({ ok: false, error: { type: 'render-failed', detail: 'printToPDF: renderer crashed' } });
    expect(logs).toEqual(['error print failed: render-failed — printToPDF: renderer crashed']);
    expect(printer.jobs()).toEqual([]);
  });

  it('a printer that throws (a bug) is still a value', async () => {
    const { deps } = setup({ printer: { print: () => Promise.reject(new Error('boom')) } });
    expect(await printChecklist(request, deps)).toEqual({ ok: false, error: { type: 'job-failed', detail: 'printer threw: boom' } });
    const sync = setup({
      printer: {
        print: () => {
          throw new Error('sync boom');
        },
      },
    });
    expect(await printChecklist(request, sync.deps)).toEqual({ ok: false, error: { type: 'job-failed', detail: 'printer threw: sync boom' } });
  });

  it('with an HTML printer (Windows) the HTML goes to it and no PDF is made', async () => {
    const got: string[] = [];
    const htmlPrinter: HtmlPrinter = {
      printHtml: async (html, opts) => (got.push(`${opts.paper} ${html.slice(0, 15)}`), { ok: true, value: { jobId: 'w-1', millis: 1 } }),
    };
    const { deps, rendered } = setup({ htmlPrinter, settings: { paper: 'receipt80' } });
    expect(await printChecklist(request, deps)).toMatchObject({ ok: true, value: { jobId: 'w-1' } });
    expect(got).toEqual(['receipt80 <!doctype html>']);
    expect(rendered).toEqual([]);
  });
});

describe('createFakePrinter', () => {
  it('queue-level errors make no job; job-level errors leave a job with that status', async () => {
    const printer = createFakePrinter();
    const pdf = new Uint8Array(3);
    printer.setBehavior('no-printer-configured');
    expect((await printer.print(pdf, { title: 't', paper: 'letter' })).ok).toBe(false);
    expect(printer.jobs()).toEqual([]);
    printer.setBehavior('job-held');
    const held = await printer.print(pdf, { title: 't', paper: 'letter' });
    expect(held.ok || held.error.type).toBe('job-held');
    expect(printer.jobs().map((j) => j.status)).toEqual(['held']);
    printer.setBehavior('pending');
    const pending = printer.print(pdf, { title: 't', paper: 'letter' });
    expect(printer.jobs().map((j) => j.status)).toEqual(['held', 'pending']);
    printer.setJobStatus('FakePrinter-2', 'failed');
    expect((await pending).ok).toBe(false);
    expect(() => printer.setJobStatus('FakePrinter-2', 'done')).toThrow(/no pending/);
    printer.reset();
    expect(printer.jobs()).toEqual([]);
  });
});
