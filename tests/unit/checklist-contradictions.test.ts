import { describe, expect, it } from 'vitest';
import { paperContradictions, visibleLines } from './checklist-contradictions';

const triwest = [{ name: 'TriWest Healthcare Alliance (TRICARE West)', host: 'tricare.triwest.com' }];

describe('paperContradictions (the page as a visitor reads it)', () => {
  it('finds the old checklist\'s "Your sign-in: DS Logon" beside "DS Logon does not sign you in to TriWest"', () => {
    const html = '<h2>How to sign in</h2><p class="yours">Your sign-in: DS Logon</p><ul><li>DS Logon does not sign you in to TriWest.</li></ul>';
    expect(paperContradictions(html, triwest)).toEqual(['tells to use DS Logon and says "DS Logon does not sign you in to TriWest."']);
  });
  it('lets a page say a credential does not work where it tells to use something else', () => {
    const html = '<p>Sign-in: Your own TriWest account.</p><h2>About your DS Logon</h2><ul><li>DS Logon does not sign you in to TriWest.</li></ul>';
    expect(paperContradictions(html, triwest)).toEqual([]);
  });
  it('reads blocks as lines, entities and non-breaking hyphens decoded', () => {
    expect(visibleLines('<p>A &amp; B</p><li>1\u2011800</li>')).toEqual(['A & B', '1-800']);
  });
});
