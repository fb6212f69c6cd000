/**
 * Reads a rendered checklist (the printed HTML) the way a visitor reads it, line by line, and
 * finds a credential the page tells them to use ("Your sign-in: DS Logon", "Sign in with
 * myAuth", "Sign-in: DS Logon …") while another line of the same page says that credential
 * does not work at one of the page's websites ("DS Logon does not sign you in to TriWest").
 * Text-based on purpose: it works on any rendering, old or new, so it can show the old
 * checklist contradicting itself (UX review P1-5). English only: the credential words and
 * negations are English.
 */
const CREDENTIAL_WORDS: Record<string, RegExp> = { myAuth: /\bmyAuth\b/, 'DS Logon': /\bDS Logon\b/, CAC: /\bCAC\b/, myPay: /\bmyPay\b/ };
const NEGATION = /\b(does not|doesn't|do not|don't|cannot|can't|won't|no longer)\b[^.]*\b(work|sign you in|accept)/i;
/** A line that tells the visitor which sign-in to use. */
const INSTRUCTION = /^(your sign-in|sign-in|sign in)\b|\bsign in with\b|\buse (your |a )?(myAuth|DS Logon|CAC|myPay)\b/i;

/** The page's text, one line per block (paragraph, list item, heading). */
export function visibleLines(html: string): string[] {
  return html
    .replace(/<(\/(p|li|h1|h2|h3|figcaption|section|div)|br)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u2011/g, '-')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** How a sentence may name a site: its name, its name's first word ("TriWest", "Humana"), its host. */
function namesOf(site: { name: string; host: string }): string[] {
  const head = site.name.split(' (')[0]!;
  const first = head.split(' ')[0]!;
  return [head, site.host, ...(first.length >= 5 && !GENERIC.has(first) ? [first] : [])];
}
const GENERIC = new Set(['International', 'TRICARE', 'United', 'Express', 'Beneficiary']);

const sentences = (line: string) => line.split(/(?<=[.;!?])\s+/);

/**
 * `sites` are the websites on the page (name and host). Returns "uses X and says X does not work
 * at <site>" for each such pair.
 */
export function paperContradictions(html: string, sites: { name: string; host: string }[]): string[] {
  const lines = visibleLines(html);
  const out: string[] = [];
  for (const [cred, word] of Object.entries(CREDENTIAL_WORDS)) {
    // The part of an instruction line before any negation: "Sign-in: X. X does not…" tells X only if X comes first.
    const told = lines.some((l) => INSTRUCTION.test(l) && sentences(l).some((s) => word.test(s) && !NEGATION.test(s) && INSTRUCTION.test(s)));
    if (!told) continue;
    for (const s of lines.flatMap(sentences)) {
      if (!NEGATION.test(s) || !word.test(s)) continue;
      const site = sites.find((x) => namesOf(x).some((n) => s.includes(n)));
      if (site) out.push(`tells to use ${cred} and says "${s}"`);
    }
  }
  return out;
}
