import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * Helpers for tests that print through the real spooler (.ci/cups.sh sets it up): whether
 * it is there, where cups-pdf writes, reading PDFs back with poppler, and putting the shared
 * queue back the way it was.
 */
export const QUEUE = process.env.KIOSK_PRINT_QUEUE ?? 'KioskPDF';

const C = { ...process.env, LC_ALL: 'C', LANG: 'C' };

function run(cmd: string, args: string[]): { code: number; out: string } {
  const r = spawnSync(cmd, args, { env: C, encoding: 'utf8' });
  if (r.error) return { code: -1, out: r.error.message };
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/** Why printing tests cannot run here, or undefined when they can. */
export function cupsUnavailable(): string | undefined {
  for (const cmd of ['lp', 'lpstat', 'cancel', 'cupsenable', 'cupsdisable', 'cupsaccept', 'cupsreject', 'pdftotext', 'pdfinfo']) {
    if (run('which', [cmd]).code !== 0) return `'${cmd}' is not installed (apt-get install -y cups printer-driver-cups-pdf poppler-utils)`;
  }
  if (!/scheduler is running/.test(run('lpstat', ['-r']).out)) return 'cupsd is not running (run .ci/cups.sh)';
  if (run('lpstat', ['-p', QUEUE]).code !== 0) return `queue ${QUEUE} does not exist (run .ci/cups.sh)`;
  return undefined;
}

/**
 * Skip (with the reason printed) where there is no spooler; in CI, or with
 * KIOSK_REQUIRE_CUPS=1, a missing spooler is a failure instead, so printing is never
 * silently untested there.
 */
export function cupsGate(): { skip: boolean; reason?: string } {
  return printingGate('printing integration tests', cupsUnavailable());
}

/**
 * The one rule for printing tests that may skip: with a reason (undefined = can run), skip
 * and print it; in CI or with KIOSK_REQUIRE_CUPS=1 (which .ci/run sets), throw instead.
 */
export function printingGate(what: string, reason: string | undefined): { skip: boolean; reason?: string } {
  if (!reason) return { skip: false };
  if (process.env.CI || process.env.KIOSK_REQUIRE_CUPS === '1') {
    throw new Error(`${what} must run here but cannot: ${reason}`);
  }
  console.warn(`[skip] ${what}: ${reason}`);
  return { skip: true, reason };
}

/** cups-pdf's `Out` directory for the current user (${HOME} and ${USER} expanded). */
export function cupsPdfOutDir(): string {
  let out = '${HOME}/PDF';
  try {
    const conf = readFileSync('/etc/cups/cups-pdf.conf', 'utf8');
    const m = [...conf.matchAll(/^\s*Out\s+(.+?)\s*$/gm)].pop();
    if (m?.[1]) out = m[1];
  } catch {
    // default above
  }
  return out.replace(/\$\{HOME\}/g, homedir()).replace(/\$\{USER\}/g, userInfo().username);
}

const found = new Set<string>();

/**
 * Deletes the PDFs findPrintedPdf returned, and any cups-pdf wrote for `jobIds` (a failed
 * job can leave an empty one), so test runs don't pile files up in cups-pdf's folder.
 */
export function removePrintedPdfs(jobIds: string[] = []): void {
  for (const f of found) rmSync(f, { force: true });
  found.clear();
  const dir = cupsPdfOutDir();
  const ends = jobIds.map((id) => `-job_${id.split('-').pop()}.pdf`);
  if (ends.length === 0 || !existsSync(dir)) return;
  for (const f of readdirSync(dir)) if (ends.some((e) => f.endsWith(e))) rmSync(join(dir, f), { force: true });
}

/** The PDF cups-pdf wrote for job `<queue>-<n>` (named `<title…>-job_<n>.pdf`), waiting for it to appear. */
export async function findPrintedPdf(jobId: string, since: number, waitMs = 10_000): Promise<string> {
  const n = /-(\d+)$/.exec(jobId)?.[1];
  if (!n) throw new Error(`not a job id: ${jobId}`);
  const dir = cupsPdfOutDir();
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (existsSync(dir)) {
      const hits = readdirSync(dir)
        .filter((f) => f.endsWith(`-job_${n}.pdf`))
        .map((f) => join(dir, f))
        .filter((f) => statSync(f).mtimeMs >= since - 2_000 && statSync(f).size > 0);
      if (hits[0]) {
        found.add(hits[0]);
        return hits[0];
      }
    }
    if (Date.now() > deadline) throw new Error(`no *-job_${n}.pdf in ${dir} after ${waitMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { env: C, encoding: 'utf8' });
}

export function pdfInfo(path: string): { pages: number; widthPt: number; heightPt: number } {
  const info = execFileSync('pdfinfo', [path], { env: C, encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  if (!size || !pages) throw new Error(`pdfinfo: no page size in\n${info}`);
  return { pages: Number(pages[1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}

/** Jobs of the queue that are not finished. */
export function pendingJobIds(queue = QUEUE): string[] {
  return run('lpstat', ['-o', queue])
    .out.split('\n')
    .map((l) => /^(\S+-\d+)\s/.exec(l)?.[1])
    .filter((id): id is string => id !== undefined);
}

export function spool(cmd: 'cupsenable' | 'cupsdisable' | 'cupsaccept' | 'cupsreject', ...args: string[]): void {
  execFileSync(cmd, [...args, QUEUE], { env: C });
}

/** Back to a clean, working queue: no leftover jobs, enabled, accepting. */
export function restoreQueue(): void {
  run('cancel', ['-a', QUEUE]);
  spool('cupsenable');
  spool('cupsaccept');
}

/**
 * Text with whitespace and hyphens removed, so words the PDF wrapped over two lines still
 * match (pdftotext joins "express-" + "scripts" at a line end into "expressscripts").
 */
export function squash(s: string): string {
  return s.replace(/[\s\u00ad-]+/g, '');
}

/** Words with their boxes (pt, origin top-left) from `pdftotext -bbox`. */
export function pdfWords(path: string): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { env: C, encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

/** Where a phrase starts on the page (its first word's box), or undefined. */
export function findPhrase(path: string, phrase: string): { xMin: number; yMin: number; xMax: number; yMax: number } | undefined {
  const want = phrase.split(/\s+/);
  const words = pdfWords(path);
  for (let i = 0; i + want.length <= words.length; i++) {
    if (want.every((w, j) => words[i + j]!.text === w)) return words[i];
  }
  return undefined;
}
