import { describe, expect, it } from 'vitest';
import { FALLBACK_HELP_LINES } from '../../src/renderer/src/lib/fallback-help';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The out-of-service screen's built-in help lines are copies of content: they must not drift apart. */
describe('out-of-service help lines', () => {
  const helpLines = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/help-lines.json'), 'utf8')) as { id: string; phone: string }[];
  it.each(FALLBACK_HELP_LINES.map((h) => [h.id, h]))('%s has the number help-lines.json has', (_id, h) => {
    const line = helpLines.find((x) => x.id === h.id);
    expect(line, `help-lines.json has no "${h.id}"`).toBeDefined();
    expect(h.phone).toBe(line!.phone);
  });
  it('covers both regions and sign-in help', () => {
    expect(FALLBACK_HELP_LINES.map((h) => h.id).sort()).toEqual(['dmdc', 'humana-military', 'triwest']);
  });
});
