import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildPlan } from '../../src/shared/plan';
import { questionGuide } from '../../src/shared/plan/relevance';
import { parseContent, CONTENT_FILES } from '../../src/shared/content/load';
import { baseLetter } from '../../src/shared/letters';
import { SCENARIOS } from '../integration/fixtures/scenarios';
import { expectScreen, label, open, readData, ROOT } from './kiosk';

/**
 * Each seed scenario with the keyboard alone: no clicks, no mouse, no touch. Tab moves
 * (and the arrow keys inside a group that takes one Tab stop), Enter chooses, until the
 * checklist is printed. After every key, the focused control must show a focus ring
 * (outline or box-shadow wider than 0) and be inside the viewport.
 */
const content = (() => {
  const r = parseContent(Object.fromEntries(CONTENT_FILES.map((f) => [f, readData(f)])));
  if (!r.ok) throw new Error('content does not validate');
  return r.value;
})();

interface Focus {
  testId: string | null;
  tag: string;
  control: boolean;
  ring: number;
  inViewport: boolean;
  name: string;
}

async function focusNow(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { testId: null, tag: 'body', control: false, ring: 0, inViewport: false, name: '' };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' ? parseFloat(cs.outlineWidth) || 0 : 0;
    // box-shadow "0 0 0 9px color": the spread (4th length) is the ring's width.
    const spreads = [...cs.boxShadow.matchAll(/(-?\d+(?:\.\d+)?)px\s+(-?\d+(?:\.\d+)?)px\s+(-?\d+(?:\.\d+)?)px\s+(-?\d+(?:\.\d+)?)px/g)].map((m) => Number(m[4]));
    const r = el.getBoundingClientRect();
    const control = el.matches('button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])');
    return {
      testId: el.getAttribute('data-testid'),
      tag: el.tagName.toLowerCase(),
      control,
      ring: Math.max(outline, ...spreads, 0),
      inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
    };
  });
}

class Keys {
  readonly pressed: string[] = [];
  readonly problems: string[] = [];
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<Focus> {
    await this.page.keyboard.press(key);
    this.pressed.push(key);
    const f = await focusNow(this.page);
    if (f.control && (f.ring <= 0 || !f.inViewport)) this.problems.push(`${key} → ${f.testId ?? f.name}: ring ${f.ring}px, in viewport ${f.inViewport}`);
    return f;
  }

  /**
   * Moves focus to the control with `testId` by keys only: Tab (Shift+Tab never needed in a
   * forward walk); where Tab lands in the target's own group and the group has one Tab stop,
   * the arrow keys move inside it.
   */
  /** Whether the arrow keys move inside a group on this screen (roving focus); learnt, not assumed. */
  private arrows: boolean | null = null;
  private screen: string | null = null;

  /**
   * Moves focus to the control with `testId` by keys only: Tab forward, and, where Tab lands
   * in the target's own group and that group moves with the arrow keys (one Tab stop with
   * arrows inside), the arrows.
   */
  async focus(testId: string): Promise<void> {
    const screen = await this.page.locator('.app').getAttribute('data-screen');
    if (screen !== this.screen) [this.screen, this.arrows] = [screen, null];
    for (let i = 0; i < 120; i++) {
      const f = await focusNow(this.page);
      if (f.testId === testId) return;
      // Where the target sits in the focused control's group, in reading order: -1 before,
      // 1 after, 0 in another group (or none).
      const where =
        this.arrows === false
          ? 0
          : await this.page.evaluate((id) => {
              const group = (n: Element | null) => n?.closest('[role="group"], [role="radiogroup"], [role="listbox"], .choices, .letters') ?? null;
              const target = document.querySelector(`[data-testid="${id}"]`);
              const g = group(document.activeElement);
              if (!target || !document.activeElement || g === null || g !== group(target)) return 0;
              return document.activeElement.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
            }, testId);
      if (where !== 0) {
        // Roving focus: Right/Left move to the next/previous button in reading order, in any grid.
        const after = await this.press(where > 0 ? 'ArrowRight' : 'ArrowLeft');
        this.arrows = after.testId !== f.testId;
        if (this.arrows) continue;
      }
      await this.press('Tab');
    }
    throw new Error(`could not reach ${testId} with the keyboard (last keys: ${this.pressed.slice(-10).join(' ')})`);
  }

  async choose(testId: string): Promise<void> {
    await this.focus(testId);
    await this.press('Enter');
  }

  summary(): string {
    const counts = this.pressed.reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});
    return `${this.pressed.length} keys (${Object.entries(counts).map(([k, n]) => `${k} ×${n}`).join(', ')})`;
  }
}

const stateName = (code: string) => label.state(code);

for (const scenario of SCENARIOS) {
  test(`keyboard only, seed scenario ${scenario.name}: answered, checklist printed, focus visible throughout`, async ({ page }) => {
    // Nothing here may use the pointer: any click or tap fails the test.
    await page.addInitScript(() => {
      for (const type of ['pointerdown', 'mousedown', 'touchstart', 'click']) {
        window.addEventListener(type, (e) => {
          if (e.isTrusted && (type !== 'click' || (e as MouseEvent).detail > 0)) (window as unknown as { __pointer: number }).__pointer = ((window as unknown as { __pointer?: number }).__pointer ?? 0) + 1;
        }, true);
      }
    });
    await open(page);
    const keys = new Keys(page);
    const a = scenario.answers;
    const place = async (answer: typeof a.region, screen: 'region' | 'destination') => {
      await expectScreen(page, screen);
      if (answer?.kind !== 'state') throw new Error('seed scenarios answer with a state');
      await keys.choose(`letter-${baseLetter(stateName(answer.code))}`);
      await keys.choose(`state-${answer.code}`);
    };

    await keys.choose('start-en');
    await expectScreen(page, 'task');
    await keys.choose(`choice-${a.task}`);
    // Only the questions whose answer can change this task's checklist come up (relevance.ts).
    const guide = questionGuide(content);
    if (guide.asks('region', a)) await place(a.region, 'region');
    if (a.destination && guide.asks('destination', a)) await place(a.destination, 'destination');
    if (guide.asks('beneficiary', a)) {
      await expectScreen(page, 'beneficiary');
      await keys.choose(`choice-${a.beneficiary}`);
    }
    if (guide.asks('credential', a)) {
      await expectScreen(page, 'credential');
      await keys.choose(`choice-${a.credential}`);
    }
    await expectScreen(page, 'review');
    await keys.choose('confirm');
    await expectScreen(page, 'checklist');
    // What Print sends to the printer: the page as the browser prints it (its print sheet),
    // with this plan's portals and help lines. (Taken before Print: the browser prints one job at a time.)
    const pdf = resolve(ROOT, `artifacts/keyboard-${scenario.id}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'Letter' }));
    // Phone numbers are printed with non-breaking hyphens (U+2011): read them as hyphens.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\u2011/g, '-').replace(/\s+/g, ' ');
    const plan = buildPlan(a, content);
    for (const p of plan.portals) expect(text).toContain(p.name.en);
    for (const h of plan.helpLines) expect(text).toContain(h.phone);
    await keys.choose('print');
    await expectScreen(page, 'printed');

    expect(await page.evaluate(() => (window as unknown as { __pointer?: number }).__pointer ?? 0), 'pointer events').toBe(0);
    expect(keys.problems, 'focus without a visible ring or off screen').toEqual([]);
    const snapshot = await page.evaluate(() => (window as unknown as { __kioskSnapshot: () => { context: { answers: unknown } } }).__kioskSnapshot());
    // The answers given: those of the questions asked (the plan echoes exactly those).
    expect(snapshot.context.answers).toEqual(plan.answers);

    console.log(`keyboard ${scenario.id}: ${keys.summary()}`);
    writeFileSync(resolve(ROOT, `artifacts/keyboard-${scenario.id}.keys.txt`), `${keys.summary()}\n${keys.pressed.join(' ')}\n`);
  });
}
