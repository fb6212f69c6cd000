// Deterministic visitors, and walking one through the kiosk by what a person sees: the labels
// come from data/ (as tests/e2e/kiosk.ts reads them), a button is found in the page by its
// label (bench/lib/taps.mjs, find) and, where a label is not unique on the screen, by its
// stable test id. So the walk follows
// the content and keeps working when the screens change, and fails with a clear message when
// the flow itself changes (an unexpected screen after a tap).
import './ts-loader.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './env.mjs';

const { baseLetter } = await import('../../src/renderer/src/lib/letters.ts');
const { CONTENT_FILES, parseContent } = await import('../../src/shared/content/load.ts');
const { questionGuide } = await import('../../src/shared/plan/index.ts');

const read = (file) => JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8'));
export const data = {
  tasks: read('tasks.json'),
  beneficiaries: read('beneficiaries.json'),
  credentials: read('credentials.json'),
  regions: read('regions.json'),
  ui: read('ui.json'),
};
// Which questions a task asks (the kiosk skips those that cannot change the checklist).
const loaded = parseContent(Object.fromEntries(CONTENT_FILES.map((f) => [f, read(f)])));
if (!loaded.ok) throw new Error('data/ does not validate');
const guide = questionGuide(loaded.value);
const asked = (visitor, q) => guide.asks(q, visitor);

const ui = (key) => {
  const v = data.ui[key];
  if (!v) throw new Error(`no ui key ${key} in data/ui.json`);
  return v.en;
};

/**
 * `n` visitors that cover every task, beneficiary and sign-in within the first 15, and every
 * kind of place: states (border-ZIP states too), territories, overseas areas, "not sure", and
 * for tasks that ask it, a destination. Strides are coprime with the list lengths, so the
 * combinations spread instead of repeating in lockstep.
 */
export function makeVisitors(n) {
  const { tasks, beneficiaries, credentials, regions } = data;
  const states = regions.states;
  const carveOut = states.filter((s) => s.carveOut);
  const plain = states.filter((s) => !s.carveOut);
  const place = (i, salt) => {
    const k = (i + salt) % 8;
    const j = Math.floor((i + salt) / 8);
    if (k === 2 && regions.overseasAreas.length) return { kind: 'overseas', area: regions.overseasAreas[j % regions.overseasAreas.length].id };
    if (k === 5 && regions.territories.length) return { kind: 'territory', code: regions.territories[j % regions.territories.length].code };
    if (k === 7) return { kind: 'unsure' };
    if (k === 3 && carveOut.length) return { kind: 'state', code: carveOut[j % carveOut.length].code };
    return { kind: 'state', code: plain[(i * 13 + salt * 7) % plain.length].code };
  };
  return Array.from({ length: n }, (_, i) => {
    const task = tasks[i % tasks.length];
    return {
      task: task.id,
      region: place(i, 0),
      ...(task.askDestination ? { destination: place(i, 3) } : {}),
      beneficiary: beneficiaries[(i * 5) % beneficiaries.length].id,
      credential: credentials[(i * 3) % credentials.length].id,
    };
  });
}

const byId = (items, id) => {
  const item = items.find((x) => (x.id ?? x.code) === id);
  if (!item) throw new Error(`no "${id}" in data/`);
  return item;
};

/** A button by its visible label, with the test id to fall back on where the label is not unique on screen. */
export const button = (name, testId) => ({ name, testId });

/** How a tap is named in the results: a screen change by its two screens, otherwise by what changed within the screen. */
export function transitionName(sample, via) {
  // A border state stays on the region screen and opens the ZIP keypad.
  if (sample.before === sample.after) return `${sample.before}: ${via === 'state' ? 'state→zip keypad' : via}`;
  if (via === 'start-over') return `start over (${sample.before}→${sample.after})`;
  return `${sample.before}→${sample.after}`;
}

/**
 * Walks one visitor from the attract screen to the checklist and back with Start over
 * (`{ startOver: false }` stays on the checklist). `tap(via, target, expect)` performs and
 * times one tap and returns its sample.
 */
export async function walkKiosk(visitor, tap, { startOver = true } = {}) {
  const { tasks, beneficiaries, credentials, regions } = data;
  const screenTap = async (via, target, next) => {
    const s = await tap(via, target, { screen: true });
    if (next && s.after !== next) throw new Error(`after "${via}" on "${s.before}" the kiosk showed "${s.after}", expected "${next}"`);
    return s;
  };
  // Each place answer returns the screen it led to.
  const answerPlace = async (place) => {
    if (place.kind === 'state') {
      const state = byId(regions.states, place.code);
      const name = state.name.en;
      await tap('letter→states', { name: baseLetter(name), exact: true }, { text: name });
      const s = await tap('state', button(name, `state-${state.code}`), { any: [{ screen: true }, { text: ui('zip.skip') }] });
      // A border state offers the ZIP keypad first; "skip" answers with the state alone.
      if (s.after === s.before) return (await screenTap('zip-skip', button(ui('zip.skip'), 'zip-skip'))).after;
      return s.after;
    }
    if (place.kind === 'overseas') {
      const area = byId(regions.overseasAreas, place.area);
      await tap('overseas→areas', button(ui('region.overseas'), 'region-overseas'), { text: area.name.en });
      return (await screenTap('area', button(area.name.en, `area-${area.id}`))).after;
    }
    if (place.kind === 'territory') {
      const t = byId(regions.territories, place.code);
      await tap('territories→list', button(ui('region.territory'), 'region-territory'), { text: t.name.en });
      return (await screenTap('territory', button(t.name.en, `territory-${t.code}`))).after;
    }
    return (await screenTap('unsure', button(ui('region.unsure'), 'region-unsure'))).after;
  };
  await screenTap('start', button(ui('attract.start'), 'start-en'), 'task');
  const task = byId(tasks, visitor.task);
  // The kiosk asks only what can change this task's checklist: answer whatever screen comes.
  let at = (await screenTap('task', button(task.label.en, `choice-${task.id}`))).after;
  for (let guard = 0; at !== 'review'; guard++) {
    if (guard > 6) throw new Error(`${visitor.task}: still on "${at}" after every question`);
    if (at === 'region') at = await answerPlace(visitor.region);
    else if (at === 'destination') at = await answerPlace(visitor.destination ?? visitor.region);
    else if (at === 'beneficiary') {
      const who = byId(beneficiaries, visitor.beneficiary);
      at = (await screenTap('beneficiary', button(who.label.en, `choice-${who.id}`))).after;
    } else if (at === 'credential') {
      const cred = byId(credentials, visitor.credential);
      at = (await screenTap('credential', button(cred.label.en, `choice-${cred.id}`))).after;
    } else throw new Error(`${visitor.task}: unexpected screen "${at}"`);
  }
  await screenTap('confirm', button(ui('review.confirm'), 'confirm'), 'checklist');
  if (startOver) {
    // Start over asks first ("Keep my answers" / "Start over").
    await tap('start-over', button(ui('nav.startOver'), 'start-over'), { text: ui('startOver.keep') });
    await screenTap('confirm-start-over', button(ui('startOver.confirm'), 'confirm-start-over'), 'attract');
  }
}

/** The baseline page's "visitor": start, `taps - 2` choices, Start over (the same number of taps as a kiosk visitor). */
export async function walkBaseline(taps, tap) {
  await tap('start', { name: 'Tap to start', exact: true }, { screen: true });
  for (let i = 0; i < taps - 2; i++) await tap('choice', { name: `Choice ${(i % 12) + 1}`, exact: true }, { screen: true });
  await tap('start-over', { name: 'Start over', exact: true }, { screen: true });
}

/** Taps a kiosk visitor makes (to give the baseline page the same number). */
export function tapsOf(visitor) {
  const place = (p) => (p.kind === 'state' ? (byId(data.regions.states, p.code).carveOut ? 3 : 2) : p.kind === 'unsure' ? 1 : 2);
  const region = asked(visitor, 'region') ? place(visitor.region) : 0;
  const destination = visitor.destination && asked(visitor, 'destination') ? place(visitor.destination) : 0;
  const who = asked(visitor, 'beneficiary') ? 1 : 0;
  const cred = asked(visitor, 'credential') ? 1 : 0;
  // start, task, the asked answers, confirm, Start over and its confirmation
  return 1 + 1 + region + destination + who + cred + 1 + 2;
}
