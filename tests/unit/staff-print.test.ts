import { describe, expect, it, vi } from 'vitest';
import { lpArgs } from '../../src/main/printer/lp';
import type { Exec } from '../../src/main/printer/exec';
import { listPrinterQueues, parseDefaultDestination, parseDestinations } from '../../src/main/staff/printers';
import { renderChecklistHtml } from '../../src/shared/checklist/html';
import { buildPlan } from '../../src/shared/plan';
import { err, ok } from '../../src/shared/result';
import { renderTestPageHtml, renderUsageReportHtml, usageLabeler } from '../../src/shared/staff/documents';
import { usageDays } from '../../src/shared/staff/usage';
import { SCENARIOS } from '../integration/fixtures/scenarios';
import { realContent } from './content-fixture';

/** What staff mode prints, and the printer list it offers. */
const content = realContent();

describe('the staff copy of a checklist', () => {
  const plan = buildPlan(SCENARIOS[0]!.answers, content);
  const base = { lang: 'en' as const, paper: 'letter' as const, text: content.printText, printedAt: new Date('2026-12-02T10:00:00Z') };

  it('adds a marked box with lines for staff notes; the visitor copy has neither', () => {
    const visitor = renderChecklistHtml(plan, base);
    const staff = renderChecklistHtml(plan, { ...base, staffCopy: true });
    expect(visitor).not.toContain('class="staff-notes"');
    expect(visitor).not.toContain('class="note-line"');
    expect(visitor).not.toContain('Staff copy');
    expect(staff).toContain('Staff copy: keep at the desk');
    expect(staff.match(/class="note-line"/g)).toHaveLength(3);
    // Otherwise the same document: the notes box in place of the take-home QR code and its
    // caption (the body size may step down to make room for the box).
    const same = (html: string) =>
      html
        .replace(/<div class="staff-notes">[\s\S]*?\n  <\/div>/, '')
        .replace(/\n  <p class="staff-mark">.*<\/p>/, '')
        .replace(/<figure class="whole-qr">[\s\S]*?<\/figure>/, '')
        .replace(/<p class="caption">.*<\/p>/, '')
        .replace(/class="page fit-\d+"/, 'class="page"')
        .replace(/\n\s*\n/g, '\n');
    expect(same(staff)).toBe(same(visitor));
    expect(staff).not.toContain('class="whole-qr"');
  });

  it('two copies are one lp job with -n 2', () => {
    expect(lpArgs('KioskPDF', { title: 't', paper: 'letter', copies: 2 })).toEqual(['-d', 'KioskPDF', '-t', 't', '-n', '2', '-o', 'media=Letter', '--', '-']);
    expect(lpArgs('KioskPDF', { title: 't', paper: 'letter', copies: 1 })).not.toContain('-n');
    expect(lpArgs('KioskPDF', { title: 't', paper: 'letter' })).not.toContain('-n');
  });
});

describe('staff pages', () => {
  const counts = { '2026-12-02': { 'session-started': 3, 'checklist-shown': 2, printed: 2, 'task:referral': 2, 'region:CA': 1, 'region:eurafrica': 1, 'beneficiary:adfm': 2 } };
  const days = usageDays(counts, '2026-12-02', 30);

  it('the usage report has today and 30-day totals, a chart, the categories by name, and nothing personal', () => {
    const html = renderUsageReportHtml({ kioskName: 'Front <desk>', kioskLocation: 'Bldg 2', days, printedAt: new Date('2026-12-02T15:00:00Z'), paper: 'letter', label: usageLabeler(content) });
    expect(html).toContain('Kiosk usage report');
    expect(html).toContain('Front &lt;desk&gt; — Bldg 2');
    expect(html).not.toContain('<desk>');
    expect(html).toMatch(/<td>Visits<\/td><td>3<\/td><td>3<\/td>/);
    expect(html).toContain('<svg');
    expect(html).toContain(content.tasks.find((t) => t.id === 'referral')!.label.en);
    expect(html).toContain(content.regions.states.find((s) => s.code === 'CA')!.name.en);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
  });

  it('the test page names the queue, paper and kiosk', () => {
    const html = renderTestPageHtml({ kioskName: 'Front desk', kioskLocation: '', queue: 'KioskPDF', paper: 'receipt80', printedAt: new Date(), contentVersion: 'abc' });
    expect(html).toContain('Printer test page');
    expect(html).toContain('KioskPDF');
    expect(html).toContain('receipt80 (80 mm wide)');
    expect(html).not.toContain('24pt'); // a receipt gets no text too big for the roll
  });
});

describe('printer list (lpstat)', () => {
  it('parses destinations and the default', () => {
    expect(parseDestinations('KioskPDF\nFront_Desk\n\n-bad\nKioskPDF\n')).toEqual(['KioskPDF', 'Front_Desk']);
    expect(parseDefaultDestination('system default destination: Front_Desk\n')).toBe('Front_Desk');
    expect(parseDefaultDestination('no system default destination\n')).toBeUndefined();
  });

  const fake = (outputs: Record<string, { stdout: string; code?: number } | 'missing'>): Exec =>
    vi.fn<Exec>(async (cmd, args) => {
      const o = outputs[`${cmd} ${args.join(' ')}`];
      if (o === 'missing') return err({ type: 'not-found', command: cmd });
      return ok({ stdout: o?.stdout ?? '', stderr: '', code: o?.code ?? 0 });
    });

  it('lists each queue with its state', async () => {
    const exec = fake({
      'lpstat -r': { stdout: 'scheduler is running\n' },
      'lpstat -e': { stdout: 'KioskPDF\nFrontDesk\n' },
      'lpstat -p -a -d': {
        stdout: [
          'printer FrontDesk disabled since Wed Dec  2 09:40:21 2026 -',
          '\tPaper jam',
          'printer KioskPDF is idle.  enabled since Wed Dec  2 09:40:21 2026',
          'FrontDesk accepting requests since Wed Dec  2 09:40:21 2026',
          'KioskPDF accepting requests since Wed Dec  2 09:40:21 2026',
          'system default destination: KioskPDF',
          '',
        ].join('\n'),
      },
    });
    expect(await listPrinterQueues(exec, 'Gone')).toEqual({
      ok: true,
      value: {
        current: 'Gone',
        queues: [
          { name: 'KioskPDF', enabled: true, accepting: true, isDefault: true },
          { name: 'FrontDesk', enabled: false, accepting: true, reason: 'Paper jam', isDefault: false },
        ],
      },
    });
  });

  it('says when the spooler is down or not installed, and when there are no queues', async () => {
    expect(await listPrinterQueues(fake({ 'lpstat -r': { stdout: 'scheduler is not running\n' } }), null)).toMatchObject({ ok: false, error: { type: 'spooler-down' } });
    expect(await listPrinterQueues(fake({ 'lpstat -r': 'missing' }), null)).toMatchObject({ ok: false, error: { type: 'spooler-down' } });
    expect(await listPrinterQueues(fake({ 'lpstat -r': { stdout: 'scheduler is running\n' }, 'lpstat -e': { stdout: '' } }), 'KioskPDF')).toEqual({
      ok: true,
      value: { queues: [], current: 'KioskPDF' },
    });
  });
});
