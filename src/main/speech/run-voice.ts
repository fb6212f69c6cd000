import { spawn } from 'node:child_process';
import { err, ok, type Result } from '../../shared/result';

/**
 * Runs a speech program with an argument array (never a shell string), the text on its
 * standard input, and its audio collected from standard output as bytes. Bounded in time and
 * in size, so a stuck or runaway engine cannot hold the kiosk or fill its memory. Never throws.
 */
export type VoiceRunError =
  | { type: 'not-found'; command: string }
  | { type: 'timeout'; command: string; ms: number }
  | { type: 'too-large'; command: string; maxBytes: number }
  | { type: 'failed'; command: string; code: number | null; stderr: string }
  | { type: 'spawn-failed'; command: string; message: string };

export interface VoiceRunOptions {
  stdin: string;
  timeoutMs: number;
  maxBytes: number;
}

export type RunVoice = (command: string, args: readonly string[], options: VoiceRunOptions) => Promise<Result<Uint8Array, VoiceRunError>>;

export const runVoice: RunVoice = (command, args, { stdin, timeoutMs, maxBytes }) =>
  new Promise((resolve) => {
    let settled = false;
    const finish = (r: Result<Uint8Array, VoiceRunError>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, [...args], { shell: false, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    } catch (e) {
      resolve(err({ type: 'spawn-failed', command, message: (e as Error).message }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(err({ type: 'timeout', command, ms: timeoutMs }));
    }, timeoutMs);
    child.stdout?.on('data', (b: Buffer) => {
      size += b.length;
      if (size > maxBytes) {
        child.kill('SIGKILL');
        finish(err({ type: 'too-large', command, maxBytes }));
        return;
      }
      chunks.push(b);
    });
    child.stderr?.on('data', (b: Buffer) => {
      if (stderr.length < 2000) stderr += b.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      finish(err(e.code === 'ENOENT' ? { type: 'not-found', command } : { type: 'spawn-failed', command, message: e.message })),
    );
    child.on('close', (code) => {
      if (code !== 0) finish(err({ type: 'failed', command, code, stderr: stderr.trim() }));
      else finish(ok(new Uint8Array(Buffer.concat(chunks))));
    });
    child.stdin?.on('error', () => {});
    child.stdin?.end(stdin, 'utf8');
  });

export function describeVoiceRunError(e: VoiceRunError): string {
  switch (e.type) {
    case 'not-found':
      return `${e.command}: not installed`;
    case 'timeout':
      return `${e.command}: no audio within ${e.ms} ms`;
    case 'too-large':
      return `${e.command}: more than ${e.maxBytes} bytes of audio`;
    case 'failed':
      return `${e.command}: exit ${e.code ?? 'signal'}${e.stderr ? ` (${e.stderr.slice(0, 200)})` : ''}`;
    case 'spawn-failed':
      return `${e.command}: ${e.message}`;
  }
}
