import { QUESTIONS, type Answers, type RegionAnswer } from '../answers';
import type { Content } from '../content/load';
import { LANGS, type Lang, type LocalizedText } from '../i18n';
import type { PrintErrorType } from '../ipc';
import { baseLetter, lettersOf, withLetter } from '../letters';
import type { QuestionId } from '../machine';
import type { Plan } from '../plan/types';
import { PRINT_ERROR_KEYS } from '../print-messages';
import { assertNever } from '../result';
import { stepOf } from '../steps';
import { QR_HINT_KEYS, speakPlan } from './checklist';
import { checklistQrText } from '../checklist/plain';
import { sentence, spell } from './read-aloud';
import { Script, type SpokenPart, type Utterance } from './utterance';

/**
 * What is spoken for the screen the visitor sees: `speakableScreen(state, content, plan, lang)`.
 * It reads the same content and the same Plan the renderer draws from, in the order the
 * screen shows them, so nothing can be on the screen and missing from speech (a test walks
 * every state of the machine and checks it against what the renderer draws). Pure: no DOM.
 */

/** The screen drawn for a machine state (the renderer's `screenOf` gives exactly this shape). */
export type SpokenScreen =
  | { kind: 'attract' }
  | { kind: 'question'; question: QuestionId }
  | { kind: 'review' }
  | { kind: 'checklist'; phase: 'viewing' | 'printing' | 'printed' | 'failed' };

/** What the "where?" question shows inside itself: the letter strip, a list, or the ZIP pad. */
export type RegionView =
  | { view: 'states'; letter: string | null }
  | { view: 'overseas' }
  | { view: 'territory' }
  | { view: 'zip'; state: string; digits: string };

export interface SpeakableState {
  screen: SpokenScreen;
  answers: Answers;
  printError: PrintErrorType | null;
  /** "Are you still there?" is over the screen, with this many seconds to answer. */
  idleWarning?: { seconds: number } | undefined;
  /** "Start over? Your answers will be cleared." is open over the screen. */
  startOver?: boolean | undefined;
  /** Only on the region and destination questions; absent: the view the question opens with. */
  regionView?: RegionView | undefined;
  /** The questions this visitor is asked (the machine's questionsFor); absent: all four. */
  asked?: readonly QuestionId[] | undefined;
}


/**
 * "Step n of N", as the screen counts it (src/shared/steps.ts): only the questions this visitor
 * is asked, the destination part of "where you live".
 */
export function spokenStep(q: QuestionId, asked: readonly QuestionId[] = QUESTIONS): { n: number; total: number } {
  const { step, total } = stepOf(q, asked);
  return { n: step, total };
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

type ListQuestion = 'task' | 'beneficiary' | 'credential';
interface Item {
  id: string;
  label: LocalizedText;
  hint?: LocalizedText | undefined;
}

function listItems(q: ListQuestion, content: Content): readonly Item[] {
  return q === 'task' ? content.tasks : q === 'beneficiary' ? content.beneficiaries : content.credentials;
}

/** Choices in order, "2 of 7: label. hint.", the visitor's current one marked. */
function sayChoices(s: Script, choices: { label: string; hint?: string | undefined; selected: boolean }[], part?: SpokenPart): void {
  choices.forEach((c, i) => {
    const label = s.t('speech.choice', { n: i + 1, total: choices.length, label: c.label });
    // "Selected" goes last, so the label and hint are read together, as the button shows them.
    s.say(`${sentence(label)}${c.hint ? ` ${sentence(c.hint)}` : ''}${c.selected ? ` ${capitalize(s.t('speech.selected'))}` : ''}`, part);
  });
}

/** The visitor's current answer to "where?", in words (what the review screen will say). */
export function placeName(answer: RegionAnswer, content: Content, lang: Lang, ui: Script): string {
  const { states, territories, overseasAreas } = content.regions;
  switch (answer.kind) {
    case 'state': {
      const name = states.find((x) => x.code === answer.code)?.name[lang] ?? answer.code;
      return answer.zip ? `${name}, ${ui.t('zip.label')} ${spell(answer.zip)}` : name;
    }
    case 'territory':
      return territories.find((x) => x.code === answer.code)?.name[lang] ?? answer.code;
    case 'overseas':
      return overseasAreas.find((x) => x.id === answer.area)?.name[lang] ?? answer.area;
    case 'unsure':
      return ui.t('region.unsure');
    default:
      return assertNever(answer);
  }
}

function sayHead(s: Script, title: string, q: QuestionId, asked: SpeakableState['asked']): void {
  s.say(title);
  s.say(s.t('nav.step', spokenStep(q, asked)));
}

function sayListQuestion(s: Script, q: ListQuestion, state: SpeakableState, content: Content): void {
  const current = state.answers[q];
  sayHead(s, s.t(`${q}.title`), q, state.asked);
  s.say(s.t(`${q}.lead`));
  const items = listItems(q, content);
  // The current answer comes before the list: with fifteen choices it would be two minutes away.
  const chosen = items.find((i) => i.id === current);
  if (chosen) s.say(s.t('speech.answerNow', { answer: chosen.label[s.lang] }));
  sayChoices(
    s,
    items.map((i) => ({ label: i.label[s.lang], hint: i.hint?.[s.lang], selected: i.id === current })),
  );
}

function sayRegionQuestion(s: Script, q: 'region' | 'destination', state: SpeakableState, content: Content): void {
  const lang = s.lang;
  const current = state.answers[q];
  const { states, territories, overseasAreas } = content.regions;
  // Without a report from the screen, the view it opens with: the strip at the current state's letter.
  const currentState = current?.kind === 'state' ? states.find((x) => x.code === current.code) : undefined;
  const view: RegionView = state.regionView ?? { view: 'states', letter: currentState ? baseLetter(currentState.name[lang]) : null };
  const destination = q === 'destination';
  const answerNow = () => {
    if (current) s.say(s.t('speech.answerNow', { answer: placeName(current, content, lang, s) }));
  };
  switch (view.view) {
    case 'zip': {
      const st = states.find((x) => x.code === view.state);
      sayHead(s, s.t('zip.title'), q, state.asked);
      s.say(s.t('zip.lead', { state: st?.name[lang] ?? view.state }));
      s.sayAsIs(view.digits ? s.t('speech.zipSoFar', { digits: spell(view.digits) }) : s.t('zip.empty'), 'zip-digits');
      s.say(s.t('zip.continue'));
      s.say(s.t('zip.skip'));
      return;
    }
    case 'overseas':
      sayHead(s, s.t('region.overseasTitle'), q, state.asked);
      answerNow();
      sayChoices(
        s,
        overseasAreas.map((a) => ({ label: a.name[lang], hint: a.hint[lang], selected: current?.kind === 'overseas' && current.area === a.id })),
      );
      break;
    case 'territory':
      sayHead(s, s.t('region.territoryTitle'), q, state.asked);
      answerNow();
      sayChoices(
        s,
        territories.map((x) => ({ label: x.name[lang], selected: current?.kind === 'territory' && current.code === x.code })),
      );
      break;
    case 'states': {
      const name = (x: (typeof states)[number]) => x.name[lang];
      sayHead(s, s.t(destination ? 'region.titleDestination' : 'region.title'), q, state.asked);
      answerNow();
      s.say(s.t(destination ? 'region.lettersDestination' : 'region.letters'));
      s.say(s.t('speech.letters', { letters: lettersOf(states.map(name)).join(', ') }));
      if (view.letter) {
        const shown = withLetter(states, name, view.letter, lang);
        s.say(s.t('region.statesWith', { letter: view.letter }), 'states');
        sayChoices(s, shown.map((x) => ({ label: name(x), selected: current?.kind === 'state' && current.code === x.code })), 'states');
      } else {
        s.say(s.t('region.pickLetter'));
      }
      s.say(s.t('region.other'));
      sayChoices(s, [
        { label: s.t('region.overseas'), hint: s.t('region.overseasHint'), selected: current?.kind === 'overseas' },
        { label: s.t('region.territory'), hint: s.t('region.territoryHint'), selected: current?.kind === 'territory' },
        { label: s.t('region.unsure'), hint: s.t('region.unsureHint'), selected: current?.kind === 'unsure' },
      ]);
      break;
    }
    default:
      assertNever(view);
  }
}

function sayReview(s: Script, plan: Plan | null): void {
  s.say(s.t('review.title'));
  s.say(s.t('review.lead'));
  for (const row of plan?.summary ?? []) s.say(`${row.label[s.lang]}: ${row.value[s.lang]}`);
  s.say(s.t('review.confirm'));
}

/** The welcome screen is in both languages at once; so is its speech, each part in its own voice. */
function sayAttract(content: Content): Utterance[] {
  return LANGS.flatMap((lang) => {
    const s = new Script(content.ui, lang);
    s.say(s.t('attract.title'));
    s.say(s.t('attract.lead'));
    s.say(s.t('attract.audio'));
    s.say(`${s.t('attract.start')}, ${s.t('attract.inLanguage')}`);
    s.say(s.t('app.disclaimer'));
    return s.items;
  });
}

function sayChecklistPhase(s: Script, phase: 'viewing' | 'printing' | 'printed' | 'failed', state: SpeakableState, plan: Plan | null, content: Content): void {
  switch (phase) {
    case 'viewing':
      s.say(s.t('result.title'));
      if (plan) speakPlan(s, plan, content.printText);
      s.say(s.t('result.print'));
      return;
    case 'printing':
      s.say(s.t('printing.title'));
      s.say(s.t('printing.lead'));
      return;
    case 'printed':
      s.say(s.t('printed.title'));
      s.say(s.t('printed.lead'));
      s.say(s.t('printed.finish'));
      return;
    case 'failed':
      s.say(s.t('failed.title'));
      s.say(s.t(PRINT_ERROR_KEYS[state.printError ?? 'render-failed']));
      s.say(s.t('failed.fallback'));
      s.say(s.t('result.qrAll'));
      s.say(plan ? s.t(QR_HINT_KEYS[checklistQrText(plan, s.lang, content.printText).detail]) : s.t('result.qrAllHint'));
      s.say(s.t('failed.backToChecklist'));
      s.say(s.t('failed.retry'));
      s.say(s.t('failed.finish'));
      return;
    default:
      assertNever(phase);
  }
}

/** Everything spoken for this screen, in reading order. */
export function speakableScreen(state: SpeakableState, content: Content, plan: Plan | null, lang: Lang): Utterance[] {
  const s = new Script(content.ui, lang);
  // The idle warning is modal: while it is up, it is all there is to hear.
  if (state.idleWarning) {
    s.say(s.t('idle.title'));
    // As the warning shows it: the sentence, then the number and its unit.
    s.say(`${s.t('idle.lead')} ${state.idleWarning.seconds} ${s.t('idle.unit')}`);
    s.say(s.t('idle.more'));
    return s.items;
  }
  // So is "Start over?": its question and its two answers, the safe one first.
  if (state.startOver) {
    s.say(s.t('startOver.title'));
    s.say(s.t('startOver.lead'));
    s.say(s.t('startOver.keep'));
    s.say(s.t('startOver.confirm'));
    return s.items;
  }
  const screen = state.screen;
  switch (screen.kind) {
    case 'attract':
      return sayAttract(content);
    case 'question':
      if (screen.question === 'region' || screen.question === 'destination') sayRegionQuestion(s, screen.question, state, content);
      else sayListQuestion(s, screen.question, state, content);
      break;
    case 'review':
      sayReview(s, plan);
      break;
    case 'checklist':
      sayChecklistPhase(s, screen.phase, state, plan, content);
      break;
    default:
      assertNever(screen);
  }
  return s.items;
}

/** The Help key (EZ Access): how to use this screen with the keys, in the visitor's language. */
export function speakableHelp(state: SpeakableState, content: Content, lang: Lang): Utterance[] {
  const key = (): string => {
    if (state.idleWarning) return 'speech.help.status';
    switch (state.screen.kind) {
      case 'attract':
        return 'speech.help.attract';
      case 'question':
        return 'speech.help.question';
      case 'review':
        return 'speech.help.review';
      case 'checklist':
        return state.screen.phase === 'viewing' ? 'speech.help.checklist' : 'speech.help.status';
      default:
        return assertNever(state.screen);
    }
  };
  const s = new Script(content.ui, lang);
  s.say(s.t(key()), 'help');
  return s.items;
}
