import type { RegionAnswer } from '../answers';
import type { Content } from '../content/load';
import { REGION_KINDS, type RegionKind } from '../content/schema';
import type { LocalizedText } from '../i18n';
import type { Fact } from './facts';
import { joinText, same, type Param } from './fill';
import type { Lookup } from './lookup';

/** The region id that U.S. territories and overseas areas belong to (TRICARE Overseas Program). */
const OVERSEAS_REGION = 'overseas';

/** A notice the place itself calls for, filled with this place's parameters. */
export interface WhereNotice {
  id: string;
}

/** An answer to "where?" resolved against content: what rules match on and templates say. */
export interface Where {
  kind: RegionKind;
  /** The state or territory code, or overseas area id (rules may name places). */
  place?: string;
  /** Regional contractor portal(s): one, or both for "not sure". */
  contractors: string[];
  /** Their help lines, area-specific overseas. */
  contractorHelp: string[];
  /** Help lines of the other region, for border states asked to confirm. */
  otherHelp: string[];
  otherContractor?: string;
  notices: WhereNotice[];
  /** Parameters without prefix: place, region, contractor, contractor.phone, … */
  params: Map<string, Param>;
  facts: Fact[];
  /** Facts only about the region border (carve-outs): dropped where East/West cannot matter. */
  borderFacts?: Fact[];
}

export function resolveWhere(answer: RegionAnswer | undefined, content: Content, ix: Lookup): Where {
  const notices = content.plan.notices;
  switch (answer?.kind) {
    case 'state': {
      const state = ix.states.get(answer.code);
      if (!state || !isKind(state.region)) return unsure(content, ix, [{ id: notices.unknownPlace }]);
      const zip = typeof answer.zip === 'string' ? answer.zip : undefined;
      const carve = state.carveOut;
      let regionId: string = state.region;
      const extra: WhereNotice[] = [];
      const facts: Fact[] = [state];
      let other: string | undefined;
      if (carve) {
        facts.push(carve);
        if (zip && carve.zips.includes(zip)) {
          // Only a ZIP on a confirmed list moves a visitor to the other region.
          regionId = carve.region;
          extra.push({ id: notices.zipConfirmed });
        } else {
          other = carve.region;
          extra.push({ id: notices.confirmRegion });
          if (zip) extra.push({ id: notices.zipNotConfirmed });
        }
      }
      const region = ix.regions.get(regionId);
      if (!region || !isKind(regionId)) return unsure(content, ix, [{ id: notices.unknownPlace }]);
      const w = fromRegion(regionId, region.label, region.contractor, undefined, state.name, ix, [...facts, region]);
      w.place = state.code;
      if (carve) w.borderFacts = [carve];
      w.notices.push(...extra);
      if (zip) w.params.set('zip', { text: same(zip) });
      if (other) {
        const o = ix.regions.get(other);
        const oc = o?.contractor ? ix.portals.get(o.contractor) : undefined;
        if (o && oc) {
          w.otherContractor = oc.id;
          w.otherHelp = [...oc.helpLines];
          w.params.set('other.region', { text: o.label, facts: [o] });
          w.params.set('other.contractor', { text: oc.name, facts: [oc] });
          w.params.set('other.contractor.phone', phones(oc.helpLines, ix));
        }
      }
      return w;
    }
    case 'territory': {
      const t = ix.territories.get(answer.code);
      const area = t ? ix.areas.get(t.area) : undefined;
      if (!t || !area) return unsure(content, ix, [{ id: notices.unknownPlace }]);
      // A territory may list its own lines (U.S. toll-free numbers work there), else its area's.
      return { ...overseas('territory', t.name, t.helpLines ?? area.helpLines, ix, [t, area]), place: t.code };
    }
    case 'overseas': {
      const area = ix.areas.get(answer.area);
      if (!area) return unsure(content, ix, [{ id: notices.unknownPlace }]);
      return { ...overseas('overseas', area.name, area.helpLines, ix, [area]), place: area.id };
    }
    case 'unsure':
      return unsure(content, ix, [{ id: notices.regionUnsure }]);
    default:
      return unsure(content, ix, [{ id: notices.unknownPlace }]);
  }
}

function isKind(x: string): x is RegionKind {
  return (REGION_KINDS as readonly string[]).includes(x);
}

/**
 * The number(s) a sentence gives for "call …": the confirmed lines when there are any (a
 * territory's U.S. toll-free line, not the overseas call centers after it), else every line,
 * marked unconfirmed. The help-line list still shows all of them, each with its own mark.
 */
function phones(ids: readonly string[], ix: Lookup): Param {
  const all = ids.map((id) => ix.helpLines.get(id)).filter((h) => h !== undefined);
  const confirmed = all.filter((h) => !h.unconfirmed);
  const lines = confirmed.length > 0 ? confirmed : all;
  return {
    text: joinText(lines.map((h) => same(h.phone))),
    facts: lines,
    unconfirmed: lines.some((h) => h.unconfirmed),
  };
}

function fromRegion(
  kind: RegionKind,
  regionLabel: LocalizedText,
  contractorId: string | undefined,
  helpOverride: readonly string[] | undefined,
  place: LocalizedText,
  ix: Lookup,
  facts: Fact[],
): Where {
  const portal = contractorId ? ix.portals.get(contractorId) : undefined;
  const help = helpOverride ?? portal?.helpLines ?? [];
  const params = new Map<string, Param>([
    ['place', { text: place, facts }],
    ['region', { text: regionLabel, facts }],
  ]);
  if (portal) {
    params.set('contractor', { text: portal.name, facts: [portal] });
    params.set('contractor.url', { text: same(portal.url), facts: [portal] });
    params.set('contractor.phone', phones(help, ix));
  }
  return {
    kind,
    contractors: portal ? [portal.id] : [],
    contractorHelp: [...help],
    otherHelp: [],
    notices: [],
    params,
    facts,
  };
}

function overseas(
  kind: 'territory' | 'overseas',
  place: LocalizedText,
  areaHelp: readonly string[] | undefined,
  ix: Lookup,
  facts: Fact[],
): Where {
  const region = ix.regions.get(OVERSEAS_REGION);
  if (!region) return { ...emptyWhere(kind, place, facts) };
  return fromRegion(kind, region.label, region.contractor, areaHelp, place, ix, [...facts, region]);
}

function emptyWhere(kind: RegionKind, place: LocalizedText, facts: Fact[]): Where {
  return {
    kind,
    contractors: [],
    contractorHelp: [],
    otherHelp: [],
    notices: [],
    params: new Map([['place', { text: place, facts }]]),
    facts,
  };
}

/** "Not sure" (or a place we cannot resolve): both regional contractors, side by side. */
function unsure(content: Content, ix: Lookup, notices: WhereNotice[]): Where {
  const u = content.regions.unsure;
  const contractors = (u?.contractors ?? content.regions.regions.map((r) => r.contractor ?? ''))
    .map((id) => ix.portals.get(id))
    .filter((p) => p !== undefined);
  const help = [...new Set(contractors.flatMap((p) => p.helpLines))];
  const facts: Fact[] = u ? [u] : [];
  const label = u?.label ?? joinText(contractors.map((p) => p.name));
  const params = new Map<string, Param>([
    ['place', { text: label, facts }],
    ['region', { text: label, facts }],
    ['contractor', u ? { text: u.contractorName, facts } : { text: joinText(contractors.map((p) => p.name)) }],
    ['contractor.phone', u ? { text: u.contractorPhone, facts } : phones(help, ix)],
    ['contractor.url', { text: joinText(contractors.map((p) => same(p.url))), facts: contractors }],
  ]);
  return { kind: 'unsure', contractors: contractors.map((p) => p.id), contractorHelp: help, otherHelp: [], notices, params, facts };
}
