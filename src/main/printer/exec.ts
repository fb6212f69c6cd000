import { spawn } from 'node:child_process';
import { assertNever, err, ok, type Result } from '../../shared/result';

export interface ExecOutput {
  stdout: string;
  stderr: string;
  /** Exit code; a non-zero code is still an `ok` result: the caller knows what it means. */
  code: number;
}

export type ExecError =
  /** The program is not installed (or not on PATH). */
  | { type: 'not-found'; command: string }
  | { type: 'timeout'; command: string; ms: number }
  | { type: 'spawn-failed'; command: string; message: string }
  /** Ended by a signal other than our timeout. */
  | { type: 'killed'; command: string; signal: string };

export interface ExecOptions {
  /** Bytes written to the program's standard input (then closed). */
  stdin?: Uint8Array;
  timeoutMs?: number;
  /** Extra environment, on top of the process's own (e.g. CUPS_SERVER). */
  env?: Record<string, string>;
}

export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<Result<ExecOutput, ExecError>>;

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Runs a program with an argument array (never a shell string, so nothing in a title or a
 * queue name is ever interpreted), in the C locale so its messages can be parsed, with an
 * optional stdin and a timeout. Never throws.
 */
export const exec: Exec = (command, args, options = {}) =>
  new Promise((resolve) => {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let settled = false;
    const finish = (r: Result<ExecOutput, ExecError>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };

    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, [...args], {
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, ...options.env, LC_ALL: 'C', LANG: 'C' },
      });
    } catch (e) {
      resolve(err({ type: 'spawn-failed', command, message: (e as Error).message }));
      return;
    }

    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => stdout.push(b));
    child.stderr?.on('data', (b: Buffer) => stderr.push(b));

    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(err({ type: 'timeout', command, ms: timeoutMs }));
    }, timeoutMs);

    child.on('error', (e: NodeJS.ErrnoException) => {
      finish(
        err(e.code === 'ENOENT' ? { type: 'not-found', command } : { type: 'spawn-failed', command, message: e.message }),
      );
    });
    child.on('close', (code, signal) => {
      if (code === null) {
        finish(err({ type: 'killed', command, signal: signal ?? 'unknown' }));
        return;
      }
      finish(ok({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), code }));
    });

    // A program that exits without reading all of stdin (lp refusing a job) is not an error here.
    child.stdin?.on('error', () => {});
    if (options.stdin) child.stdin?.end(Buffer.from(options.stdin.buffer, options.stdin.byteOffset, options.stdin.byteLength));
    else child.stdin?.end();
  });

export function describeExecError(e: ExecError): string {
  switch (e.type) {
    case 'not-found':
      return `${e.command}: not installed`;
    case 'timeout':
      return `${e.command}: no answer within ${e.ms} ms`;
    case 'spawn-failed':
      return `${e.command}: ${e.message}`;
    case 'killed':
      return `${e.command}: killed by ${e.signal}`;
    default:
      return assertNever(e);
  }
}
