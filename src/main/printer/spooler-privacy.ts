import { describeExecError, type Exec } from './exec';

/**
 * CUPS keeps a copy of every printed document for a day by default (PreserveJobFiles 86400):
 * here, each visitor's checklist — task, place, who they are, their sign-in. The set-up
 * (.ci/cups.sh, docs/operators.md) turns that off; at startup main reads the spooler's
 * settings with `cupsctl` and warns staff when documents are still kept.
 */
export interface SpoolerPrivacy {
  /** Document files kept after printing: false only for "No"/0. Undefined: could not tell. */
  keepsFiles: boolean | undefined;
  /** Raw values as cupsctl printed them (absent: CUPS's default). */
  preserveJobFiles?: string;
  preserveJobHistory?: string;
}

/** Parses `cupsctl` output: one `Name=value` per line. */
export function parseCupsctl(stdout: string): SpoolerPrivacy {
  const values = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const m = /^\s*([A-Za-z_]+)=(.*)$/.exec(line);
    if (m?.[1]) values.set(m[1].toLowerCase(), (m[2] ?? '').trim());
  }
  const files = values.get('preservejobfiles');
  const history = values.get('preservejobhistory');
  // Absent means CUPS's default, which keeps files for 86400 s.
  const keepsFiles = files === undefined ? true : !/^(no|off|false|0)$/i.test(files);
  return { keepsFiles, ...(files !== undefined ? { preserveJobFiles: files } : {}), ...(history !== undefined ? { preserveJobHistory: history } : {}) };
}

export async function checkSpoolerPrivacy(exec: Exec, env?: Record<string, string>): Promise<{ ok: boolean; message: string }> {
  const run = await exec('cupsctl', [], { timeoutMs: 5_000, ...(env ? { env } : {}) });
  if (!run.ok) return { ok: false, message: `could not read the spooler settings (${describeExecError(run.error)}): check that CUPS does not keep printed checklists (PreserveJobFiles No)` };
  if (run.value.code !== 0) return { ok: false, message: `cupsctl exited ${run.value.code} (${run.value.stderr.trim()}): check that CUPS does not keep printed checklists (PreserveJobFiles No)` };
  const p = parseCupsctl(run.value.stdout);
  if (p.keepsFiles) {
    return {
      ok: false,
      message: `the print spooler keeps a copy of every printed checklist (PreserveJobFiles ${p.preserveJobFiles ?? 'not set: CUPS default, one day'}); run: cupsctl PreserveJobFiles=No PreserveJobHistory=300 (see docs/operators.md)`,
    };
  }
  return { ok: true, message: `print spooler keeps no printed documents (PreserveJobFiles ${p.preserveJobFiles}, PreserveJobHistory ${p.preserveJobHistory ?? 'default'})` };
}
