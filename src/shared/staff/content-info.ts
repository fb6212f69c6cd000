import { checkFreshness, countFacts, oldestReview, unconfirmedFacts } from '../content/freshness';
import { formatContentError, type Content } from '../content/load';
import type { ContentLoadResult } from '../ipc';

/**
 * What staff see about the content: which version is loaded, its oldest review date, and
 * the problems the public no longer sees (refused files, stale facts, unconfirmed facts).
 */
export interface ContentInfo {
  ok: boolean;
  /** A fingerprint of the loaded content, to tell two kiosks' content apart. */
  version: string | null;
  oldestReview: string | null;
  facts: number;
  /** Why the content was refused ("file › item › field: message"); empty when it loaded. */
  problems: string[];
  /** Facts not re-checked for more than 12 months. */
  stale: string[];
  /** Facts no source settles (worded cautiously for visitors). */
  unconfirmed: string[];
}

export function contentInfo(result: ContentLoadResult, today: string): ContentInfo {
  if (!result.ok) {
    return { ok: false, version: null, oldestReview: null, facts: 0, problems: result.error.map(formatContentError), stale: [], unconfirmed: [] };
  }
  const content = result.value;
  return {
    ok: true,
    version: contentVersion(content),
    oldestReview: oldestReview(content) || null,
    facts: countFacts(content),
    problems: [],
    stale: checkFreshness(content, today).map(formatContentError),
    unconfirmed: unconfirmedFacts(content).map((f) => `${f.file}${f.item ? ` › ${f.item}` : ''}${f.field ? ` › ${f.field}` : ''}${f.text ? `: ${f.text}` : ''}`),
  };
}

/**
 * A short fingerprint of the content (cyrb53 over its JSON, key order as loaded): the same
 * files give the same version on every kiosk. Not a security hash; it names a version.
 */
export function contentVersion(content: Content): string {
  const text = JSON.stringify(content);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
