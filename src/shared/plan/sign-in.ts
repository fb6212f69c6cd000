import type { Portal, SignInOption } from '../content/schema';
import type { Lookup } from './lookup';

/**
 * The sign-in option of a portal for one credential: the first option whose `with` lists
 * it, else the catch-all. Follows `signInLike` (BWE signs in like milConnect).
 */
export function signInOption(portal: Portal, credential: string, ix: Lookup): { option?: SignInOption; owner: Portal } {
  let owner = portal;
  const seen = new Set<string>();
  while (owner.signInLike && !seen.has(owner.id)) {
    seen.add(owner.id);
    const next = ix.portals.get(owner.signInLike);
    if (!next) break;
    owner = next;
  }
  const options = owner.signIn ?? [];
  const option = options.find((o) => o.with?.includes(credential)) ?? options.find((o) => !o.with);
  return { ...(option ? { option } : {}), owner };
}
