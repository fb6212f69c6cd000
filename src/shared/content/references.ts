import { factFiles, type Content, type ContentError } from './load';
import { CONTEXT_PLACEHOLDERS, placeholdersIn } from './placeholders';
import { portalUrlProblem } from './portal-urls';
import { PORTAL_SLOTS, REGION_KINDS, type Conditions } from './schema';
import { checkZipPrefixes } from './zip-prefixes';

/**
 * Checks what a schema cannot: ids are unique, every reference points at something that
 * exists, and every {placeholder} in a template is one the planner knows how to fill.
 * Each error names the file, the item and the field.
 */
export function checkReferences(c: Content): ContentError[] {
  const errors: ContentError[] = [];
  const fail = (file: string, item: string | undefined, field: string, message: string) =>
    errors.push({ file, ...(item !== undefined ? { item } : {}), field, message });

  const unique = (file: string, ids: string[], field = 'id') => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) fail(file, id, field, `duplicate id "${id}"`);
      seen.add(id);
    }
  };
  unique('tasks.json', c.tasks.map((t) => t.id));
  unique('beneficiaries.json', c.beneficiaries.map((b) => b.id));
  unique('credentials.json', c.credentials.map((x) => x.id));
  unique('portals.json', c.portals.map((p) => p.id));
  unique('help-lines.json', c.helpLines.map((h) => h.id));
  unique('rules.json', c.rules.map((r) => r.id));
  unique('notices.json', c.notices.map((n) => n.id));
  unique('portal-hosts.json', c.portalHosts.map((h) => h.host), 'host');
  unique('regions.json', [...c.regions.regions.map((r) => r.id), ...c.regions.overseasAreas.map((a) => a.id)]);
  unique('regions.json', [...c.regions.states.map((s) => s.code), ...c.regions.territories.map((t) => t.code)], 'code');

  const ids = {
    tasks: new Set(c.tasks.map((t) => t.id)),
    beneficiaries: new Set(c.beneficiaries.map((b) => b.id)),
    credentials: new Set(c.credentials.map((x) => x.id)),
    portals: new Set(c.portals.map((p) => p.id)),
    helpLines: new Set(c.helpLines.map((h) => h.id)),
    notices: new Set(c.notices.map((n) => n.id)),
    regions: new Set(c.regions.regions.map((r) => r.id)),
    areas: new Set(c.regions.overseasAreas.map((a) => a.id)),
  };
  const slots = new Set<string>(PORTAL_SLOTS);
  const need = (set: Set<string>, what: string, file: string, item: string | undefined, field: string, id: string) => {
    if (!set.has(id)) fail(file, item, field, `unknown ${what} "${id}"`);
  };

  // regions.json
  for (const r of c.regions.regions) {
    if (r.contractor) need(ids.portals, 'portal', 'regions.json', r.id, 'contractor', r.contractor);
  }
  // Rules match on region kinds, so a state's region must be one of them (east, west).
  const kinds = new Set<string>(REGION_KINDS);
  const ruleRegion = (item: string, field: string, id: string) => {
    if (ids.regions.has(id) && !kinds.has(id)) fail('regions.json', item, field, `region "${id}" is not one the rules know (${REGION_KINDS.join(', ')})`);
  };
  for (const s of c.regions.states) {
    need(ids.regions, 'region', 'regions.json', s.code, 'region', s.region);
    ruleRegion(s.code, 'region', s.region);
    if (s.carveOut) {
      need(ids.regions, 'region', 'regions.json', s.code, 'carveOut.region', s.carveOut.region);
      ruleRegion(s.code, 'carveOut.region', s.carveOut.region);
      if (s.carveOut.region === s.region) {
        fail('regions.json', s.code, 'carveOut.region', 'a carve-out must name the other region');
      }
    }
  }
  for (const t of c.regions.territories) need(ids.areas, 'overseas area', 'regions.json', t.code, 'area', t.area);
  for (const a of c.regions.overseasAreas) {
    a.helpLines?.forEach((h, i) => need(ids.helpLines, 'help line', 'regions.json', a.id, `helpLines.${i}`, h));
  }
  c.regions.unsure?.contractors.forEach((p, i) =>
    need(ids.portals, 'portal', 'regions.json', 'unsure', `contractors.${i}`, p),
  );

  // portals.json
  const withSetup = new Set(c.credentials.filter((x) => (x.setup?.length ?? 0) > 0).map((x) => x.id));
  const allowedHosts = new Set(c.portalHosts.map((h) => h.host));
  for (const p of c.portals) {
    const urlProblem = portalUrlProblem(p.url, allowedHosts);
    if (urlProblem) fail('portals.json', p.id, 'url', urlProblem);
    p.helpLines.forEach((h, i) => need(ids.helpLines, 'help line', 'portals.json', p.id, `helpLines.${i}`, h));
    if (p.signInLike) need(ids.portals, 'portal', 'portals.json', p.id, 'signInLike', p.signInLike);
    p.signIn?.forEach((o, i) => {
      o.with?.forEach((w, j) => need(ids.credentials, 'credential', 'portals.json', p.id, `signIn.${i}.with.${j}`, w));
      if (o.setup === 'account') {
        if (!p.account) fail('portals.json', p.id, `signIn.${i}.setup`, 'setup "account" but the portal has no account steps');
      } else if (o.setup !== undefined && !withSetup.has(o.setup)) {
        fail('portals.json', p.id, `signIn.${i}.setup`, `"${o.setup}" is not "account" or a credential with setup steps`);
      }
    });
    const last = p.signIn?.at(-1);
    if (last?.with) fail('portals.json', p.id, `signIn.${(p.signIn?.length ?? 1) - 1}.with`, 'the last sign-in option must have no "with" (it catches every other credential)');
  }

  // credentials.json
  for (const x of c.credentials) {
    x.advice?.forEach((a, i) =>
      a.portals?.forEach((p, j) => need(ids.portals, 'portal', 'credentials.json', x.id, `advice.${i}.portals.${j}`, p)),
    );
  }

  // rules.json
  const checkConditions = (rule: string, field: string, cond: Conditions | undefined) => {
    cond?.task?.forEach((t, i) => need(ids.tasks, 'task', 'rules.json', rule, `${field}.task.${i}`, t));
    cond?.who?.forEach((b, i) => need(ids.beneficiaries, 'beneficiary', 'rules.json', rule, `${field}.who.${i}`, b));
    cond?.with?.forEach((x, i) => need(ids.credentials, 'credential', 'rules.json', rule, `${field}.with.${i}`, x));
  };
  const portalOrSlot = new Set([...ids.portals, ...slots]);
  const helpOrSlot = new Set([...ids.helpLines, ...slots]);
  for (const r of c.rules) {
    checkConditions(r.id, 'when', r.when);
    checkConditions(r.id, 'unless', r.unless);
    r.portals?.forEach((p, i) => need(portalOrSlot, 'portal', 'rules.json', r.id, `portals.${i}.portal`, p.portal));
    r.notices?.forEach((n, i) => need(ids.notices, 'notice', 'rules.json', r.id, `notices.${i}`, n));
    r.helpLines?.forEach((h, i) => need(helpOrSlot, 'help line', 'rules.json', r.id, `helpLines.${i}`, h));
  }

  // plan.json
  const f = c.plan.fallbacks;
  need(ids.tasks, 'task', 'plan.json', undefined, 'fallbacks.task', f.task);
  need(ids.beneficiaries, 'beneficiary', 'plan.json', undefined, 'fallbacks.beneficiary', f.beneficiary);
  need(ids.credentials, 'credential', 'plan.json', undefined, 'fallbacks.credential', f.credential);
  for (const [k, n] of Object.entries(c.plan.notices)) need(ids.notices, 'notice', 'plan.json', undefined, `notices.${k}`, n);

  for (const e of checkPlaceholders(c, ids)) errors.push(e); // a loop: the list may be huge
  for (const e of checkZipPrefixes(c)) errors.push(e);
  return errors;
}

/** Every {name} in the planner's data files must be fillable, and the same in both languages. */
function checkPlaceholders(
  c: Content,
  ids: { portals: Set<string>; helpLines: Set<string> },
): ContentError[] {
  const errors: ContentError[] = [];
  const known = new Set<string>(CONTEXT_PLACEHOLDERS);
  const valid = (name: string): boolean => {
    if (known.has(name)) return true;
    const [prefix, ...rest] = name.split('.');
    const id = rest.join('.');
    if (prefix === 'portal' || prefix === 'url') return ids.portals.has(id);
    if (prefix === 'phone') return ids.helpLines.has(id);
    return false;
  };
  for (const [file, value] of factFiles(c)) {
    walkLocalized(value, [], undefined, (text, item, path) => {
      const field = path.join('.');
      const en = placeholdersIn(text.en);
      const es = placeholdersIn(text.es);
      for (const name of new Set([...en, ...es])) {
        if (!valid(name)) errors.push({ file, ...(item ? { item } : {}), field, message: `unknown placeholder "{${name}}"` });
      }
      const a = [...new Set(en)].sort().join(',');
      const b = [...new Set(es)].sort().join(',');
      if (a !== b) errors.push({ file, ...(item ? { item } : {}), field, message: `placeholders differ between en {${a}} and es {${b}}` });
    });
  }
  return errors;
}

type Localized = { en: string; es: string };

function isLocalized(x: unknown): x is Localized {
  return typeof x === 'object' && x !== null && typeof (x as Localized).en === 'string' && typeof (x as Localized).es === 'string';
}

/** Visits every {en, es} text; the item is the id/code of the outermost array element. */
function walkLocalized(
  value: unknown,
  path: string[],
  item: string | undefined,
  visit: (text: Localized, item: string | undefined, path: string[]) => void,
): void {
  if (isLocalized(value)) return visit(value, item, path);
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (item === undefined) {
        const named = v as { id?: unknown; code?: unknown };
        const name = typeof named?.id === 'string' ? named.id : typeof named?.code === 'string' ? named.code : `#${i + 1}`;
        walkLocalized(v, [], name, visit);
      } else walkLocalized(v, [...path, String(i)], item, visit);
    });
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) walkLocalized(v, [...path, k], item, visit);
  }
}
