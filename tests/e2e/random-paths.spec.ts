import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Answers, RegionAnswer } from '../../src/shared/answers';
import { CONTENT_FILES, formatContentError, parseContent, type Content } from '../../src/shared/content/load';
import { zipInState } from '../../src/shared/content/zip-prefixes';
import { fill, type Lang } from '../../src/shared/i18n';
import { baseLetter } from '../../src/shared/letters';
import { buildPlan } from '../../src/shared/plan';
import type { Plan } from '../../src/shared/plan/types';
import { TAP_GUARD_MS } from '../../src/renderer/src/lib/tap-guard';
import { button, choice, expect, label, readData, ROOT, snapshot, test } from './kiosk';
import { measureLayout } from './layout-measure';
import { measureText } from './text-measure';

/**
 * Fifty seeded random walks through the web kiosk, tapped by the labels a visitor sees (read
 * from data/). Each path picks a text size, an orientation and a language (set with the
 * kiosk's own controls), a task, then answers whatever screen the kiosk shows next — it skips
 * questions that cannot change the checklist — with random places (states, ZIP codes,
 * territories, overseas areas, "not sure"), people and sign-ins; some paths go Back once,
 * change an answer from the review screen, switch language on the way, change the text size
 * on review or leave a sub-list. On the checklist:
 * 1. it is the plan: buildPlan(the answers tapped, data/) in the screen's language — portals
 *    in order, the lead, the steps, the help lines, the "For:" line — and the machine holds
 *    exactly the answers tapped;
 * 2. nothing overlaps and nothing is hidden: the controls (layout-measure.ts) at every scroll
 *    position, "More below" leads to the end, and no line of text or QR code is cut off or
 *    drawn over another (text-measure.ts); every screen on the way is measured too;
 * 3. no console error or warning, no failed request (the console guard of kiosk.ts).
 *
 * Reproduce one path: `-g "seed 0x…"` (the title carries it). Other walks:
 * RANDOM_PATHS_SEED=<number> (and RANDOM_PATHS=<count>). Each path writes
 * artifacts/random-paths/<n>.json (its taps and what the checklist held); RANDOM_PATHS_SHOTS=1
 * adds a picture of each screenful of its checklist.
 */

const BASE_SEED = Number(process.env.RANDOM_PATHS_SEED ?? 0x14c0ffee);
const COUNT = Number(process.env.RANDOM_PATHS ?? 50);
const OUT = resolve(ROOT, 'artifacts/random-paths');
mkdirSync(OUT, { recursive: true });

/**
 * The kiosk ignores taps for TAP_GUARD_MS after each new screen (ghost taps). Some 450 screens
 * at 400 ms each would be three minutes of waiting, so by default the page runs on Playwright's
 * fake clock and each guard's time is run at once; RANDOM_PATHS_REAL_TIME=1 waits it out.
 */
const FAKE_CLOCK = process.env.RANDOM_PATHS_REAL_TIME !== '1';
/** RANDOM_PATHS_SHOTS=1: a screenshot of each screenful of each checklist, to look at. */
const SHOTS = process.env.RANDOM_PATHS_SHOTS === '1';

/**
 * One browser page for all the paths of a worker: each path still starts from a fresh load of
 * the kiosk (nothing is kept between loads: no storage), but a new context per path costs a
 * cold start (~2 s: no cache, the bundle compiled again) that a visitor's kiosk pays once.
 * The console guard of kiosk.ts is attached to it afresh for each path.
 */
const pathTest = test.extend<object, { kioskPage: Page }>({
  kioskPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, hasTouch } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, hasTouch });
      const page = await context.newPage();
      if (FAKE_CLOCK) await page.clock.install();
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ kioskPage, actionTimeout }, use) => {
    // Set here: the options the built-in context fixture applies do not reach this page.
    kioskPage.setDefaultTimeout(actionTimeout || 10_000);
    await use(kioskPage);
  },
});
// A button that never becomes tappable fails with its name, not at the test's time-out.
pathTest.use({ consoleWarnings: true, actionTimeout: 10_000 });

const content: Content = (() => {
  const r = parseContent(Object.fromEntries(CONTENT_FILES.map((f) => [f, readData(f)])));
  if (!r.ok) throw new Error(`data/ does not validate:\n${r.error.map(formatContentError).join('\n')}`);
  return r.value;
})();

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

const SIZES = [0, 1, 2] as const;
type Size = (typeof SIZES)[number];
const ORIENTATIONS = { portrait: { width: 1080, height: 1920 }, landscape: { width: 1920, height: 1080 } } as const;
type Orientation = keyof typeof ORIENTATIONS;
const LANGS: Lang[] = ['en', 'es'];
const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };
const other = (l: Lang): Lang => (l === 'en' ? 'es' : 'en');

interface Recipe {
  n: number;
  seed: number;
  task: string;
  lang: Lang;
  size: Size;
  orientation: Orientation;
}

/**
 * What each path starts with, drawn from the base seed: tasks and layouts come from shuffled
 * decks (every task and each of the 12 layouts several times in 50 paths); the path's own seed
 * decides everything else as it walks. A path needs only its recipe, so `-g` replays it alone.
 */
function recipes(): Recipe[] {
  const rng = new Rng(BASE_SEED);
  const tasks = content.tasks.map((t) => t.id);
  const layouts = LANGS.flatMap((lang) => SIZES.flatMap((size) => (Object.keys(ORIENTATIONS) as Orientation[]).map((orientation) => ({ lang, size, orientation }))));
  const deal = <T,>(deck: readonly T[]) => {
    const out: T[] = [];
    while (out.length < COUNT) out.push(...rng.shuffle(deck));
    return out;
  };
  const taskDeck = deal(tasks);
  const layoutDeck = deal(layouts);
  return Array.from({ length: COUNT }, (_, i) => ({ n: i + 1, seed: (rng.next() * 2 ** 32) >>> 0, task: taskDeck[i]!, ...layoutDeck[i]! }));
}

// ---------- The page ----------

/** The screen and, on a place question, its sub-view ("region/zip", "destination/overseas"). */
const VIEW = () => {
  const app = document.querySelector('.app');
  const sub = [...(app?.querySelector('main')?.classList ?? [])].find((c) => c.startsWith('region-'));
  return `${app?.getAttribute('data-screen') ?? ''}${sub ? `/${sub.slice('region-'.length)}` : ''}`;
};

/** VIEW() !== from, written out (a page function cannot call another one; the CSP forbids eval). */
const VIEW_IS_NOT = (from: string) => {
  const app = document.querySelector('.app');
  const sub = [...(app?.querySelector('main')?.classList ?? [])].find((c) => c.startsWith('region-'));
  return `${app?.getAttribute('data-screen') ?? ''}${sub ? `/${sub.slice('region-'.length)}` : ''}` !== from;
};

async function viewOf(page: Page): Promise<string> {
  return page.evaluate(VIEW);
}

/**
 * Taps count again once the ghost-tap guard of a new screen is over. On the fake clock the
 * guard's time is run at once (the kiosk still ignores a tap until TAP_GUARD_MS have passed
 * on its clock); in real time it is waited for, polled each frame (not every 100 ms and more).
 */
async function settled(page: Page): Promise<void> {
  const armed = () => document.querySelector('.app')?.getAttribute('data-armed') !== 'false';
  if (FAKE_CLOCK && !(await page.evaluate(armed))) await page.clock.runFor(TAP_GUARD_MS);
  await page.waitForFunction(armed, undefined, { polling: 'raf', timeout: 5_000 });
}

/** Taps and waits for the view to change (a new screen or sub-view), then for its guard. */
async function tapTo(page: Page, target: Locator, from: string): Promise<string> {
  await target.click();
  await page.waitForFunction(VIEW_IS_NOT, from, { polling: 'raf', timeout: 5_000 });
  await settled(page);
  return viewOf(page);
}

const exactButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** A text with the glossary's explanations taken out: "DEERS (the military's record …)" → "DEERS". */
function unexplain(text: string, plan: Plan, lang: Lang): string {
  let out = text;
  for (const term of plan.terms) {
    const means = term.means[lang].replace(/\s+/g, ' ').trim();
    out = out.split(` (${means})`).join('').split(`: ${means}`).join('');
  }
  return out;
}

const shownUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
/** Web addresses as the screen shows them, typed: no "https://", no slash at the end. */
const asTyped = (s: string) => s.replace(/https?:\/\//g, '').replace(/\/(?=[).,;:!?]*(?:\s|$))/g, '');

interface Seen {
  lang: string;
  forLine: string;
  leadGo: string[];
  portals: { id: string; name: string; mark: boolean; url: string }[];
  steps: { text: string; mark: boolean }[];
  help: { id: string; name: string; mark: boolean; phone: string; tty: string; note: string }[];
}

/** What the checklist screen shows, as text (phone numbers' non-breaking hyphens read as hyphens). */
async function readChecklist(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\u2011/g, '-').replace(/\s+/g, ' ').trim();
    /** The element's text without its "(not confirmed)" marks. */
    const text = (el: Element | null) => {
      if (!el) return '';
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.not-confirmed').forEach((m) => m.remove());
      return norm(copy.textContent);
    };
    const marked = (el: Element | null) => el?.querySelector(':scope > .not-confirmed') !== null && el !== null;
    const all = (sel: string) => [...document.querySelectorAll(`.app ${sel}`)];
    return {
      lang: document.documentElement.lang,
      forLine: text(document.querySelector('.app .plan-for')),
      leadGo: all('[data-testid="lead-go"] .lead-name').map((e) => norm(e.textContent)),
      portals: all('.portals > li.portal').map((li) => ({
        id: li.getAttribute('data-testid') ?? '',
        name: text(li.querySelector('.portal-name')),
        mark: marked(li.querySelector('.portal-name')),
        url: norm(li.querySelector('.portal-url')?.textContent),
      })),
      steps: all('.plan-steps-section > ol > li').map((li) => ({ text: text(li), mark: marked(li) })),
      help: all('.help-lines > li').map((li) => ({
        id: li.getAttribute('data-testid') ?? '',
        name: text(li.querySelector('.help-name')),
        mark: marked(li.querySelector('.help-name')),
        phone: norm(li.querySelector('.help-phone')?.textContent),
        tty: norm(li.querySelector('.help-tty')?.textContent),
        note: text(li.querySelector('.help-note')),
      })),
    };
  });
}

/** The same, as the plan says it should be in `lang` (glossary explanations left to unexplain()). */
function expectedChecklist(plan: Plan, lang: Lang): Omit<Seen, 'lang'> {
  const byId = new Map(plan.portals.map((p) => [p.id, p]));
  return {
    forLine: fill(label.ui('result.for', lang), { answers: plan.summary.map((s) => s.value[lang]).join(' · ') }),
    leadGo: plan.lead.portals.map((id) => byId.get(id)?.name[lang] ?? `?${id}`),
    portals: plan.portals.map((p) => ({ id: `portal-${p.id}`, name: p.name[lang], mark: p.unconfirmed === true, url: shownUrl(p.url) })),
    steps: plan.steps.map((s) => ({ text: s.text[lang], mark: s.unconfirmed === true })),
    help: plan.helpLines.map((h) => ({
      id: `help-${h.id}`,
      name: h.name[lang],
      mark: h.unconfirmed === true,
      phone: h.phone,
      tty: h.tty ? `${label.ui('result.tty', lang)} ${h.tty}` : '',
      note: h.note?.[lang] ?? '',
    })),
  };
}

// ---------- One path ----------

type PlaceQuestion = 'region' | 'destination';

class Walker {
  /** The language on screen now (the text-size buttons are named in it). */
  lang: Lang = 'en';
  size: Size = 0;
  readonly answers: Answers = {};
  readonly log: string[] = [];
  /** Screens seen on the way, each measured. */
  readonly views: string[] = [];
  readonly problems: string[] = [];
  backLeft: number;

  constructor(
    private readonly page: Page,
    private readonly rng: Rng,
    private readonly recipe: Recipe,
  ) {
    this.backLeft = rng.chance(0.5) ? 1 : 0;
  }

  private readonly t0 = Date.now();
  /** When each tap happened (ms from the start of the path): where a slow path spends its time. */
  readonly times: number[] = [];
  note(s: string) {
    this.log.push(s);
    this.times.push(Date.now() - this.t0);
  }

  /** Every screen on the way: no control overlapping or covered, none off screen, none hidden without a "more" control. */
  private async measure(view: string): Promise<void> {
    this.views.push(view);
    const rep = await measureLayout(this.page);
    for (const f of rep.faults) this.problems.push(`${view} (${this.lang}, size ${this.size}): ${f}`);
    for (const h of rep.hidden) {
      if (!rep.more.some((m) => m.list === h.list && m.dir === h.dir)) this.problems.push(`${view}: ${h.key} hidden ${h.dir} in "${h.list}" with no "more" control`);
    }
  }

  async setSize(size: Size): Promise<void> {
    await exactButton(this.page, label.ui(`a11y.textSize${size}`, this.lang)).click();
    await expect(this.page.getByTestId(`text-size-${size}`)).toHaveAttribute('aria-pressed', 'true');
    this.size = size;
    this.note(`text size ${size}`);
  }

  async setLang(lang: Lang): Promise<void> {
    await exactButton(this.page, LANG_NAMES[lang]).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
    await settled(this.page);
    this.lang = lang;
    this.note(`language ${lang}`);
  }

  async start(): Promise<void> {
    const { page, recipe, rng } = this;
    await page.setViewportSize(ORIENTATIONS[recipe.orientation]);
    // No smooth scrolling: each measurement sees the screen at rest.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // open() of kiosk.ts, but the first screen's guard is run on the fake clock (open() waits for it in real time).
    await page.goto('index.html?test=1');
    await expect(page.locator('.app[data-screen="attract"]')).toBeVisible();
    await settled(page);
    if (recipe.size !== 0) await this.setSize(recipe.size);
    // Most start in their language; some start in the other and switch with the top bar's toggle.
    const first = rng.chance(0.25) ? other(recipe.lang) : recipe.lang;
    await this.measure('attract');
    await tapTo(page, button(page, label.ui('attract.start', first)), 'attract');
    this.lang = first;
    this.note(`start ${first}`);
    await expect(page.locator('html')).toHaveAttribute('lang', first);
    if (first !== recipe.lang) await this.setLang(recipe.lang);
  }

  /** Answers screens until the review screen, whatever the kiosk shows; Back once on the way if this path does. */
  async toReview(taskChoice: () => string): Promise<void> {
    for (let i = 0; i < 25; i++) {
      const view = await viewOf(this.page);
      if (view === 'review') return;
      await this.measure(view);
      const [screen] = view.split('/');
      if (screen !== 'task' && this.backLeft > 0 && this.rng.chance(0.35)) {
        this.backLeft--;
        this.note(`back from ${view}`);
        await tapTo(this.page, exactButton(this.page, label.ui('nav.back', this.lang)), view);
        continue;
      }
      if (screen === 'task') await this.answerTask(taskChoice(), view);
      else if (screen === 'region' || screen === 'destination') await this.answerPlace(screen, view);
      else if (screen === 'beneficiary') await this.answerList('beneficiary', this.rng.pick(content.beneficiaries).id, view);
      else if (screen === 'credential') await this.answerList('credential', this.rng.pick(content.credentials).id, view);
      else throw new Error(`unexpected screen "${view}" (log: ${this.log.join(' › ')})`);
    }
    throw new Error(`no review screen after 25 screens (log: ${this.log.join(' › ')})`);
  }

  private async answerTask(id: string, view: string): Promise<void> {
    this.note(`task ${id}`);
    await tapTo(this.page, choice(this.page, label.task(id, this.lang)), view);
    this.answers.task = id;
  }

  private async answerList(q: 'beneficiary' | 'credential', id: string, view: string): Promise<void> {
    this.note(`${q} ${id}`);
    const name = q === 'beneficiary' ? label.beneficiary(id, this.lang) : label.credential(id, this.lang);
    await tapTo(this.page, choice(this.page, name), view);
    this.answers[q] = id;
  }

  private async answerPlace(q: PlaceQuestion, view: string, depth = 0): Promise<void> {
    const { page, rng, lang } = this;
    const r = rng.next();
    const { states, territories, overseasAreas } = content.regions;
    if (r < 0.6) {
      // A third of them from the states whose border ZIPs belong partly to the other region (the ZIP pad).
      const s = rng.chance(0.3) ? rng.pick(states.filter((x) => x.carveOut)) : rng.pick(states);
      await exactButton(page, baseLetter(s.name[lang])).click();
      const next = await tapTo(page, exactButton(page, s.name[lang]), view);
      if (next === `${q}/zip`) return this.answerZip(q, s.code, next);
      this.note(`${q} ${s.code}`);
      this.answers[q] = { kind: 'state', code: s.code };
      return;
    }
    if (r < 0.9) {
      const overseas = r >= 0.75;
      const sub = await tapTo(page, choice(page, label.ui(overseas ? 'region.overseas' : 'region.territory', lang)), view);
      expect(sub).toBe(`${q}/${overseas ? 'overseas' : 'territory'}`);
      await this.measure(sub);
      if (depth === 0 && rng.chance(0.3)) {
        // Leave the sub-list with Back (it returns to the states), then choose again.
        this.note(`${sub} back`);
        const back = await tapTo(page, exactButton(page, label.ui('nav.back', lang)), sub);
        expect(back).toBe(`${q}/states`);
        return this.answerPlace(q, back, depth + 1);
      }
      const value: RegionAnswer = overseas ? { kind: 'overseas', area: rng.pick(overseasAreas).id } : { kind: 'territory', code: rng.pick(territories).code };
      const name = value.kind === 'overseas' ? overseasAreas.find((a) => a.id === value.area)!.name[lang] : territories.find((t) => t.code === (value as { code: string }).code)!.name[lang];
      this.note(`${q} ${value.kind} ${value.kind === 'overseas' ? value.area : value.code}`);
      await tapTo(page, choice(page, name), sub);
      this.answers[q] = value;
      return;
    }
    this.note(`${q} unsure`);
    await tapTo(page, choice(page, label.ui('region.unsure', lang)), view);
    this.answers[q] = { kind: 'unsure' };
  }

  /** A random ZIP whose first three digits are `code`'s (or, with `inState` false, another state's). */
  private zip(code: string, inState: boolean): string {
    for (let i = 0; i < 500; i++) {
      const entry = inState ? content.zipPrefixes.find((e) => e.code === code)! : this.rng.pick(content.zipPrefixes);
      const [from, to = from] = this.rng.pick(entry.prefixes).split('-') as [string, string?];
      const prefix = String(Number(from) + this.rng.int(Number(to) - Number(from) + 1)).padStart(3, '0');
      const zip = `${prefix}${String(this.rng.int(100)).padStart(2, '0')}`;
      if (zipInState(zip, code, content.zipPrefixes) === inState) return zip;
    }
    throw new Error(`no ZIP ${inState ? 'in' : 'outside'} ${code}`);
  }

  private async typeZip(zip: string): Promise<void> {
    for (const d of zip) await exactButton(this.page, d).click();
  }

  private async answerZip(q: PlaceQuestion, code: string, view: string): Promise<void> {
    const { page, rng, lang } = this;
    await this.measure(view);
    if (rng.chance(0.4)) {
      this.note(`${q} ${code}, ZIP skipped`);
      await tapTo(page, button(page, label.ui('zip.skip', lang)), view);
      this.answers[q] = { kind: 'state', code };
      return;
    }
    const cont = page.getByTestId('zip-continue');
    if (rng.chance(0.3)) {
      // A ZIP of another state first: Continue stays off and the line beside it says why.
      const wrong = this.zip(code, false);
      await this.typeZip(wrong);
      const stateName = label.state(code, lang);
      await expect(page.getByTestId('zip-reason')).toHaveText(fill(label.ui('zip.notInState', lang), { state: stateName }));
      await expect(cont).toBeDisabled();
      for (let i = 0; i < wrong.length; i++) await exactButton(page, label.ui('zip.delete', lang)).click();
      this.note(`${q} ${code}, ZIP ${wrong} refused`);
    }
    const zip = this.zip(code, true);
    await this.typeZip(zip);
    await expect(cont).toBeEnabled();
    this.note(`${q} ${code}, ZIP ${zip}`);
    await tapTo(page, exactButton(page, label.ui('zip.continue', lang)), view);
    this.answers[q] = { kind: 'state', code, zip };
  }

  /** The plan of the answers this path gave (a question not asked for the task cannot change it). */
  plan(): Plan {
    if (!this.answers.task) throw new Error('no task answered');
    return buildPlan({ ...this.answers, task: this.answers.task }, content);
  }

  /** The review screen lists the plan's answers in the screen's language; one Change on some paths. */
  async review(): Promise<void> {
    const { page, rng } = this;
    await this.measure('review');
    const plan = this.plan();
    await expect(page.locator('.review-row dd:not(.review-edit)')).toHaveText(plan.summary.map((s) => s.value[this.lang]));
    if (rng.chance(0.15)) await this.setSize(rng.pick(SIZES.filter((s) => s !== this.size)));
    if (this.backLeft > 0 && rng.chance(0.25)) {
      this.backLeft--;
      this.note('back from review');
      await tapTo(page, exactButton(page, label.ui('nav.back', this.lang)), 'review');
      await this.toReview(() => this.rng.pick(content.tasks).id);
      return this.review();
    }
    if (!this.edited && rng.chance(0.45)) {
      this.edited = true;
      const row = rng.pick(plan.summary);
      this.note(`change ${row.question}`);
      const name = fill(label.ui('review.editLabel', this.lang), { question: content.plan.questions[row.question][this.lang] });
      const at = await tapTo(page, exactButton(page, name), 'review');
      expect(at.split('/')[0], `Change ${row.question} opens its question`).toBe(row.question);
      // Most change the task to another one; some pick the same again.
      const task = this.answers.task!;
      await this.toReview(() => (rng.chance(0.2) ? task : rng.pick(content.tasks.filter((t) => t.id !== task)).id));
      return this.review();
    }
  }
  private edited = false;
}

/** The checklist on screen: the plan's, in the screen's language, every line readable and reachable. */
async function checkChecklist(page: Page, w: Walker, lang: Lang, shots: string | null): Promise<{ plan: Plan; pages: number; lines: number }> {
  const plan = w.plan();
  // The machine holds exactly the answers tapped (those the plan rests on) and the visitor's display choices.
  const snap = await snapshot(page);
  expect(snap.context.prefs.lang).toBe(lang);
  expect(snap.context.prefs.textSize).toBe(w.size);
  const held = snap.context.answers as Answers;
  expect(buildPlan({ ...held, task: held.task ?? '?' }, content).answers, 'the answers the kiosk holds').toEqual(plan.answers);

  const seen = await readChecklist(page);
  expect(seen.lang).toBe(lang);
  const want = expectedChecklist(plan, lang);
  // Both sides as plain typed text: explanations of jargon out (screen), addresses as typed (both).
  const plain = <T extends Record<string, unknown>>(x: T, screen: boolean): T =>
    Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === 'string' ? asTyped(screen ? unexplain(v, plan, lang) : v) : v])) as T;
  const compare = <T extends Record<string, unknown>>(a: T[], b: T[], what: string) => expect(a.map((x) => plain(x, true)), what).toEqual(b.map((x) => plain(x, false)));
  expect(asTyped(unexplain(seen.forLine, plan, lang)), 'the "For:" line').toBe(asTyped(want.forLine));
  expect(seen.leadGo, 'Start here: go to').toEqual(want.leadGo);
  compare(seen.portals, want.portals, 'the websites, in order');
  compare(seen.steps, want.steps, 'the steps, in order');
  compare(seen.help, want.help, 'the help lines, in order');

  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const text = await measureText(page);
  for (const f of text.faults) w.problems.push(`checklist text: ${f}`);
  // Page down with "More below" to the end, measuring the controls at each position.
  const more = exactButton(page, label.ui('more.page', lang));
  let pages = 1;
  /** "More below" is on screen exactly while there is more below (the Shell updates it on scroll and resize). */
  const moreSettled = () =>
    page
      .waitForFunction(
        () => {
          const m = document.querySelector('.app main')!;
          return (m.scrollTop + m.clientHeight < m.scrollHeight - 4) === (document.querySelector('.app [data-testid="more-page"]') !== null);
        },
        undefined,
        { polling: 'raf', timeout: 3_000 },
      )
      .catch(() => w.problems.push(`checklist page ${pages}: "More below" shown when there is nothing below, or missing when there is`));
  for (; pages < 80; pages++) {
    await moreSettled();
    const rep = await measureLayout(page);
    for (const f of rep.faults) w.problems.push(`checklist page ${pages}: ${f}`);
    if (shots) await page.screenshot({ path: `${shots}-${pages}.png` });
    if ((await more.count()) === 0) break;
    const before = await page.evaluate(() => document.querySelector('.app main')!.scrollTop);
    await more.click({ timeout: 5_000 });
    await page.waitForFunction((b) => document.querySelector('.app main')!.scrollTop > b, before, { polling: 'raf', timeout: 2_000 });
  }
  const end = await page.evaluate(() => {
    const m = document.querySelector('.app main')!;
    return { top: m.scrollTop, view: m.clientHeight, height: m.scrollHeight };
  });
  expect(end.top + end.view, `"More below" leads to the end of the checklist (${pages} pages)`).toBeGreaterThanOrEqual(end.height - 4);
  return { plan, pages, lines: text.lines };
}

const SIZE_NAMES = ['standard', 'large', 'largest'] as const;

for (const recipe of recipes()) {
  const seed = `0x${recipe.seed.toString(16).padStart(8, '0')}`;
  const title = `path ${String(recipe.n).padStart(2, '0')}/${COUNT} seed ${seed}: ${recipe.lang}, ${SIZE_NAMES[recipe.size]} text, ${recipe.orientation}, starts with "${recipe.task}"`;
  pathTest(title, async ({ page }, testInfo) => {
    const rng = new Rng(recipe.seed);
    const w = new Walker(page, rng, recipe);
    let result: Awaited<ReturnType<typeof checkChecklist>> | undefined;
    try {
      await w.start();
      await w.toReview(() => recipe.task);
      await w.review();
      await tapTo(page, exactButton(page, label.ui('review.confirm', w.lang)), 'review');
      await expect(page.locator('.app')).toHaveAttribute('data-screen', 'checklist');
      w.views.push('checklist');
      w.note('checklist');
      result = await checkChecklist(page, w, recipe.lang, SHOTS ? resolve(OUT, String(recipe.n).padStart(2, '0')) : null);
      w.note('checked');
    } catch (e) {
      // The shared page is not the built-in one, so Playwright's own failure screenshot misses it.
      await testInfo.attach('screen at failure', { body: await page.screenshot(), contentType: 'image/png' }).catch(() => undefined);
      throw e;
    } finally {
      const record = {
        ...recipe,
        seed,
        log: w.log,
        times: w.times,
        views: w.views,
        finalSize: w.size,
        answers: w.answers,
        checklist: result && { portals: result.plan.portals.map((p) => p.id), steps: result.plan.steps.length, helpLines: result.plan.helpLines.map((h) => h.id), pages: result.pages, textBoxes: result.lines },
        problems: w.problems,
      };
      writeFileSync(resolve(OUT, `${String(recipe.n).padStart(2, '0')}.json`), JSON.stringify(record, null, 2));
      await testInfo.attach('path', { body: JSON.stringify(record, null, 2), contentType: 'application/json' });
    }
    console.log(`[${seed}] ${w.log.join(' › ')} → ${result!.plan.portals.map((p) => p.id).join(', ')}; ${result!.plan.steps.length} steps; ${result!.pages} screenfuls`);
    expect(w.problems, 'layout: overlaps, cut-off or hidden text and controls').toEqual([]);
  });
}
