import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKED_CONTENT_FILE, readCheckedContent } from '../../src/shared/content/checked';
import { checkedContentBundle } from '../../src/shared/content/checked-bundle';
import { CONTENT_FILES, parseContent } from '../../src/shared/content/load';

/** The web build's content bundle: checked at build time, read without validation at start. */
const dataDir = join(import.meta.dirname, '../../data');
const files = () => Object.fromEntries(CONTENT_FILES.map((f) => [f, JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as unknown]));

describe('the checked content bundle', () => {
  it('holds exactly what validating data/ gives', () => {
    const bundle = checkedContentBundle(files());
    if (!bundle.ok) throw new Error('data/ does not validate');
    const parsed = parseContent(files());
    expect(readCheckedContent(JSON.parse(bundle.value))).toEqual(parsed);
  });

  it('is not built from content that does not validate', () => {
    const broken = files();
    (broken['tasks.json'] as { label: unknown }[])[0]!.label = 'not bilingual';
    const bundle = checkedContentBundle(broken);
    expect(bundle.ok).toBe(false);
    if (!bundle.ok) expect(bundle.error[0]).toMatchObject({ file: 'tasks.json' });
  });

  it('a bundle of another version, or with parts missing, is refused with a problem naming the file', () => {
    const good = JSON.parse((checkedContentBundle(files()) as { value: string }).value) as { checked: number; content: Record<string, unknown> };
    const bad: unknown[] = [null, 'x', [], { ...good, checked: 2 }, { checked: 1 }, { checked: 1, content: { ...good.content, tasks: 'none' } }, { checked: 1, content: { ...good.content, ui: undefined } }];
    for (const b of bad) {
      const r = readCheckedContent(b);
      expect(r.ok, JSON.stringify(b)?.slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.error[0]!.file).toBe(CHECKED_CONTENT_FILE);
    }
  });
});
