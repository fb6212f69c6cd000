import { err, ok, type Result } from '../../shared/result';
import type { PrinterList, PrinterListError, PrinterQueue } from '../../shared/staff/contract';
import { describeExecError, type Exec } from '../printer/exec';
import { isValidQueueName } from '../printer/lp';
import { parseQueueStatus, parseSchedulerDown } from '../printer/lpstat';

/**
 * The printer queues this computer has, for the staff panel's printer choice: names from
 * `lpstat -e`, each one's state from `lpstat -p -a`, the system default from `lpstat -d`.
 * A scheduler that is down says so (lpstat -e alone prints nothing and exits 0 then).
 */

/** `lpstat -e`: one destination name per line (instances like "Q/copy" are left out). */
export function parseDestinations(stdout: string): string[] {
  return [...new Set(stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '' && isValidQueueName(l)))];
}

/** `lpstat -d`: "system default destination: KioskPDF" or "no system default destination". */
export function parseDefaultDestination(stdout: string): string | undefined {
  return /system default destination:\s*(\S+)/.exec(stdout)?.[1];
}

export async function listPrinterQueues(exec: Exec, current: string | null, env?: Record<string, string>): Promise<Result<PrinterList, PrinterListError>> {
  const opts = { timeoutMs: 5_000, ...(env ? { env } : {}) };
  const sched = await exec('lpstat', ['-r'], opts);
  if (!sched.ok) {
    return err({ type: sched.error.type === 'not-found' ? 'spooler-down' : 'query-failed', detail: `lpstat: ${describeExecError(sched.error)}` });
  }
  if (parseSchedulerDown(sched.value.stdout)) return err({ type: 'spooler-down', detail: 'the CUPS scheduler is not running' });

  const names = await exec('lpstat', ['-e'], opts);
  if (!names.ok) return err({ type: 'query-failed', detail: `lpstat -e: ${describeExecError(names.error)}` });
  const queues = parseDestinations(names.value.stdout);
  if (queues.length === 0) return ok({ queues: [], current });

  // Without names, -p and -a list every queue (a name list would fail whole on one bad name).
  const states = await exec('lpstat', ['-p', '-a', '-d'], opts);
  const text = states.ok ? states.value.stdout : '';
  const systemDefault = parseDefaultDestination(text);
  const list: PrinterQueue[] = queues.map((name) => {
    const status = parseQueueStatus(text, name);
    return {
      name,
      enabled: status?.enabled ?? false,
      accepting: status?.accepting ?? false,
      ...(status?.reason ? { reason: status.reason } : status ? {} : { reason: 'state unknown' }),
      isDefault: name === systemDefault,
    };
  });
  return ok({ queues: list, current });
}
