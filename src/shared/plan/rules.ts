import type { Conditions, RegionKind, Rule } from '../content/schema';

/** What the rules in data/rules.json are matched against. */
export interface Situation {
  task: string;
  where: RegionKind;
  /** Destination kind; undefined for tasks that do not ask one. */
  to?: RegionKind;
  who: string;
  with: string;
  /** The state or territory code, or overseas area id, where the visitor lives. */
  place?: string;
  /** A move within one U.S. region; undefined for tasks that do not ask a destination. */
  sameRegion?: boolean;
}

function holds(c: Conditions, s: Situation): boolean {
  if (c.task && !c.task.includes(s.task)) return false;
  if (c.where && !c.where.includes(s.where)) return false;
  if (c.to && (s.to === undefined || !c.to.includes(s.to))) return false;
  if (c.who && !c.who.includes(s.who)) return false;
  if (c.with && !c.with.includes(s.with)) return false;
  if (c.place && (s.place === undefined || !c.place.includes(s.place))) return false;
  if (c.sameRegion !== undefined && s.sameRegion !== c.sameRegion) return false;
  return true;
}

/** An `unless` blocks the rule when any one of its conditions holds. */
function blocks(c: Conditions | undefined, s: Situation): boolean {
  if (!c) return false;
  return (
    (c.task?.includes(s.task) ?? false) ||
    (c.where?.includes(s.where) ?? false) ||
    (s.to !== undefined && (c.to?.includes(s.to) ?? false)) ||
    (c.who?.includes(s.who) ?? false) ||
    (c.with?.includes(s.with) ?? false) ||
    (s.place !== undefined && (c.place?.includes(s.place) ?? false)) ||
    (c.sameRegion !== undefined && s.sameRegion === c.sameRegion)
  );
}

/** The rules that apply, in file order (which is the order their steps appear in). */
export function matchRules(rules: readonly Rule[], s: Situation): Rule[] {
  return rules.filter((r) => holds(r.when, s) && !blocks(r.unless, s));
}
