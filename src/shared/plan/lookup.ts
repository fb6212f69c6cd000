import type { Content } from '../content/load';
import type { Beneficiary, Credential, HelpLine, Notice, OverseasArea, Portal, Region, State, Task, Territory } from '../content/schema';
import { same, type Param } from './fill';

/** Content by id, built once per loaded Content (buildPlan runs for every answer change). */
export interface Lookup {
  tasks: Map<string, Task>;
  beneficiaries: Map<string, Beneficiary>;
  credentials: Map<string, Credential>;
  portals: Map<string, Portal>;
  helpLines: Map<string, HelpLine>;
  notices: Map<string, Notice>;
  regions: Map<string, Region>;
  states: Map<string, State>;
  territories: Map<string, Territory>;
  areas: Map<string, OverseasArea>;
  /** {portal.<id>}, {url.<id>}, {phone.<id>} */
  idParams: Map<string, Param>;
}

const cache = new WeakMap<Content, Lookup>();

const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
const byCode = <T extends { code: string }>(xs: T[]) => new Map(xs.map((x) => [x.code, x]));

export function lookup(content: Content): Lookup {
  const hit = cache.get(content);
  if (hit) return hit;
  const idParams = new Map<string, Param>();
  for (const p of content.portals) {
    idParams.set(`portal.${p.id}`, { text: p.name, facts: [p] });
    idParams.set(`url.${p.id}`, { text: same(p.url), facts: [p] });
  }
  for (const h of content.helpLines) idParams.set(`phone.${h.id}`, { text: same(h.phone), facts: [h] });
  const made: Lookup = {
    tasks: byId(content.tasks),
    beneficiaries: byId(content.beneficiaries),
    credentials: byId(content.credentials),
    portals: byId(content.portals),
    helpLines: byId(content.helpLines),
    notices: byId(content.notices),
    regions: byId(content.regions.regions),
    states: byCode(content.regions.states),
    territories: byCode(content.regions.territories),
    areas: byId(content.regions.overseasAreas),
    idParams,
  };
  cache.set(content, made);
  return made;
}
