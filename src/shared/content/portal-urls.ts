/**
 * Portal addresses are shown and QR-encoded exactly as written, so a visitor types or scans
 * what the file says. A written address must therefore be the plain, canonical https address
 * of a host on the allow-list (data/portal-hosts.json): no user name or password before the
 * host (`https://milconnect.dmdc.osd.mil@evil.example`), no IP address or localhost, no port,
 * no non-ASCII or punycode host (a Cyrillic "і" in "mіlconnect"), no `https:host` shorthand,
 * no capitals or other spellings the browser would rewrite.
 *
 * Returns why the address is refused, or undefined when it is fine.
 */
export function portalUrlProblem(written: string, allowedHosts: ReadonlySet<string>): string | undefined {
  let u: URL;
  try {
    u = new URL(written);
  } catch {
    return 'is not an address';
  }
  if (u.protocol !== 'https:') return 'must be an https address';
  if (u.username !== '' || u.password !== '') return 'must not carry a user name or password before the host';
  if (u.port !== '') return 'must not name a port';
  const host = u.hostname;
  if (host.startsWith('[') || /^[\d.]+$/.test(host) || /^0x/i.test(host)) return 'must name a host, not an IP address';
  if (/[^\x21-\x7e]/.test(written)) return 'must be written in plain ASCII (no look-alike letters)';
  if (host.split('.').some((label) => label.startsWith('xn--'))) return 'must not use an internationalized (punycode) host';
  // The browser's own spelling of the address; "https://host" may leave out the final "/".
  const canonical = u.href;
  const bare = u.pathname === '/' && u.search === '' && u.hash === '' ? canonical.slice(0, -1) : undefined;
  if (written !== canonical && written !== bare) return `must be written in canonical form (${bare ?? canonical})`;
  if (!allowedHosts.has(host)) return `host "${host}" is not on the allow-list (portal-hosts.json)`;
  return undefined;
}
