import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  checklistPlainText,
  esc,
  PAPER,
  PRINT_KEYS,
  printString,
  qrSvg,
  QR_TEXT_MAX_BYTES,
  renderChecklistHtml,
  utf8Length,
  type PrintText,
} from '../../src/shared/checklist';
import { UiStrings } from '../../src/shared/content/schema';
import { LANGS, type Lang } from '../../src/shared/i18n';
import { PAPER_SIZES } from '../../src/shared/ipc';
import { handPlan, hostilePlan, hostilePrintText, hugePlan, overlongPlan } from '../integration/fixtures/plans';

const root = join(import.meta.dirname, '../..');
const text: PrintText = UiStrings.parse(JSON.parse(readFileSync(join(root, 'data/print.json'), 'utf8')));
const printedAt = new Date('2026-11-25T15:00:00Z');
const render = (lang: Lang = 'en', paper: (typeof PAPER_SIZES)[number] = 'letter', plan = handPlan) =>
  renderChecklistHtml(plan, { lang, paper, text, printedAt });

/** The document's visible text, roughly: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
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
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(/i);
  });

  it('has every section, in order of use', () => {
    const t = visibleText(render());
    const expected = [
      'Your TRICARE sign-in checklist',
      'Printed November 25, 2026',
      'Please read first',
      'myAuth does not work at TriWest.',
      'Steps',
      'Open tricare.triwest.com.',
      'Where to go',
      'TriWest (TRICARE West)',
      'https://tricare.triwest.com',
      'Sign-in: A TriWest account',
      'How to sign in',
      'Your sign-in: myAuth',
      "Set up your sign-in (if you haven't yet)",
      'Have with you',
      'Your email address on file in DEERS',
      'Help lines',
      'TriWest 1-888-874-9378',
      'DMDC support 1-800-538-9552 TTY 1-866-363-2883',
      'Your answers',
      'Check a referral',
      'California',
      'Scan to keep this checklist on your phone.',
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

  it('numbers the steps and set-up steps', () => {
    const html = render();
    expect(html).toMatch(/<section class="steps">[\s\S]*?<ol><li>Open tricare\.triwest\.com\.<\/li><li>Sign in/);
    expect(html).toMatch(/<p class="group">TriWest \(TRICARE West\)<\/p><ol><li>Choose/);
  });

  it('words unconfirmed facts cautiously', () => {
    const t = visibleText(render());
    expect(t).toContain('Call to confirm: Enter a code sent by email.');
    expect(t).toContain('number not confirmed');
    const unconfirmedPortal = { ...handPlan, portals: [{ ...handPlan.portals[0]!, unconfirmed: true, signInUnconfirmed: true }] };
    const u = visibleText(render('en', 'letter', unconfirmedPortal));
    expect(u).toContain('Call to confirm this address before you rely on it.');
    expect(u).toContain('Sign-in: Call to confirm: A TriWest account');
  });

  it('is all Spanish in Spanish', () => {
    const t = visibleText(render('es'));
    for (const piece of [
      'Su lista para iniciar sesión en TRICARE',
      'Impresa el 25 de noviembre de 2026',
      'Lea esto primero',
      'Pasos',
      'Adónde ir',
      'Inicio de sesión: Una cuenta de TriWest',
      'Líneas de ayuda',
      'Llame para confirmar: Escriba un código enviado por correo.',
      'Información revisada por última vez el 20 de noviembre de 2026.',
      'No está afiliado al Departamento de Defensa ni a TRICARE.',
    ]) {
      expect(t).toContain(piece);
    }
    for (const english of ['Steps', 'Where to go', 'Help lines', 'Printed', 'Call to confirm']) expect(t).not.toContain(english);
    expect(render('es')).toMatch(/<html lang="es">/);
  });

  it('escapes every piece of text', () => {
    for (const lang of LANGS) {
      const html = render(lang, 'letter', hostilePlan());
      const withoutQr = html.replace(/<svg[\s\S]*?<\/svg>/g, '');
      expect(withoutQr).not.toMatch(/<script|<img|<b>|<i>/);
      expect(withoutQr).toContain(
        lang === 'en' ? '&lt;b&gt;label&lt;/b&gt; &amp; &quot;q&quot; &#39;a&#39;' : '&lt;i&gt;label&lt;/i&gt; &amp; «ñ» &lt;img src=x onerror=y&gt;',
      );
      expect(withoutQr).toContain('https://example.test/?a=1&amp;b=&lt;2&gt;');
      expect(visibleText(html)).toContain(lang === 'en' ? '<b>step</b> & "q"' : '<i>step</i> & «ñ»');
    }
    expect(esc(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });

  it('escapes hostile plan text and hostile wording everywhere: every tag in the document is one the document itself writes', () => {
    // The tags and attributes renderChecklistHtml writes; anything else came from the data.
    const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'section', 'div', 'figure', 'h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'strong', 'span', 'br']);
    const ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'class', 'id', 'aria-labelledby']);
    // Both copies: the visitor's, and a staff-assisted session's staff copy (its mark and notes box).
    for (const [lang, staffCopy] of LANGS.flatMap((l) => [[l, false], [l, true]] as const)) {
      const html = renderChecklistHtml(hostilePlan(), { lang, paper: 'letter', text: hostilePrintText(text), printedAt, staffCopy });
      const doc = html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/^<!doctype html>/, '');
      const tags = [...doc.matchAll(/<\/?([^\s>/]+)([^>]*)>/g)];
      expect(tags.length).toBeGreaterThan(50);
      for (const [whole, name, attrs] of tags) {
        expect(TAGS.has(name!.toLowerCase()), `${lang}: stray tag ${whole}`).toBe(true);
        for (const [, attr] of attrs!.matchAll(/\s([^\s=]+)(?:="[^"<>]*")?/g)) expect(ATTRS.has(attr!), `${lang}: attribute in ${whole}`).toBe(true);
      }
      // One <title>, holding the escaped wording; the help line's phone and TTY as text.
      expect(doc.match(/<title>/g)).toHaveLength(1);
      expect(doc).toMatch(/<title>[^<]*&lt;\/title&gt;&lt;em data-key=&quot;documentTitle&quot;&gt;&amp;&lt;\/em&gt;[^<]*<\/title>/);
      expect(doc).toContain('<span class="phone">1-800-&lt;s&gt;phone&lt;/s&gt;</span>');
      expect(doc).toContain('&lt;u&gt;tty&lt;/u&gt; &quot;q&quot;</span>');
      // Every key's wording made it into the page (escaped), so every key was checked; the staff
      // copy's own two keys only on the staff copy.
      for (const key of PRINT_KEYS) {
        // The staff copy's notes box takes the take-home QR code's place (and its caption's).
        const shown = key.startsWith('staffCopy.') ? staffCopy : key !== 'wholeQr.caption' || !staffCopy;
        if (shown) expect(doc, key).toContain(`data-key=&quot;${key}&quot;`);
        else expect(doc, key).not.toContain(`data-key=&quot;${key}&quot;`);
      }
    }
  });

  it('puts a QR code of the address beside each portal, and one of the whole checklist', () => {
    const html = render();
    expect(html).toContain(qrSvg('https://tricare.triwest.com'));
    expect(html).toContain(qrSvg(checklistPlainText(handPlan, 'en', text)));
  });

  it('takes the QR function from the caller, and only a plain <svg> from it', () => {
    const seen: string[] = [];
    const qr = (s: string) => (seen.push(s), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    renderChecklistHtml(handPlan, { lang: 'en', paper: 'a4', text, printedAt, qr });
    expect(seen).toEqual(['https://tricare.triwest.com', checklistPlainText(handPlan, 'en', text)]);
    const evil = () => '<svg onload="alert(1)"></svg>';
    expect(() => renderChecklistHtml(handPlan, { lang: 'en', paper: 'a4', text, printedAt, qr: evil })).toThrow(/plain <svg>/);
    expect(() => renderChecklistHtml(handPlan, { lang: 'en', paper: 'a4', text, printedAt, qr: () => '<b>x</b>' })).toThrow();
  });

  it('lays the page out for the paper: @page size (sheets), two columns or one narrow one, type ≥ 10 pt', () => {
    for (const paper of PAPER_SIZES) {
      const html = render('en', paper);
      const spec = PAPER[paper];
      expect(html).toContain(
        spec.roll ? `@page { margin: ${spec.marginMm}mm; }` : `@page { size: ${spec.widthMm}mm ${spec.heightMm}mm; margin: ${spec.marginMm}mm; }`,
      );
      expect(/column-count:\s*2/.test(html)).toBe(!spec.roll);
      const sizes = [...html.matchAll(/font-size:\s*([\d.]+)pt/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
      expect(html).not.toMatch(/font-size:\s*[\d.]+(px|em|rem|%)/);
    }
  });

  it('leaves out empty sections', () => {
    const bare = { ...handPlan, notices: [], bring: [], signIn: { ...handPlan.signIn, setup: [] } };
    const t = visibleText(render('en', 'letter', bare));
    for (const heading of ['Please read first', 'Have with you', "Set up your sign-in (if you haven't yet)"]) expect(t).not.toContain(heading);
  });
});

describe('qrSvg', () => {
  it('is what QRCode.toString(svg, M, margin 1) returns, synchronously', async () => {
    for (const s of ['https://tricare.triwest.com', checklistPlainText(handPlan, 'es', text)]) {
      expect(qrSvg(s)).toBe((await QRCode.toString(s, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })).trim());
    }
  });
});

describe('checklistPlainText', () => {
  it('has the portals, sign-in, steps, help lines and the review date', () => {
    const t = checklistPlainText(handPlan, 'en', text);
    expect(t).toContain('- TriWest (TRICARE West): https://tricare.triwest.com');
    expect(t).toContain('HOW TO SIGN IN: myAuth');
    expect(t).toContain('1. Open tricare.triwest.com.');
    expect(t).toContain('- DMDC support: 1-800-538-9552 (TTY 1-866-363-2883)');
    expect(t).toContain('Call to confirm: Enter a code sent by email.');
    expect(t).toContain('Information last checked November 20, 2026.');
    expect(t).toContain('not affiliated');
    expect(t).not.toMatch(/[<>]/);
  });

  it('is Spanish in Spanish', () => {
    const t = checklistPlainText(handPlan, 'es', text);
    expect(t).toContain('PASOS');
    expect(t).toContain('1. Abra tricare.triwest.com.');
  });

  it('a real-sized plan keeps the full text', () => {
    expect(checklistPlainText(handPlan, 'en', text)).toContain('HOW TO SIGN IN');
  });

  it('always fits one QR code: long plans get a compact text that keeps the addresses and phones', () => {
    for (const lang of LANGS) {
      const full = checklistPlainText(handPlan, lang, text);
      expect(utf8Length(full)).toBeLessThanOrEqual(QR_TEXT_MAX_BYTES);
      const compact = checklistPlainText(hugePlan(), lang, text);
      expect(utf8Length(compact)).toBeLessThanOrEqual(QR_TEXT_MAX_BYTES);
      expect(compact).toContain('https://tricare.triwest.com');
      expect(compact).toContain('1-888-874-9378');
      expect(() => qrSvg(compact)).not.toThrow();
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
      expect(lines.at(-1)).toMatch(/^https:\/\/portal-\d+\.example\.test\/sign-in\/ñandú$/);
      expect(() => qrSvg(cut)).not.toThrow();
    }
  });

  it('counts UTF-8 bytes like TextEncoder', () => {
    for (const s of ['abc', 'ñandú', '€', '😀', 'Adónde ir — «sí»']) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
