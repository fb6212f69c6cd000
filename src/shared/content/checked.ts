import { err, ok, type Result } from '../result';
import type { Content, ContentError } from './load';

// Type-only imports from load.ts: the page reading the bundle must not pull in zod and the
// schemas (checked-bundle.ts, which builds it, does).

/**
 * The web build's content, checked at build time (build/copy-content-plugin.ts): the parsed
 * Content as one JSON file, so the page loads one file and validates nothing at start.
 */
export const CHECKED_CONTENT_FILE = 'content.checked.json';
/** Bumped when the bundle's shape changes; a page refuses a bundle of another version. */
export const CHECKED_CONTENT_VERSION = 1;

export interface CheckedContentBundle {
  checked: typeof CHECKED_CONTENT_VERSION;
  content: Content;
}

/**
 * The bundle as the page reads it. It was validated when it was built, so only its shape is
 * checked here (a truncated or foreign file still gives the out-of-service screen, never a crash).
 */
export function readCheckedContent(raw: unknown): Result<Content, ContentError[]> {
  const problem = (message: string) => err([{ file: CHECKED_CONTENT_FILE, field: '', message }]);
  if (typeof raw !== 'object' || raw === null) return problem('is not a content bundle');
  const b = raw as Partial<CheckedContentBundle>;
  if (b.checked !== CHECKED_CONTENT_VERSION) return problem(`is not a version ${CHECKED_CONTENT_VERSION} content bundle`);
  const c = b.content as Partial<Record<keyof Content, unknown>> | undefined;
  const lists = ['tasks', 'beneficiaries', 'credentials', 'portals', 'helpLines'] as const;
  if (!c || typeof c !== 'object' || lists.some((k) => !Array.isArray(c[k])) || typeof c.ui !== 'object' || typeof c.printText !== 'object' || typeof c.regions !== 'object') {
    return problem('is missing parts of the content');
  }
  return ok(c as Content);
}
