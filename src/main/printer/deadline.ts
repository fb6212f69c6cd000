/** A step that did not finish in time; print-checklist turns it into the 'timeout' outcome. */
export class DeadlineError extends Error {
  readonly ms: number;
  constructor(what: string, ms: number) {
    super(`${what} did not finish within ${ms} ms`);
    this.name = 'DeadlineError';
    this.ms = ms;
  }
}

/**
 * Races `work` against a timer. On time-out `onTimeout` runs (destroy the hidden window,
 * cancel the job) and the promise rejects with DeadlineError; `work` is left to settle on its
 * own, its late result or rejection ignored.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      try {
        onTimeout?.();
      } finally {
        reject(new DeadlineError(what, ms));
      }
    }, ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
