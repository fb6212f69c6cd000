import { checklistDocument, type DocItem } from '../checklist/document';
import { checklistQrText } from '../checklist/plain';
import { formatContentDate, type PrintText } from '../checklist/text';
import type { Plan } from '../plan/types';
import { sayAddress, sayPhone, sayText } from './read-aloud';
import type { Script } from './utterance';

/** The screen's hint for the take-home QR, by what the code holds (ChecklistQr shows the same). */
export const QR_HINT_KEYS = { full: 'result.qrAllHint.full', compact: 'result.qrAllHint.compact', minimal: 'result.qrAllHint.minimal' } as const;

/**
 * The checklist screen in the order the screen draws it (PlanView), from the same checklist
 * document the screen and the paper render (src/shared/checklist/document.ts), so speech
 * can never give another order or other words: who it is for, "start here" (where to go,
 * how to sign in, then what, the help line), the numbered steps, other ways, notices, each
 * website with its address read out and what to set up there, what the visitor's sign-in
 * means here, what to bring, good to know, every help line digit by digit, the take-home QR
 * (saying what it holds), and when the facts were last checked.
 */
export function speakPlan(s: Script, plan: Plan, printText: PrintText): void {
  const lang = s.lang;
  const doc = checklistDocument(plan, lang);
  const confirm = (unconfirmed: boolean | undefined) => (unconfirmed ? ` ${s.t('result.unconfirmed')}.` : '');
  const item = (i: DocItem, n?: number) => s.say(`${n === undefined ? '' : `${n}. `}${i.text}${confirm(i.unconfirmed)}`);
  const list = (heading: string, items: DocItem[], numbered = false) => {
    if (items.length === 0) return;
    s.say(heading);
    items.forEach((i, n) => item(i, numbered ? n + 1 : undefined));
  };
  const phone = (number: string) => sayPhone(number, s.words);

  s.say(s.t('result.for', { answers: doc.answers.join(', ') }));

  s.say(s.t('result.lead'));
  s.sayAsIs(`${sayText(s.t('result.leadGo'), s.words)}: ${doc.lead.go.map((g) => `${sayText(g.name, s.words)}, ${sayAddress(g.shown, s.words)}`).join(` ${s.t('result.leadOr')} `)}.`);
  if (doc.lead.signIn) s.say(`${s.t('result.leadSignIn')}: ${doc.lead.signIn.text}${confirm(doc.lead.signIn.unconfirmed)}`);
  if (doc.lead.call) s.sayAsIs(`${sayText(s.t('result.leadCall'), s.words)}: ${phone(doc.lead.call)}.`);
  s.say(`${s.t('result.leadTask')}: ${doc.lead.task}`);
  if (doc.lead.help) s.sayAsIs(`${sayText(s.t('result.leadHelp'), s.words)}: ${sayText(doc.lead.help.name, s.words)}: ${phone(doc.lead.help.phone)}.`);

  list(s.t('result.steps'), doc.steps, true);
  list(s.t('result.alternatives'), doc.alternatives);
  list(s.t('result.notices'), doc.notices);

  s.say(s.t('result.portals'));
  doc.setup.forEach((i) => item(i));
  doc.portals.forEach((p, i) => {
    if (doc.portals.length > 1) s.say(s.t('result.portalNumber', { n: i + 1, total: doc.portals.length }));
    s.say(`${p.name}${confirm(p.unconfirmed)}`);
    s.sayAsIs(s.t('speech.address', { address: sayAddress(p.url, s.words) }));
    s.say(`${s.t('result.useFor')} ${p.purpose}`);
    if (p.call) s.sayAsIs(`${sayText(s.t('result.call'), s.words)} ${phone(p.call)}.`);
    else s.say(`${s.t('result.signInWith')} ${p.signIn.text}${confirm(p.signIn.unconfirmed)}`);
    list(s.t('result.portalSetup'), p.setup, true);
  });

  if (doc.about) list(doc.about.credential !== undefined ? s.t('result.about', { credential: doc.about.credential }) : s.t('result.aboutGeneral'), doc.about.advice);
  list(s.t('result.bring'), doc.bring);
  list(s.t('result.notes'), doc.notes);

  s.say(s.t('result.help'));
  for (const h of doc.help) {
    // As the screen shows it: the name (and "(not confirmed)"), then the number.
    s.sayAsIs(`${sayText(h.name, s.words)}${h.unconfirmed ? ` ${s.t('result.unconfirmed')}` : ''}: ${phone(h.phone)}`);
    if (h.tty) s.sayAsIs(`${s.t('result.tty')}: ${phone(h.tty)}`);
    if (h.note) s.say(h.note);
  }

  s.say(s.t('result.qrAll'));
  s.say(s.t(QR_HINT_KEYS[checklistQrText(plan, lang, printText).detail]));
  if (doc.anyUnconfirmed) s.say(s.t('result.unconfirmedExplain'));
  s.say(s.t('result.reviewed', { date: formatContentDate(plan.reviewed, lang) }));
}
