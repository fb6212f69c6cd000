import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type ConsoleMessage, type Page, type Request, type Response } from '@playwright/test';
import type { Content } from '../../src/shared/content/load';
import type { Lang } from '../../src/shared/i18n';
import { baseLetter } from '../../src/renderer/src/lib/letters';

/** Helpers for the browser tests: data labels, tapping, the machine snapshot, measuring, axe. */

export { expect };

/**
 * Every spec's `test`: fails the test on any console error, uncaught page error, failed
 * request or HTTP error response (a CSP violation, a missing favicon and a library's eval
 * probe all show up here). A spec that breaks something on purpose names what it expects
 * with `test.use({ consoleAllow: /.../ })`.
 */
export const test = base.extend<{ consoleAllow: RegExp | null; consoleWarnings: boolean; consoleGuard: void }>({
  consoleAllow: [null, { option: true }],
  /** Console warnings fail the test too (`test.use({ consoleWarnings: true })`). */
  consoleWarnings: [false, { option: true }],
  consoleGuard: [
    async ({ page, consoleAllow, consoleWarnings }, use, testInfo) => {
      const problems: string[] = [];
      const allowed = (text: string) => consoleAllow?.test(text) ?? false;
      const note = (text: string) => {
        if (!allowed(text)) problems.push(text);
      };
      // A CSP violation that the page catches (a library's eval probe) shows only as this event.
      const script = await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
        );
      });
      const onConsole = (m: ConsoleMessage) => {
        if (m.type() === 'error') note(`console error: ${m.text()} (${m.location().url})`);
        else if (consoleWarnings && m.type() === 'warning') note(`console warning: ${m.text()} (${m.location().url})`);
      };
      const onPageError = (e: Error) => note(`page error: ${e.message}`);
      const onRequestFailed = (r: Request) => {
        // A navigation away from a page aborts its pending requests: that is not a fault.
        if (r.failure()?.errorText === 'net::ERR_ABORTED' && r.resourceType() !== 'document') return;
        note(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
      };
      const onResponse = (r: Response) => {
        if (r.status() >= 400) note(`HTTP ${r.status()}: ${r.url()}`);
      };
      page.on('console', onConsole);
      page.on('pageerror', onPageError);
      page.on('requestfailed', onRequestFailed);
      page.on('response', onResponse);
      await use();
      // A page shared by several tests (random-paths.spec.ts) gets a fresh guard for each.
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
      await script.dispose().catch(() => undefined);
      if (problems.length > 0) await testInfo.attach('console-problems', { body: problems.join('\n') });
      expect(problems, consoleWarnings ? 'console errors or warnings, page errors or failed requests' : 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOTS = resolve(ROOT, 'artifacts/screenshots');
mkdirSync(SHOTS, { recursive: true });

export function readData<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(resolve(ROOT, 'data', file), 'utf8')) as T;
}

/** The content files, typed by the content schema (read as they are on disk). */
export const data = {
  tasks: () => readData<Content['tasks']>('tasks.json'),
  beneficiaries: () => readData<Content['beneficiaries']>('beneficiaries.json'),
  credentials: () => readData<Content['credentials']>('credentials.json'),
  regions: () => readData<Content['regions']>('regions.json'),
  portals: () => readData<Content['portals']>('portals.json'),
  helpLines: () => readData<Content['helpLines']>('help-lines.json'),
  ui: () => readData<Content['ui']>('ui.json'),
};

function find<T extends { id: string }>(items: T[], id: string): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no item "${id}" in data`);
  return item;
}

export const label = {
  task: (id: string, lang: Lang = 'en') => find(data.tasks(), id).label[lang],
  beneficiary: (id: string, lang: Lang = 'en') => find(data.beneficiaries(), id).label[lang],
  credential: (id: string, lang: Lang = 'en') => find(data.credentials(), id).label[lang],
  state: (code: string, lang: Lang = 'en') => {
    const s = data.regions().states.find((x) => x.code === code);
    if (!s) throw new Error(`no state ${code}`);
    return s.name[lang];
  },
  portal: (id: string, lang: Lang = 'en') => find(data.portals(), id).name[lang],
  ui: (key: string, lang: Lang = 'en') => {
    const v = data.ui()[key];
    if (!v) throw new Error(`no ui key ${key}`);
    return v[lang];
  },
};

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A button whose accessible name starts with the given visible text (choices add a hint after it). */
export const button = (page: Page, text: string) => page.getByRole('button', { name: new RegExp(`^${escapeRe(text)}`) });

/**
 * An answer button by its visible label exactly (the bold line; a hint may follow it), so a
 * label that begins another ("Virginia", "Virginia Occidental") picks only its own button.
 */
export const choice = (page: Page, text: string) =>
  page.getByRole('button').filter({ has: page.locator('.choice-label').getByText(text, { exact: true }) });

export async function open(page: Page, params: Record<string, string | number> = {}): Promise<void> {
  const q = new URLSearchParams({ test: '1', ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  await page.goto(`index.html?${q}`);
  await expect(page.locator('.app[data-screen="attract"]')).toBeVisible();
  // The first screen is a new screen too: presses count after the ghost-tap guard.
  await expect(page.locator('.app:not([data-armed="false"])')).toHaveCount(1);
}

export async function screen(page: Page): Promise<string | null> {
  return page.locator('.app').getAttribute('data-screen');
}

export async function expectScreen(page: Page, key: string): Promise<void> {
  await expect(page.locator('.app')).toHaveAttribute('data-screen', key);
  // Taps are ignored for a moment after a screen appears (ghost-tap guard): wait it out.
  await expect(page.locator('.app:not([data-armed="false"])')).toHaveCount(1);
}

export interface Snapshot {
  value: unknown;
  context: { answers: Record<string, unknown>; prefs: { lang: Lang; textSize: number; highContrast: boolean } };
}

export async function snapshot(page: Page): Promise<Snapshot> {
  // window.__kioskSnapshot is declared by the renderer (App.tsx) and present only with ?test=1.
  return page.evaluate(() => (window as unknown as { __kioskSnapshot: () => Snapshot }).__kioskSnapshot());
}

/** Taps a state by its name: first its letter on the strip, then the state. */
export async function tapState(page: Page, code: string, lang: Lang = 'en'): Promise<void> {
  const name = label.state(code, lang);
  await page.getByRole('button', { name: baseLetter(name), exact: true }).click();
  // A state's button is its name alone, and one name can begin another ("Virginia", "Virginia Occidental").
  await page.getByRole('button', { name, exact: true }).click();
}

export interface Walk {
  task: string;
  region: string;
  destination?: string;
  beneficiary: string;
  credential: string;
  lang?: Lang;
}

/**
 * Taps through the questions by their visible labels (read from data/), to the review screen.
 * A question the task does not ask (its answer cannot change the checklist) is skipped by the
 * kiosk, so each answer is given only when its screen appears.
 */
export async function answerAll(page: Page, w: Walk): Promise<void> {
  const lang = w.lang ?? 'en';
  await page.getByTestId(`start-${lang}`).click();
  await expectScreen(page, 'task');
  await button(page, label.task(w.task, lang)).click();
  await expect(page.locator('.app')).not.toHaveAttribute('data-screen', 'task');
  for (let i = 0; i < 5; i++) {
    const at = await screen(page);
    if (at === 'review') return;
    if (at === 'region') await tapState(page, w.region, lang);
    else if (at === 'destination' && w.destination) await tapState(page, w.destination, lang);
    else if (at === 'beneficiary') await button(page, label.beneficiary(w.beneficiary, lang)).click();
    else if (at === 'credential') await button(page, label.credential(w.credential, lang)).click();
    else throw new Error(`unexpected screen ${at}`);
    await expect(page.locator('.app')).not.toHaveAttribute('data-screen', at ?? '');
  }
  await expectScreen(page, 'review');
}

/** Names of the portals on the result, in order. */
export async function portalNames(page: Page): Promise<string[]> {
  return page.locator('.app .portal-name').evaluateAll((els) => els.map((e) => (e.firstChild?.textContent ?? '').trim()));
}

export async function axe(page: Page) {
  // Legacy mode runs axe in the page itself (the kiosk has no frames) instead of finishing the
  // run in a second page, and only violations are collected: ~0.5 s a screen instead of ~2 s.
  const result = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
}

export interface TargetReport {
  count: number;
  smallest: { w: number; h: number; name: string } | null;
  closest: { gap: number; a: string; b: string } | null;
  tooSmall: string[];
  tooClose: string[];
}

/**
 * Every clickable element a finger can reach now (on screen, not scrolled out of view, not
 * under the idle warning): at least 48x48 CSS px, and at least 8 px from any other.
 */
export async function measureTargets(page: Page): Promise<TargetReport> {
  return page.evaluate(() => {
    const overlay = document.querySelector('.overlay');
    const scope = overlay ?? document.querySelector('.app') ?? document;
    const els = [...scope.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])')];
    const boxes = els
      .map((el) => {
        const full = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40) || el.tagName;
        // Inside a scrolling area (the screen, an answer list's own window), only the part in
        // view can be touched: the target is cut to it, and one scrolled out of view is skipped.
        let top = full.top;
        let bottom = full.bottom;
        const main = el.closest('main');
        if (main) {
          const c = main.getBoundingClientRect();
          if (full.top < c.top - 1 || full.bottom > c.bottom + 1) return { r: full, name, visible: false, cut: false, el };
        }
        for (let p = el.parentElement; p && p !== main; p = p.parentElement) {
          if (!/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowY)) continue;
          const c = p.getBoundingClientRect();
          top = Math.max(top, c.top);
          bottom = Math.min(bottom, c.bottom);
        }
        const cut = top > full.top + 0.5 || bottom < full.bottom - 0.5;
        const r = cut ? new DOMRect(full.left, top, full.width, Math.max(0, bottom - top)) : full;
        return { r, name, visible: r.height > 0, cut, el };
      })
      .filter(({ r, visible }) => visible && r.width > 0 && r.height > 0);
    const tooSmall: string[] = [];
    let smallest: { w: number; h: number; name: string } | null = null;
    // A card cut by its list's window is full size, only partly in view (the list says "more").
    for (const { r, name } of boxes.filter((b) => !b.cut)) {
      if (r.width < 48 || r.height < 48) tooSmall.push(`${name} ${r.width.toFixed(0)}x${r.height.toFixed(0)}`);
      const rank = (w: number, h: number) => Math.min(w, h) * 1e6 + w * h;
      if (!smallest || rank(r.width, r.height) < rank(smallest.w, smallest.h)) smallest = { w: Math.round(r.width), h: Math.round(r.height), name };
    }
    const tooClose: string[] = [];
    let closest: { gap: number; a: string; b: string } | null = null;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        // A focusable scrolling area holds its buttons: it is not a second target beside them.
        if (boxes[i]!.el.contains(boxes[j]!.el) || boxes[j]!.el.contains(boxes[i]!.el)) continue;
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const dx = Math.max(0, b.left - a.right, a.left - b.right);
        const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
        const gap = Math.hypot(dx, dy);
        if (!closest || gap < closest.gap) closest = { gap: Math.round(gap * 10) / 10, a: boxes[i]!.name, b: boxes[j]!.name };
        if (gap < 7.5) tooClose.push(`${boxes[i]!.name} / ${boxes[j]!.name}: ${gap.toFixed(1)}px`);
      }
    }
    return { count: boxes.length, smallest, closest, tooSmall, tooClose };
  });
}

/** The smallest text a visitor can see on the screen now (screen-reader-only and print-only text excluded). */
export async function smallestText(page: Page): Promise<{ px: number; text: string } | null> {
  return page.evaluate(() => {
    let best: { px: number; text: string } | null = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('.sr-only, .print-sheet, [aria-hidden="true"]:not(.countdown)')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('[inert]') && document.querySelector('.overlay')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (!best || px < best.px) best = { px, text: text.slice(0, 40) };
    }
    return best;
  });
}

/** The question screens must fit without scrolling: the main area does not overflow. */
export async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.querySelector('.overlay') ?? document.querySelector('.app main') ?? document.querySelector('main');
    return el ? Math.max(0, el.scrollHeight - el.clientHeight) : 0;
  });
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
}

/** The whole of a scrolling screen in one picture: the frame is let out to its content's height for the shot. */
export async function shootFull(page: Page, name: string): Promise<void> {
  const frame = ['html', 'body', '#root', '.app', '.app main'];
  await page.evaluate((sel) => {
    for (const s of sel) {
      const el = document.querySelector<HTMLElement>(s);
      if (el) Object.assign(el.style, { height: 'auto', overflow: 'visible' });
    }
  }, frame);
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
  await page.evaluate((sel) => {
    for (const s of sel) document.querySelector<HTMLElement>(s)?.removeAttribute('style');
  }, frame);
}
