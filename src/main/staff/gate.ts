import { err, ok } from '../../shared/result';
import type { EnterResult, StaffStatus } from '../../shared/staff/contract';
import { isValidPin } from '../../shared/staff/pin';
import { createPinLimiter, type LimiterState } from '../../shared/staff/rate-limit';
import { createStaffSession, type StaffSession } from '../../shared/staff/session';
import type { StaffLog } from '../staff-log';
import { verifyPin as realVerify } from './pin-hash';

/**
 * The door to staff mode, in main: checks a PIN against the stored hash, makes wrong PINs
 * wait longer each time, and holds the one staff session. The renderer only ever learns
 * "open", "wrong, wait n s" or "no PIN set"; the hash never leaves main.
 */
export interface StaffGate {
  status(): StaffStatus;
  enter(pin: unknown): Promise<EnterResult>;
  exit(): void;
  session: StaffSession;
}

export interface GateDeps {
  /** The stored hash now (it changes when staff set a new PIN). */
  pinHash: () => string | undefined;
  now: () => number;
  log: StaffLog;
  limiterState?: LimiterState;
  onLimiterChange?: (state: LimiterState) => void;
  verify?: (pin: string, hash: string) => Promise<boolean>;
  idleMs?: number;
  maxMs?: number;
}

export function createStaffGate(deps: GateDeps): StaffGate {
  const verify = deps.verify ?? realVerify;
  const limiter = createPinLimiter({
    now: deps.now,
    ...(deps.limiterState ? { initial: deps.limiterState } : {}),
    ...(deps.onLimiterChange ? { onChange: deps.onLimiterChange } : {}),
  });
  const session = createStaffSession({
    now: deps.now,
    ...(deps.idleMs !== undefined ? { idleMs: deps.idleMs } : {}),
    ...(deps.maxMs !== undefined ? { maxMs: deps.maxMs } : {}),
  });
  // One PIN checked at a time: parallel guesses would all pass the limiter before the first failed.
  let checking = false;

  const retryInMs = () => {
    const c = limiter.check();
    return c.allowed ? 0 : c.retryInMs;
  };

  return {
    session,
    status: () => ({
      pinSet: deps.pinHash() !== undefined,
      open: session.isOpen(),
      remainingMs: session.remainingMs(),
      retryInMs: retryInMs(),
    }),
    async enter(pin) {
      const hash = deps.pinHash();
      if (hash === undefined) {
        deps.log('warn', 'staff mode: the PIN pad was used, but no staff PIN is set (set staffPin in the settings file)');
        return err({ type: 'no-pin-set' });
      }
      const allowed = limiter.check();
      if (!allowed.allowed) return err({ type: 'locked', retryInMs: allowed.retryInMs });
      if (checking) return err({ type: 'locked', retryInMs: 1_000 });
      checking = true;
      try {
        const right = typeof pin === 'string' && isValidPin(pin) && (await verify(pin, hash));
        if (right) {
          limiter.succeed();
          session.open();
          deps.log('info', 'staff mode opened');
          return ok({ remainingMs: session.remainingMs() });
        }
        const wait = limiter.fail();
        const { failures } = limiter.state();
        deps.log('warn', `staff mode: wrong PIN (${failures} in a row); the next try waits ${Math.ceil(wait / 1000)} s`);
        return err({ type: 'wrong-pin', retryInMs: wait });
      } finally {
        checking = false;
      }
    },
    exit() {
      if (session.isOpen()) deps.log('info', 'staff mode closed');
      session.close();
    },
  };
}
