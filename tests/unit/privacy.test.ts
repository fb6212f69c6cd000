import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { kioskMachine } from '../../src/shared/machine';

/**
 * The kiosk never asks for or keeps names, SSNs, DoD IDs, birth dates or passwords. These
 * checks keep it that way: no free-text fields and no browser storage in the page, and the
 * session holds nothing but the four answers and display preferences.
 */
const root = join(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(tsx?|html)$/.test(n) ? [p] : [];
  });

describe('privacy', () => {
  it('the page has no text fields and uses no browser storage', () => {
    const banned = /<input\b|<textarea\b|contentEditable|localStorage|sessionStorage|indexedDB|document\.cookie|caches\./;
    const hits = sources(join(root, 'src/renderer')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (banned.test(line) ? [`${relative(root, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('a session holds only the answers, preferences and flow state — and nothing after a reset', () => {
    const actor = createActor(kioskMachine, { input: { destinationTasks: ['move'] } }).start();
    expect(Object.keys(actor.getSnapshot().context).sort()).toEqual(
      // assisted, defaultLang and printJob: staff mode's flags and settings, nothing about the visitor.
      ['answers', 'asks', 'assisted', 'defaultLang', 'destinationTasks', 'doneMs', 'editing', 'idleMs', 'prefs', 'printError', 'printJob', 'printing', 'printTimeoutMs', 'warningMs'].sort(),
    );
    actor.send({ type: 'START' });
    actor.send({ type: 'ANSWER', question: 'task', value: 'referral' });
    actor.send({ type: 'ANSWER', question: 'region', value: { kind: 'state', code: 'MO', zip: '63101' } });
    actor.send({ type: 'START_OVER' });
    actor.send({ type: 'CONFIRM_START_OVER' });
    expect(actor.getSnapshot().context.answers).toEqual({});
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('63101');
  });
});
