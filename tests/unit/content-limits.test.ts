import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_ERRORS, parseContent } from '../../src/shared/content/load';
import { portalUrlProblem } from '../../src/shared/content/portal-urls';
import { fill } from '../../src/shared/i18n';
import { rawFiles } from './content-fixture';

/** Hostile or badly broken content: the loader answers with a short list, never a crash (probe H1, L7, I2). */
describe('content loader limits', () => {
  it('25,000 empty tasks (about 125,000 issues) give a capped list, not a stack overflow', () => {
    const files = rawFiles();
    files['tasks.json'] = Array.from({ length: 25_000 }, () => ({}));
    const started = Date.now();
    const r = parseContent(files);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toHaveLength(MAX_CONTENT_ERRORS + 1);
    expect(r.error.at(-1)!.message).toMatch(/^and \d+ more problems/);
    const more = Number(/and (\d+) more/.exec(r.error.at(-1)!.message)![1]);
    expect(more + MAX_CONTENT_ERRORS).toBeGreaterThanOrEqual(125_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a 42k-row ZIP table pasted into regions.json states is refused with a capped list', () => {
    const files = rawFiles() as Record<string, any>;
    files['regions.json'].states = Array.from({ length: 42_000 }, (_, i) => ({ zip: String(i).padStart(5, '0'), state: 'CA', city: 'X', county: 'Y' }));
    const r = parseContent(files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeLessThanOrEqual(MAX_CONTENT_ERRORS + 1);
  });

  it('a short list is not capped', () => {
    const files = rawFiles() as Record<string, any>;
    files['tasks.json'][0].label = 5;
    const r = parseContent(files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.every((e) => !/more problems/.test(e.message))).toBe(true);
  });
});

describe('portal addresses are on the host allow-list, in canonical form', () => {
  const allowed = new Set(['milconnect.dmdc.osd.mil', 'www.tricare.mil']);
  it.each([
    'https://milconnect.dmdc.osd.mil',
    'https://milconnect.dmdc.osd.mil/',
    'https://www.tricare.mil/Resources/Logins',
  ])('accepts %s', (url) => expect(portalUrlProblem(url, allowed)).toBeUndefined());

  it.each([
    ['userinfo before the real host', 'https://milconnect.dmdc.osd.mil@evil.example/login', /user name/],
    ['a Cyrillic look-alike letter', 'https://m\u0456lconnect.dmdc.osd.mil', /ASCII|punycode/],
    ['a punycode host', 'https://xn--mlconnect-s7i.dmdc.osd.mil', /punycode/],
    ['https:host without slashes', 'https:milconnect.dmdc.osd.mil', /canonical/],
    ['capitals the browser rewrites', 'https://MilConnect.dmdc.osd.mil', /canonical/],
    ['an IP address', 'https://127.0.0.1/', /IP address/],
    ['an IPv6 address', 'https://[::1]/', /IP address/],
    ['localhost', 'https://localhost/', /allow-list/],
    ['a port', 'https://milconnect.dmdc.osd.mil:8443/', /port/],
    ['a host not on the list', 'https://milconnect.dmdc.osd.mil.evil.example/', /allow-list/],
    ['http', 'http://www.tricare.mil', /https/],
  ])('refuses %s', (_what, url, why) => expect(portalUrlProblem(url, allowed)).toMatch(why));

  it('the real content passes, and a tampered portals.json is refused naming file, item and field', () => {
    expect(parseContent(rawFiles()).ok).toBe(true);
    const files = rawFiles() as Record<string, any>;
    files['portals.json'][0].url = 'https://milconnect.dmdc.osd.mil@evil.example/login';
    const r = parseContent(files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContainEqual(expect.objectContaining({ file: 'portals.json', item: 'milconnect', field: 'url' }));
  });

  it('the allow-list itself is content with sources: a host without one is refused', () => {
    const files = rawFiles() as Record<string, any>;
    delete files['portal-hosts.json'][0].source;
    const r = parseContent(files);
    expect(r.ok).toBe(false);
  });
});

describe('placeholders', () => {
  it('fill() resolves only own keys: {toString} and {constructor} stay as written', () => {
    expect(fill('Checklist {toString} {constructor} {name}', { name: 'x' })).toBe('Checklist {toString} {constructor} x');
  });
});
