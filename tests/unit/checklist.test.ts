import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  checklistDocument,
  checklistPlainText,
  checklistQrText,
  esc,
  LAYOUT,
  PAPER,
  PRINT_KEYS,
  printString,
  qrSvg,
  QR_TEXT_MAX_BYTES,
  renderChecklistBody,
  renderChecklistHtml,
  richParts,
  utf8Length,
  type PrintText,
} from '../../src/shared/checklist';
import { UiStrings } from '../../src/shared/content/schema';
import { explainTerms } from '../../src/shared/glossary/explain';
import { LANGS, type Lang } from '../../src/shared/i18n';
import { PAPER_SIZES } from '../../src/shared/ipc';
import { buildPlan, type Plan } from '../../src/shared/plan';
import { handPlan, hostilePlan, hostilePrintText, hugePlan, overlongPlan } from '../integration/fixtures/plans';
import { SCENARIOS } from '../integration/fixtures/scenarios';
import { realContent } from './content-fixture';

const root = join(import.meta.dirname, '../..');
const text: PrintText = UiStrings.parse(JSON.parse(readFileSync(join(root, 'data/print.json'), 'utf8')));
const printedAt = new Date('2026-11-25T15:00:00Z');
const render = (lang: Lang = 'en', paper: (typeof PAPER_SIZES)[number] = 'letter', plan = handPlan) =>
  renderChecklistHtml(plan, { lang, paper, text, printedAt });

/** The document's visible text, roughly: tags dropped, entities decoded, non-breaking hyphens as hyphens. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<wbr>/g, '')
    .replace(/<\/?span[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u2011/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1');
}

describe('data/print.json', () => {
  it('has every key the checklist uses, in every language', () => {
    for (const key of PRINT_KEYS) {
      for (const lang of LANGS) expect(text[key]?.[lang], `${key}.${lang}`).toMatch(/\S/);
    }
  });
  it('has no keys the checklist does not use', () => {
    expect(Object.keys(text).filter((k) => !(PRINT_KEYS as readonly string[]).includes(k))).toEqual([]);
  });
  it('keeps each placeholder in both languages', () => {
    for (const key of PRINT_KEYS) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text[key]!.es), key).toEqual(names(text[key]!.en));
    }
  });
  it('a missing key shows as [key], never as a blank', () => {
    expect(printString({}, 'title', 'en')).toBe('[title]');
  });
});

describe('renderChecklistHtml', () => {
  it('is a complete standalone document: no scripts, no outside resources, its own CSP', () => {
    const html = render();
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|style="/i);
  });

  it('one order, as on screen: title, what it is for, the answer, steps, other ways, notices, websites, the rest, help lines, the QR', () => {
    const t = visibleText(render());
    const expected = [
      'Your TRICARE sign-in checklist',
      'Printed November 25, 2026',
      'For: Check a referral · California · Active duty family member · myAuth',
      'Start here',
      'Go to: TriWest (TRICARE West) tricare.triwest.com',
      'Sign-in: A TriWest account',
      'Then: Check your referral',
      'Help: TriWest 1-888-874-9378',
      'Steps',
      'Open tricare.triwest.com.',
      'Please note',
      'myAuth does not work at TriWest.',
      'Websites',
      'Use it to: Referrals and authorizations',
      'Sign-in: A TriWest account',
      "If you don't have it yet:",
      'About your myAuth',
      'Have with you',
      'Your email address on file in DEERS (the benefits record)',
      'Good to know',
      'You have 90 days.',
      'Help lines',
      'DMDC support 1-800-538-9552 TTY 1-866-363-2883 (not confirmed)',
      'Scan to keep',
      'Information last checked November 20, 2026.',
      'It is not affiliated with the Department of Defense or TRICARE.',
    ];
    let at = 0;
    for (const piece of expected) {
      const i = t.indexOf(piece, at);
      expect(i, `"${piece}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = i;
    }
  });

  it('numbers the one path of steps and each website\'s set-up steps; alternatives are not numbered', () => {
    const plan = { ...handPlan, alternatives: [{ text: { en: 'Or call instead.', es: 'O llame.' } }] };
    const html = render('en', 'letter', plan);
    expect(html).toMatch(/<section class="steps">[\s\S]*?<ol><li>Open <span class="u">tricare\.<\/span>/);
    expect(html).toMatch(/<section class="alternatives">[\s\S]*?<ul><li>Or call instead\.<\/li><\/ul>/);
    expect(html).toMatch(/<div class="setup"><p class="label">If you don&#39;t have it yet:<\/p><ol><li>Choose/);
  });

  it('marks an unconfirmed fact with plain words "(not confirmed)" and explains the mark once', () => {
    const t = visibleText(render());
    expect(t).toContain('Enter a code sent by email. (not confirmed)');
    expect(t.match(/“Not confirmed” means/g)).toHaveLength(1);
    expect(t).not.toMatch(/Call to confirm/);
    const unconfirmedPortal = { ...handPlan, portals: [{ ...handPlan.portals[0]!, unconfirmed: true, signInUnconfirmed: true }] };
    const u = visibleText(render('en', 'letter', unconfirmedPortal));
    expect(u).toContain('This address is not confirmed: check it before you rely on it.');
    expect(u).toContain('Sign-in: A TriWest account (not confirmed)');
    const sure = { ...handPlan, signIn: { ...handPlan.signIn, setup: [] }, helpLines: handPlan.helpLines.map((h) => ({ ...h, unconfirmed: false })) };
    expect(visibleText(render('en', 'letter', sure))).not.toMatch(/Not confirmed/i);
  });

  it('is all Spanish in Spanish', () => {
    const t = visibleText(render('es'));
    for (const piece of ['Su lista para iniciar sesión en TRICARE', 'Impresa el 25 de noviembre de 2026', 'Empiece aquí', 'Pasos', 'Sitios web', 'Inicio de sesión: Una cuenta de TriWest', 'Líneas de ayuda', 'Escriba un código enviado por correo. (sin confirmar)', 'Información revisada por última vez el 20 de noviembre de 2026.', 'No está afiliado al Departamento de Defensa ni a TRICARE.']) {
      expect(t).toContain(piece);
    }
    for (const english of ['Steps', 'Websites', 'Help lines', 'Printed', 'not confirmed', 'Start here']) expect(t).not.toContain(english);
    expect(render('es')).toMatch(/<html lang="es">/);
  });

  it('escapes every piece of text', () => {
    for (const lang of LANGS) {
      const html = render(lang, 'letter', hostilePlan());
      const withoutQr = html.replace(/<svg[\s\S]*?<\/svg>/g, '');
      expect(withoutQr).not.toMatch(/<script|<img|<b>|<i>/);
      expect(withoutQr).toContain(lang === 'en' ? '&lt;b&gt;value&lt;/b&gt; &amp; &quot;q&quot; &#39;a&#39;' : '&lt;i&gt;value&lt;/i&gt; &amp; «ñ» &lt;img src=x onerror=y&gt;');
      expect(visibleText(html)).toContain(lang === 'en' ? '<b>step</b> & "q"' : '<i>step</i> & «ñ»');
    }
    expect(esc(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });

  it('escapes hostile plan text and hostile wording everywhere: every tag in the document is one the document itself writes', () => {
    // The tags and attributes renderChecklistHtml writes; anything else came from the data.
    const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'section', 'div', 'figure', 'h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'strong', 'span', 'br', 'wbr', 'figcaption']);
    const ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'class', 'id', 'aria-labelledby']);
    // The hostile plan, and variants that reach the wording it does not: two places to start,
    // a website the visitor only calls, other ways, per-site set-up, no sign-in yet, the full QR text.
    const hostile = hostilePlan();
    const bad = hostile.steps[0]!.text;
    const site = hostile.portals[0]!;
    const call = { ...site, id: 'call', url: 'https://call.example.test/', call: true, helpLines: ['h'] };
    const plans: Plan[] = [
      hostile,
      {
        ...hostile,
        lead: { portals: [site.id, call.id], task: bad, helpLine: 'h' },
        portals: [site, call],
        alternatives: [{ text: bad }],
        signIn: { ...hostile.signIn, held: false, setup: [{ text: bad, portal: site.id }] },
      },
      { ...hostile, lead: { portals: [call.id], task: bad }, portals: [call, site] },
      { ...handPlan, steps: [{ text: bad }] },
    ];
    for (const lang of LANGS) {
      const used = new Set<string>();
      // Both copies: the visitor's, and a staff-assisted session's staff copy (its mark and notes box).
      for (const [plan, staffCopy] of plans.flatMap((p) => [[p, false], [p, true]] as const)) {
        const html = renderChecklistHtml(plan, { lang, paper: 'letter', text: hostilePrintText(text), printedAt, staffCopy });
        const doc = html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/^<!doctype html>/, '');
        const tags = [...doc.matchAll(/<\/?([^\s>/]+)([^>]*)>/g)];
        expect(tags.length).toBeGreaterThan(50);
        for (const [whole, name, attrs] of tags) {
          expect(TAGS.has(name!.toLowerCase()), `${lang}: stray tag ${whole}`).toBe(true);
          for (const [, attr] of attrs!.matchAll(/\s([^\s=]+)(?:="[^"<>]*")?/g)) expect(ATTRS.has(attr!), `${lang}: attribute in ${whole}`).toBe(true);
        }
        // One <title>, holding the escaped wording.
        expect(doc.match(/<title>/g)).toHaveLength(1);
        expect(doc).toMatch(/<title>[^<]*&lt;\/title&gt;&lt;em data-key=&quot;documentTitle&quot;&gt;&amp;&lt;\/em&gt;[^<]*<\/title>/);
        for (const key of PRINT_KEYS) if (doc.includes(`data-key=&quot;${key}&quot;`)) used.add(key);
        // The staff copy's own keys only on the staff copy, where notes take the take-home code's place.
        for (const key of PRINT_KEYS.filter((k) => k.startsWith('staffCopy.') || k.startsWith('wholeQr.'))) {
          const onPage = doc.includes(`data-key=&quot;${key}&quot;`);
          if (key.startsWith('staffCopy.')) expect(onPage, `${key} staff=${staffCopy}`).toBe(staffCopy);
          else if (staffCopy) expect(onPage, `${key} on the staff copy`).toBe(false);
        }
        if (staffCopy) expect(doc).not.toContain('whole-qr');
        if (plan !== hostile) continue;
        // The help line's phone (non-breaking hyphens, U+2011) and TTY, escaped like everything else.
        expect(doc).toContain('<span class="ph">1\u2011800\u2011&lt;s&gt;phone&lt;/s&gt;</span>');
        expect(doc).toContain('&lt;u&gt;tty&lt;/u&gt; &quot;q&quot;</span>');
      }
      // Which caption the whole-checklist code gets depends on how much text fits, and hostile
      // wording makes every text longer: the captions are checked with only themselves hostile.
      const captions = hostilePrintText(Object.fromEntries(Object.entries(text).filter(([k]) => k.startsWith('wholeQr.'))));
      for (const plan of [handPlan, buildPlan(SCENARIOS[1]!.answers, realContent()), overlongPlan()]) {
        const html = renderChecklistHtml(plan, { lang, paper: 'letter', text: { ...text, ...captions }, printedAt });
        expect(html).not.toMatch(/<em data-key/);
        for (const key of PRINT_KEYS) if (html.includes(`data-key=&quot;${key}&quot;`)) used.add(key);
      }
      // Every key's wording made it into a page (escaped), so every key was checked.
      expect(PRINT_KEYS.filter((k) => !used.has(k)), lang).toEqual([]);
    }
  });

  it('puts a captioned QR code of the address on each website, and one of the checklist text, sized in mm', () => {
    const html = render();
    expect(html).toContain(qrSvg('https://tricare.triwest.com'));
    expect(visibleText(html)).toContain('Scan to open tricare.triwest.com');
    const whole = checklistQrText(handPlan, 'en', text);
    // The same code, with its printed size added as attributes.
    expect(html).toContain(qrSvg(whole.text).replace(/^<svg/, '').slice(0, 200));
    expect(html).toMatch(/<figure class="whole-qr"><svg width="[\d.]+mm" height="[\d.]+mm"/);
  });

  it('a website the visitor only calls shows its number and no QR code', () => {
    const plan = { ...handPlan, portals: [{ ...handPlan.portals[0]!, call: true, signIn: { en: 'No need to sign in.', es: 'No hace falta.' } }] };
    const html = render('en', 'letter', plan);
    expect(html).not.toContain(qrSvg('https://tricare.triwest.com'));
    expect(visibleText(html)).toContain('Call: 1-888-874-9378');
  });

  it('phone numbers have non-breaking hyphens; addresses wrap only after "/" or "."', () => {
    const html = render();
    expect(html).toContain('<span class="ph">1\u2011888\u2011874\u20119378</span>');
    expect(html).not.toMatch(/>[^<]*\b1-888-874-9378/);
    expect(html).toContain('<span class="u">tricare.</span><wbr><span class="u">triwest.</span><wbr><span class="u">com</span>');
    expect(richParts('Call 1-844-653-4061 or go to https://tricare-bene.triwest.com/a.')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'phone', text: '1-844-653-4061' },
      { kind: 'text', text: ' or go to ' },
      { kind: 'url', text: 'tricare-bene.triwest.com/a' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('lays the page out for the paper: @page size, two columns or one, a body size that fits (12 pt at most, 9 at least)', () => {
    for (const paper of PAPER_SIZES) {
      const html = render('en', paper);
      const spec = PAPER[paper];
      expect(html).toContain(spec.roll ? `@page { margin: ${spec.marginMm}mm; }` : `@page { size: ${spec.widthMm}mm ${spec.heightMm}mm; margin: ${spec.marginMm}mm; }`);
      expect(/column-count:\s*2/.test(html)).toBe(!spec.roll);
      expect(/class="page fit-\d"/.test(html)).toBe(!spec.roll);
      expect(html).toMatch(/ol \{[^}]*break-inside: avoid/);
    }
    expect(LAYOUT.fitPt[0]).toBe(12);
    expect(Math.min(...LAYOUT.fitPt)).toBeGreaterThanOrEqual(9);
    // A short checklist is printed at the largest size.
    expect(render('en', 'letter')).toContain('class="page fit-0"');
  });

  it('leaves out empty sections', () => {
    const bare = { ...handPlan, notices: [], bring: [], notes: [], alternatives: [], signIn: { ...handPlan.signIn, advice: [], setup: [] } };
    const t = visibleText(render('en', 'letter', bare));
    for (const heading of ['Please note', 'Have with you', "If you don't have it yet", 'Good to know', 'Or instead', 'About your']) expect(t).not.toContain(heading);
  });

  it('the body alone has no <style> (the browser print sheet uses the built stylesheet instead)', () => {
    const body = renderChecklistBody(handPlan, { lang: 'en', paper: 'letter', text, printedAt });
    expect(body).not.toMatch(/<style|<html|<head[ >]|<body/);
    expect(render()).toContain(body);
  });
});

describe('jargon, explained once where it first appears (data/glossary.json)', () => {
  const content = realContent();
  it('DEERS, BWE and "contractor" are explained the first time only, the same on paper and in the document', () => {
    const plan = buildPlan(SCENARIOS[1]!.answers, content);
    const doc = checklistDocument(plan, 'en');
    const t = visibleText(renderChecklistHtml(plan, { lang: 'en', paper: 'letter', text: content.printText, printedAt }));
    for (const [term, means] of [['DEERS', "the military's record of who can get benefits"], ['BWE', 'the part of milConnect where you enroll in or change a health plan'], ['contractor', 'the company that runs TRICARE in your region']]) {
      expect(t.split(means!).length - 1, term).toBe(1);
      expect(t.indexOf(means!), term).toBeGreaterThan(t.indexOf(term!) - 1);
    }
    expect(doc.lead.task).toContain("DEERS (the military's record of who can get benefits)");
    expect(t).toContain('Beneficiary Web Enrollment (BWE: the part of milConnect');
  });
  it('explainTerms: whole words only, not inside addresses or longer parentheses; plain wording counts as explained', () => {
    const g = [{ id: 'x', terms: { en: ['BWE'], es: ['BWE'] }, means: { en: 'plain', es: 'llano' }, plain: { en: ['already plain'], es: [] } }];
    expect(explainTerms(['see bwe.mil and BWEX', '(BWE, other)', 'use BWE now', 'BWE again'], g, 'en')).toEqual(['see bwe.mil and BWEX', '(BWE, other)', 'use BWE (plain) now', 'BWE again']);
    expect(explainTerms(['already plain BWE', 'BWE'], g, 'en')).toEqual(['already plain BWE', 'BWE']);
    expect(explainTerms(['(BWE)'], g, 'es')).toEqual(['(BWE: llano)']);
    expect(explainTerms(["the BWE's page", 'BWE'], g, 'en')).toEqual(["the BWE's page", 'BWE (plain)']);
  });
});

describe('qrSvg', () => {
  it('is what QRCode.toString(svg, M, margin 1) returns, synchronously', async () => {
    for (const s of ['https://tricare.triwest.com', checklistPlainText(handPlan, 'es', text)]) {
      expect(qrSvg(s)).toBe((await QRCode.toString(s, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })).trim());
    }
  });
});

describe('the whole-checklist QR text', () => {
  it('holds the answer, each website with how to sign in, the notices, the steps and the help lines', () => {
    const q = checklistQrText(handPlan, 'en', text);
    expect(q.detail).toBe('full');
    for (const piece of ['For: Check a referral', 'START HERE', 'Go to: TriWest (TRICARE West) (tricare.triwest.com)', 'Sign-in: A TriWest account', 'STEPS', '1. Open tricare.triwest.com.', 'PLEASE NOTE', '- myAuth does not work at TriWest.', 'HELP LINES', '- DMDC support: 1-800-538-9552 (TTY 1-866-363-2883) (not confirmed)', 'Information last checked November 20, 2026.', 'not affiliated']) {
      expect(q.text).toContain(piece);
    }
    expect(q.text).not.toMatch(/[<>\u2011]/);
  });
  it('is Spanish in Spanish', () => {
    const t = checklistPlainText(handPlan, 'es', text);
    expect(t).toContain('PASOS');
    expect(t).toContain('1. Abra tricare.triwest.com.');
  });
  it('always fits one QR code and says truthfully what it holds when it must be shorter', () => {
    for (const lang of LANGS) {
      const q = checklistQrText(hugePlan(), lang, text);
      expect(utf8Length(q.text)).toBeLessThanOrEqual(QR_TEXT_MAX_BYTES);
      expect(q.detail).not.toBe('full');
      expect(q.text).toContain('https://tricare.triwest.com');
      expect(q.text).toContain('1-888-874-9378');
      if (q.detail === 'minimal') expect(q.text).not.toMatch(/STEPS|PASOS/);
      expect(() => qrSvg(q.text)).not.toThrow();
      const html = renderChecklistHtml(hugePlan(), { lang, paper: 'letter', text, printedAt });
      expect(html).toContain(esc(printString(text, q.detail === 'compact' ? 'wholeQr.compact' : 'wholeQr.minimal', lang)));
    }
  });

  it('cuts a plan still too long in its shortest form at a line end, within one QR code', () => {
    for (const lang of LANGS) {
      const cut = checklistPlainText(overlongPlan(), lang, text);
      expect(utf8Length(cut)).toBeLessThanOrEqual(QR_TEXT_MAX_BYTES);
      expect(utf8Length(cut)).toBeGreaterThan(QR_TEXT_MAX_BYTES - 80);
      const lines = cut.split('\n');
      // Whole lines, from the top: the title and the first addresses survive, later ones go.
      expect(lines[0]).toBe(printString(text, 'title', lang));
      expect(cut).toContain('https://portal-0.example.test/sign-in/ñandú');
      expect(cut).not.toContain('https://portal-39.example.test');
      // A prefix: the 40 addresses alone pass 1000 bytes, so no help line (listed after) is in.
      expect(cut).not.toContain('1-800-555-');
      // Each website is a "- name: address" line; the cut ends after a whole one.
      expect(lines.at(-1)).toMatch(/^- .+: https:\/\/portal-\d+\.example\.test\/sign-in\/ñandú$/);
      expect(() => qrSvg(cut)).not.toThrow();
    }
  });

  it('counts UTF-8 bytes like TextEncoder', () => {
    for (const s of ['abc', 'ñandú', '€', '😀', 'Adónde ir — «sí»']) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
