import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { isComplete } from '../../src/shared/answers';
import { LANGS, type Lang } from '../../src/shared/i18n';
import type { PrintErrorType } from '../../src/shared/ipc';
import { lettersOf, withLetter } from '../../src/shared/letters';
import { kioskMachine, questionsFor, type KioskEvent, type KioskMachine } from '../../src/shared/machine';
import { buildPlan } from '../../src/shared/plan';
import type { Plan } from '../../src/shared/plan/types';
import {
  MAX_UTTERANCE_CHARS,
  PRINT_ERROR_KEYS,
  readingWords,
  sayAddress,
  sayPhone,
  sayText,
  speakableHelp,
  speakableScreen,
  type RegionView,
  type SpeakableState,
  type Utterance,
} from '../../src/shared/speech';
import { ScreenView } from '../../src/renderer/src/App';
import { IdleWarning } from '../../src/renderer/src/components/IdleWarning';
import { KioskContext, type Kiosk } from '../../src/renderer/src/kiosk-context';
import { isIdleWarning, isStartOverAsked, PRINT_ERROR_KEYS as SCREEN_ERROR_KEYS, screenOf, stepOf } from '../../src/renderer/src/lib/flow';
import { StartOverDialog } from '../../src/renderer/src/components/StartOverDialog';
import { makeTranslate } from '../../src/renderer/src/lib/text';
import { checklistDocument } from '../../src/shared/checklist/document';
import { questionGuide } from '../../src/shared/plan';
import { SCENARIOS } from '../integration/fixtures/scenarios';
import { realContent } from './content-fixture';

/**
 * Nothing on the screen is missing from speech. For every state of the kiosk machine (its
 * shortest paths over a representative set of answers) and both languages:
 *  1. the speakable text names the question, the step and every choice, from content;
 *  2. the renderer's own screen for that state, rendered to HTML, has no visible text in
 *     its main area that the speech leaves out (a short, reasoned list excepted);
 * and the checklist's speech holds every portal, sign-in advice, set-up step, thing to
 * bring, step and help line of the plan.
 */
const content = realContent();
const destinationTasks = content.tasks.filter((t) => t.askDestination).map((t) => t.id);

const events: KioskEvent[] = [
  { type: 'START' },
  { type: 'ANSWER', question: 'task', value: 'referral' },
  { type: 'ANSWER', question: 'task', value: 'move' },
  { type: 'ANSWER', question: 'task', value: 'pharmacy-refill' },
  { type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'CA' } },
  { type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'AR', zip: '72701' } },
  { type: 'ANSWER', question: 'region', value: { kind: 'overseas', area: 'pacific' } },
  { type: 'ANSWER', question: 'region', value: { kind: 'unsure' } },
  { type: 'ANSWER', question: 'destination', value: { kind: 'state', code: 'TX' } },
  { type: 'ANSWER', question: 'destination', value: { kind: 'territory', code: 'GU' } },
  { type: 'ANSWER', question: 'beneficiary', value: 'adfm' },
  { type: 'ANSWER', question: 'beneficiary', value: 'retiree' },
  { type: 'ANSWER', question: 'credential', value: 'myauth' },
  { type: 'ANSWER', question: 'credential', value: 'none' },
  { type: 'BACK' },
  { type: 'EDIT', question: 'task' },
  { type: 'EDIT', question: 'region' },
  { type: 'EDIT', question: 'destination' },
  { type: 'EDIT', question: 'credential' },
  { type: 'CONFIRM' },
  { type: 'START_OVER' },
  { type: 'FINISH' },
];

type Snap = SnapshotFrom<KioskMachine>;
const input = { destinationTasks };
const paths = getShortestPaths(kioskMachine, {
  input,
  events,
  serializeState: (s) => JSON.stringify([s.value, s.context.answers, s.context.editing]),
});
const states: Snap[] = paths.map((p) => p.state as Snap);

/** The print states, which need a print actor: PRINT, then its answer (done or failed). */
const printingNode = kioskMachine.getStateNodeById('kiosk.session.flow.checklist.printing');
const printActorId = printingNode.invoke[0]!.id;
function printStates(viewing: Snap): Snap[] {
  const [printing] = transition(kioskMachine, viewing, { type: 'PRINT' });
  const done = (output: unknown) => transition(kioskMachine, printing, { type: `xstate.done.actor.${printActorId}`, output } as never)[0];
  const errors: PrintErrorType[] = Object.keys(SCREEN_ERROR_KEYS) as PrintErrorType[];
  return [printing, done({ ok: true, value: { jobId: 'J-1', millis: 1 } }), ...errors.map((type) => done({ ok: false, error: { type } }))];
}
const viewing = states.filter((s) => screenOf(s.value as never).kind === 'checklist');
/** "Are you still there?" over one state of each screen (the idle timer's own event). */
const warnings = [...new Map(states.filter((s) => s.value !== 'attract').map((s) => [JSON.stringify(screenOf(s.value as never)), s])).values()].map(
  (s) => transition(kioskMachine, s, { type: 'xstate.after.idle.kiosk.session.idle.active' } as never)[0],
);
const allStates = [...states, ...viewing.slice(0, 3).flatMap(printStates), ...warnings];
/**
 * What a screen shows depends on the screen and the answers it draws from, not on how the
 * visitor got there: a question shows its own answer; review and checklist, all of them.
 */
function drawnKey(s: Snap): string {
  const screen = screenOf(s.value as never);
  if (isIdleWarning(s.value as never)) return 'idle-warning';
  if (isStartOverAsked(s.value as never)) return 'start-over';
  if (screen.kind === 'question') return JSON.stringify([screen, s.context.answers[screen.question]]);
  if (screen.kind === 'attract') return 'attract';
  return JSON.stringify([screen, s.context.answers, s.context.printError]);
}
const distinct = [...new Map(allStates.map((s) => [drawnKey(s), s])).values()];

// ---------- what the screen shows: the renderer's own output, as text ----------

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ' };
const decode = (s: string) => s.replace(/&(#x27|#39|amp|lt|gt|quot|nbsp);/g, (_m, e: string) => ENTITIES[e]!);
const SEP = '\u0001';
const VOID = new Set(['img', 'br', 'wbr', 'input', 'hr', 'meta', 'link', 'source']);
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'li', 'dt', 'dd', 'button', 'figcaption', 'label', 'section', 'div', 'main', 'ol', 'ul', 'dl', 'figure', 'header', 'footer']);

/**
 * The visible text of the first <main> in static markup, one string per block element
 * (inline pieces of a block joined as they read). aria-hidden and sr-only text is not
 * visible; it is left out.
 */
function visibleBlocks(html: string): string[] {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  const body = start >= 0 && end > start ? html.slice(start, end + 7) : html;
  const blocks: string[] = [];
  const stack: { tag: string; hidden: boolean; text: string[] }[] = [{ tag: '#root', hidden: false, text: [] }];
  // Inline pieces are joined as written ("https://" + "tricare." + …); SEP marks where one
  // inline element ended, for pieces the layout puts on lines of their own.
  const flush = (frame: { text: string[] }) => {
    // Non-breaking hyphens (U+2011) only keep a phone number on one line: read as hyphens.
    const t = frame.text.join('').replace(/\u2011/g, '-').replace(/\s+/g, ' ').trim();
    if (t.replaceAll(SEP, '').trim()) blocks.push(t);
    frame.text = [];
  };
  const block = () => [...stack].reverse().find((f) => BLOCK.has(f.tag) || f.tag.startsWith('lang:') || f.tag === '#root')!;
  for (const m of body.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    const [, closing, tagRaw, attrs = '', text] = m;
    if (text !== undefined) {
      if (!stack.some((f) => f.hidden)) block().text.push(decode(text));
      continue;
    }
    const tag = tagRaw!.toLowerCase();
    if (closing) {
      const i = Math.max(stack.map((f) => f.tag).lastIndexOf(tag), stack.map((f) => f.tag).lastIndexOf(`lang:${tag}`));
      if (i <= 0) continue;
      while (stack.length > i) {
        const f = stack.pop()!;
        if (BLOCK.has(f.tag) || f.tag.startsWith('lang:')) flush(f);
        else block().text.push(...f.text, SEP);
      }
      continue;
    }
    if (VOID.has(tag) || attrs.endsWith('/')) continue;
    const hidden = /aria-hidden="true"/.test(attrs) || /class="[^"]*\bsr-only\b/.test(attrs);
    // A piece in another language is its own utterance (its own voice), so its own block.
    const own = BLOCK.has(tag) || / lang="/.test(attrs);
    if (own) block().text.push(' ');
    stack.push({ tag: own && !BLOCK.has(tag) ? `lang:${tag}` : tag, hidden, text: [] });
  }
  flush(stack[0]!);
  return blocks;
}

/** Words only, in order: "Sign-in: myAuth." and "Sign-in myAuth" read the same. */
const tokens = (s: string) => s.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** On-screen text that speech leaves out on purpose, by ui.json key, with the reason. */
const NOT_SPOKEN: Record<string, string> = {
  'result.scan': 'the caption of each website QR code: for a phone camera; the address itself is read',
  'review.edit': 'each "Change" button is named with its question when the visitor moves to it',
};

function kioskFor(snap: Snap, lang: Lang, plan: Plan | null): Kiosk {
  return { content, snapshot: snap, send: () => undefined, lang, t: makeTranslate(content.ui, lang), plan, newSubView: () => undefined };
}

function planOf(snap: Snap): Plan | null {
  const a = snap.context.answers;
  return isComplete(a) ? buildPlan(a, content) : null;
}

function speakable(snap: Snap, lang: Lang, regionView?: RegionView): { state: SpeakableState; spoken: Utterance[]; plan: Plan | null } {
  const plan = planOf(snap);
  const state: SpeakableState = {
    screen: screenOf(snap.value as never),
    answers: snap.context.answers,
    printError: snap.context.printError,
    idleWarning: isIdleWarning(snap.value as never) ? { seconds: Math.round(snap.context.warningMs / 1000) } : undefined,
    startOver: isStartOverAsked(snap.value as never),
    regionView,
  };
  return { state, spoken: speakableScreen(state, content, plan, lang), plan };
}

const joined = (u: Utterance[]) => u.map((x) => x.text).join(' ');
const where = (snap: Snap, lang: Lang) => `${JSON.stringify(snap.value)} ${JSON.stringify(snap.context.answers)} ${lang}`;

describe('speech names what each screen shows, in every state of the machine', () => {
  it('explores enough of the machine to mean something', () => {
    const kinds = new Set(allStates.map((s) => JSON.stringify(screenOf(s.value as never))));
    expect(kinds.size).toBeGreaterThanOrEqual(11); // attract, 5 questions, review, 4 checklist phases
    expect(allStates.length).toBeGreaterThan(200);
    expect(warnings.length).toBeGreaterThanOrEqual(7); // each question, review, checklist
    for (const w of warnings) expect(isIdleWarning(w.value as never), JSON.stringify(w.value)).toBe(true);
  });

  it('"Start over?" over any screen is spoken alone: its question, then "Keep my answers", then "Start over"', () => {
    const asked = allStates.filter((s) => isStartOverAsked(s.value as never) && !isIdleWarning(s.value as never));
    expect(asked.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const t = makeTranslate(content.ui, lang);
      for (const snap of asked) {
        expect(speakable(snap, lang).spoken.map((u) => u.text)).toEqual([t('startOver.title'), t('startOver.lead'), `${t('startOver.keep')}.`, `${t('startOver.confirm')}.`]);
      }
    }
  });

  it('uses the screen’s own message for every print failure', () => {
    expect(PRINT_ERROR_KEYS).toEqual(SCREEN_ERROR_KEYS);
  });

  for (const lang of LANGS) {
    it(`question screens: the question, "Step n of 4" and every choice with its hint, in order (${lang})`, () => {
      const t = makeTranslate(content.ui, lang);
      const w = readingWords(content.ui, lang);
      let checked = 0;
      for (const snap of distinct) {
        const screen = screenOf(snap.value as never);
        // Under "Start over?" only the dialog is heard (it has its own test).
        if (screen.kind !== 'question' || isStartOverAsked(snap.value as never)) continue;
        const q = screen.question;
        const { spoken } = speakable(snap, lang);
        const text = joined(spoken);
        const at = (s: string) => text.indexOf(sayText(s, w).replace(/[.]$/, ''));
        const { step, total } = stepOf(q);
        expect(at(t('nav.step', { n: step, total })), where(snap, lang)).toBeGreaterThanOrEqual(0);
        let choices: { label: string; hint?: string | undefined }[];
        if (q === 'task' || q === 'beneficiary' || q === 'credential') {
          expect(at(t(`${q}.title`)), where(snap, lang)).toBe(0);
          const items = q === 'task' ? content.tasks : q === 'beneficiary' ? content.beneficiaries : content.credentials;
          choices = items.map((i) => ({ label: i.label[lang], hint: i.hint[lang] }));
          const current = items.find((i) => i.id === snap.context.answers[q]);
          if (current) expect(text, where(snap, lang)).toContain(t('speech.answerNow', { answer: current.label[lang] }));
        } else {
          expect(at(t(q === 'destination' ? 'region.titleDestination' : 'region.title')), where(snap, lang)).toBe(0);
          for (const letter of lettersOf(content.regions.states.map((s) => s.name[lang]))) expect(text).toMatch(new RegExp(`\\b${letter}\\b`));
          choices = [
            { label: t('region.overseas'), hint: t('region.overseasHint') },
            { label: t('region.territory'), hint: t('region.territoryHint') },
            { label: t('region.unsure'), hint: t('region.unsureHint') },
          ];
        }
        // The list comes after the lead (the current answer may be named before it).
        let last = at(t(q === 'task' || q === 'beneficiary' || q === 'credential' ? `${q}.lead` : 'region.other'));
        expect(last, where(snap, lang)).toBeGreaterThan(0);
        for (const c of choices) {
          const i = text.indexOf(sayText(c.label, w).replace(/[.]$/, ''), last + 1);
          expect(i, `${c.label} in ${where(snap, lang)}`).toBeGreaterThan(last);
          if (c.hint) expect(text.indexOf(sayText(c.hint, w), i), `${c.hint} after ${c.label}`).toBeGreaterThan(i);
          last = i;
        }
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(18); // each question with each of its answers (and none)
    });

    it(`the region question's own views: each letter's states, the lists, the ZIP pad (${lang})`, () => {
      const t = makeTranslate(content.ui, lang);
      const snap = states.find((s) => screenOf(s.value as never).kind === 'question' && (screenOf(s.value as never) as { question: string }).question === 'region')!;
      const name = (s: (typeof content.regions.states)[number]) => s.name[lang];
      for (const letter of lettersOf(content.regions.states.map(name))) {
        const { spoken } = speakable(snap, lang, { view: 'states', letter });
        const part = spoken.filter((u) => u.part === 'states').map((u) => u.text);
        const shown = withLetter(content.regions.states, name, letter, lang).map(name);
        expect(part[0]).toContain(t('region.statesWith', { letter }));
        // Exactly the states the strip shows for that letter, in the same order.
        expect(part.slice(1).map((p) => shown.find((n) => p.includes(`: ${n}.`)))).toEqual(shown);
      }
      const w = readingWords(content.ui, lang);
      const said = (s: string) => tokens(sayText(s, w));
      const overseas = tokens(joined(speakable(snap, lang, { view: 'overseas' }).spoken));
      for (const a of content.regions.overseasAreas) expect(containsRun(overseas, said(`${a.name[lang]} ${a.hint[lang]}`)), a.id).toBe(true);
      const territory = joined(speakable(snap, lang, { view: 'territory' }).spoken);
      for (const x of content.regions.territories) expect(territory).toContain(sayText(x.name[lang], w));
      const zip = speakable(snap, lang, { view: 'zip', state: 'AR', digits: '727' }).spoken;
      expect(containsRun(tokens(joined(zip)), said(t('zip.title')))).toBe(true);
      expect(zip.filter((u) => u.part === 'zip-digits').map((u) => u.text)).toEqual([t('speech.zipSoFar', { digits: '7 2 7' })]);
    });

    it(`every screen as the renderer draws it: no visible text in its main area left unspoken (${lang})`, () => {
      // Wording with a {placeholder} ("Scan to open {host}") matches whatever fills it.
      const skip = Object.keys(NOT_SPOKEN).map((k) => new RegExp(`^${content.ui[k]![lang].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`));
      let compared = 0;
      for (const snap of distinct) {
        const { spoken, plan, state } = speakable(snap, lang);
        const heard = tokens(joined(spoken));
        const kiosk = kioskFor(snap, lang, plan);
        const html = renderToStaticMarkup(
          <KioskContext value={kiosk}>
            {state.idleWarning ? <IdleWarning /> : state.startOver ? <StartOverDialog blocked={false} /> : <ScreenView screen={screenOf(snap.value as never)} />}
          </KioskContext>,
        );
        const w = readingWords(content.ui, lang);
        for (const raw of visibleBlocks(html)) {
          const tight = raw.replaceAll(SEP, '');
          if (skip.some((re) => re.test(tight))) continue;
          const found = [tight, raw.replaceAll(SEP, ' ')].some((b) => containsRun(heard, tokens(sayText(b, w))));
          expect(found, `"${tight}" is on screen but not spoken in ${where(snap, lang)}`).toBe(true);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(3000);
    }, 180_000);

    it(`every utterance is in the visitor's language, fits one engine call and has no unfilled wording (${lang})`, () => {
      for (const snap of distinct) {
        const { spoken, state } = speakable(snap, lang);
        const help = speakableHelp(state, content, lang);
        for (const u of [...spoken, ...help]) {
          if (state.screen.kind !== 'attract' || state.idleWarning) expect(u.lang, where(snap, lang)).toBe(lang);
          expect(u.text.length).toBeGreaterThan(0);
          expect(u.text.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
          expect(u.text, where(snap, lang)).not.toMatch(/[{}⟦⟧]|\[[a-z]+\.[a-zA-Z.]+\]/);
        }
      }
    });
  }

  it('"Step n of N" counts only the questions this visitor is asked, as the screen does', () => {
    const asks = questionGuide(content).asks;
    let skipping = 0;
    for (const task of content.tasks) {
      const answers = { task: task.id };
      const asked = questionsFor({ answers, destinationTasks, asks });
      if (asked.filter((q) => q !== 'destination').length === 4) continue;
      skipping += 1;
      for (const lang of LANGS) {
        const t = makeTranslate(content.ui, lang);
        for (const q of asked) {
          const spoken = joined(speakableScreen({ screen: { kind: 'question', question: q }, answers, printError: null, asked }, content, null, lang));
          const { step, total } = stepOf(q, asked);
          expect(total).toBeLessThan(4);
          expect(spoken, `${task.id} ${q} ${lang}`).toContain(sayText(t('nav.step', { n: step, total }), readingWords(content.ui, lang)).replace(/[.]$/, ''));
        }
      }
    }
    expect(skipping, 'some task skips a question').toBeGreaterThan(0);
  });

  it('the welcome screen speaks both languages, each in its own voice', () => {
    const spoken = speakableScreen({ screen: { kind: 'attract' }, answers: {}, printError: null }, content, null, 'en');
    for (const lang of LANGS) {
      const mine = spoken.filter((u) => u.lang === lang).map((u) => u.text).join(' ');
      expect(mine).toContain(content.ui['attract.title']![lang]);
      expect(mine).toContain(content.ui['attract.audio']![lang]);
    }
  });
});

describe('the checklist is spoken whole', () => {
  /** Scenarios beyond the seeds: a visitor with no sign-in overseas, a border ZIP, a move to a territory. */
  const extra = [
    { task: 'referral', region: { kind: 'overseas' as const, area: 'pacific' }, beneficiary: 'adfm', credential: 'none' },
    { task: 'claims', region: { kind: 'state' as const, code: 'AR', zip: '72701' }, beneficiary: 'retiree', credential: 'not-sure' },
    { task: 'move', region: { kind: 'state' as const, code: 'CA' }, destination: { kind: 'territory' as const, code: 'GU' }, beneficiary: 'adsm', credential: 'cac' },
    { task: 'not-sure', region: { kind: 'unsure' as const }, beneficiary: 'not-sure', credential: 'not-sure' },
  ];
  const cases = [...SCENARIOS.map((s) => ({ name: s.name, answers: s.answers })), ...extra.map((a) => ({ name: JSON.stringify(a), answers: a }))];

  for (const { name, answers } of cases) {
    for (const lang of LANGS) {
      it(`${name} (${lang}): every portal, sign-in advice and set-up step, thing to bring, step and help line`, () => {
        const plan = buildPlan(answers, content);
        // What the screen and the paper show: the checklist document (plain-word explanations included).
        const doc = checklistDocument(plan, lang);
        const w = readingWords(content.ui, lang);
        const spoken = speakableScreen({ screen: { kind: 'checklist', phase: 'viewing' }, answers, printError: null }, content, plan, lang);
        const text = joined(spoken);
        const has = (s: string, what: string) => expect(text, `${what}: ${s}`).toContain(s);
        const item = (s: string) => sayText(s, w).replace(/[.]$/, '');
        has(item(doc.lead.task), 'start here');
        doc.notices.forEach((n) => has(item(n.text), 'notice'));
        for (const p of doc.portals) {
          has(item(p.name), 'portal');
          has(sayAddress(p.url, w), 'portal address');
          has(item(p.purpose), 'portal purpose');
          if (p.call) has(sayPhone(p.call, w), 'portal to call');
          else has(item(p.signIn.text), 'portal sign-in');
          p.setup.forEach((a, i) => has(`${i + 1}. ${item(a.text)}`, 'set-up step'));
        }
        doc.setup.forEach((a) => has(item(a.text), 'set-up step'));
        doc.about?.advice.forEach((a) => has(item(a.text), 'sign-in advice'));
        [...doc.alternatives, ...doc.bring, ...doc.notes].forEach((b) => has(item(b.text), 'other item'));
        doc.steps.forEach((s, i) => has(`${i + 1}. ${item(s.text)}`, 'step'));
        for (const h of doc.help) {
          has(sayText(h.name, w), 'help line');
          has(`: ${sayPhone(h.phone, w)}`, 'help line number');
          if (h.tty) has(sayPhone(h.tty, w), 'TTY');
          if (h.note) has(item(h.note), 'help note');
        }
        // Sections in the order the screen draws them (the answer first).
        const order = ['result.lead', 'result.portals', 'result.help', 'result.reviewed'].map((k) =>
          text.indexOf(sayText(content.ui[k]![lang], w).split('{')[0]!.trim()),
        );
        expect(order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1]!)), `${order}`).toBe(true);
        // Phone numbers are never left as written: no "1-888-…" in speech.
        expect(text).not.toMatch(/\d-\d{3}-/);
        expect(text).not.toMatch(/https?:\/\//);
      });
    }
  }
});
