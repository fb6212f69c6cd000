import type { Portal, SignInOption } from '../content/schema';
import type { Lookup } from './lookup';

/** The portal whose sign-in options apply: follows `signInLike` (BWE and IDCO sign in like milConnect). */
export function signInOwner(portal: Portal, ix: Lookup): Portal {
  let owner = portal;
  const seen = new Set<string>();
  while (owner.signInLike && !seen.has(owner.id)) {
    seen.add(owner.id);
    const next = ix.portals.get(owner.signInLike);
    if (!next) break;
    owner = next;
  }
  return owner;
}

/**
 * The sign-in option of a portal for one credential: the first option whose `with` lists
 * it, else the catch-all.
 */
export function signInOption(portal: Portal, credential: string, ix: Lookup): { option?: SignInOption; owner: Portal } {
  const owner = signInOwner(portal, ix);
  const options = owner.signIn ?? [];
  const option = options.find((o) => o.with?.includes(credential)) ?? options.find((o) => !o.with);
  return { ...(option ? { option } : {}), owner };
}

/** Whether the option for this portal depends on which credential the visitor has. */
export function signInDependsOnCredential(portal: Portal, ix: Lookup): boolean {
  return (signInOwner(portal, ix).signIn ?? []).some((o) => o.with !== undefined);
}

/** A sign-in option's set-up list (none, one, or several in order). */
export function setupsOf(option: SignInOption | undefined): string[] {
  const s = option?.setup;
  return s === undefined ? [] : typeof s === 'string' ? [s] : s;
}
