import { formatContentDate } from '../checklist/text';
import type { Plan, PlanItem, PlanPortal } from '../plan/types';
import { sayAddress, sayPhone, sayText } from './read-aloud';
import type { Script } from './utterance';

/**
 * The checklist screen, section by section in the order the screen draws it (PlanView):
 * who it is for, notices, each website with its address read out, the sign-in (advice and
 * set-up steps by portal), what to bring, the numbered steps, every help line digit by digit,
 * the take-home QR, and when the facts were last checked. Built from the same Plan.
 */
export function speakPlan(s: Script, plan: Plan): void {
  const lang = s.lang;
  const confirm = (unconfirmed: boolean | undefined) => (unconfirmed ? ` ${s.t('result.unconfirmed')}.` : '');
  const item = (i: PlanItem, n?: number) => s.say(`${n === undefined ? '' : `${n}. `}${i.text[lang]}${confirm(i.unconfirmed)}`);

  s.say(s.t('result.for', { answers: plan.summary.map((row) => row.value[lang]).join(', ') }));

  if (plan.notices.length > 0) {
    s.say(s.t('result.notices'));
    plan.notices.forEach((n) => s.say(`${n.text[lang]}${confirm(n.unconfirmed)}`));
  }

  s.say(s.t('result.portals'));
  plan.portals.forEach((p, i) => {
    if (plan.portals.length > 1) s.say(s.t('result.portalNumber', { n: i + 1, total: plan.portals.length }));
    s.say(`${p.name[lang]}${confirm(p.unconfirmed)}`);
    s.sayAsIs(s.t('speech.address', { address: sayAddress(p.url, s.words) }));
    s.say(`${s.t('result.useFor')} ${p.purpose[lang]}`);
    s.say(`${s.t('result.signInWith')} ${p.signIn[lang]}${confirm(p.signInUnconfirmed)}`);
  });

  s.say(s.t('result.signIn'));
  s.say(plan.signIn.label[lang]);
  plan.signIn.advice.forEach((a) => item(a));
  if (plan.signIn.setup.length > 0) {
    s.say(s.t('result.setup'));
    for (const [portal, items] of setupGroups(plan)) {
      if (portal) s.say(portal.name[lang]);
      items.forEach((i, n) => item(i, n + 1));
    }
  }

  if (plan.bring.length > 0) {
    s.say(s.t('result.bring'));
    plan.bring.forEach((i) => item(i));
  }

  if (plan.steps.length > 0) {
    s.say(s.t('result.steps'));
    plan.steps.forEach((i, n) => item(i, n + 1));
  }

  s.say(s.t('result.help'));
  for (const h of plan.helpLines) {
    // As the screen shows it: the name (and "Call to confirm"), then the number.
    s.sayAsIs(`${sayText(h.name[lang], s.words)}${h.unconfirmed ? ` ${s.t('result.unconfirmed')}` : ''}: ${sayPhone(h.phone, s.words)}`);
    if (h.tty) s.sayAsIs(`${s.t('result.tty')}: ${sayPhone(h.tty, s.words)}`);
    if (h.note) s.say(h.note[lang]);
  }

  s.say(s.t('result.qrAll'));
  s.say(s.t('result.qrAllHint'));
  s.say(s.t('result.reviewed', { date: formatContentDate(plan.reviewed, lang) }));
}

/** Set-up steps grouped under their portal, as the screen groups them (items without one first). */
export function setupGroups(plan: Plan): [PlanPortal | undefined, PlanItem[]][] {
  const groups = new Map<string | undefined, PlanItem[]>();
  for (const item of plan.signIn.setup) groups.set(item.portal, [...(groups.get(item.portal) ?? []), item]);
  return [...groups].map(([id, items]) => [plan.portals.find((p) => p.id === id), items]);
}
