import { err, ok, type Result } from '../result';
import { CHECKED_CONTENT_VERSION, type CheckedContentBundle } from './checked';
import { parseContent, type ContentError } from './load';

/** data/ files (parsed JSON) → the bundle's text, or the content's problems. */
export function checkedContentBundle(files: Record<string, unknown>): Result<string, ContentError[]> {
  const parsed = parseContent(files);
  if (!parsed.ok) return err(parsed.error);
  const bundle: CheckedContentBundle = { checked: CHECKED_CONTENT_VERSION, content: parsed.value };
  return ok(JSON.stringify(bundle));
}

