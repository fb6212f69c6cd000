// Tap timing. An init script (before any page script) puts a capturing pointerdown listener on
// window, ahead of the app's own, and a MutationObserver on the document. The harness arms it
// with what the tap should produce (a different screen, or a button that appears), sends real
// input through CDP (Input.dispatchMouseEvent / dispatchTouchEvent: the browser's input path,
// hit testing, pointer and click events), and the page records:
//   down   pointerdown reaching the page (performance.now() in the first listener)
//   downTs the input event's own timestamp (so queueing behind a busy main thread counts)
//   click  the click event
//   dom    the observer seeing the expected DOM (the app has committed)
//   raf    the next animation frame after that (the brief's "next frame")
//   paint  a message posted from that frame, handled after its style, layout and paint
// Only one tap is armed at a time; nothing accumulates in the page between taps.

/** Runs in the page (passed to context.addInitScript). Keep it self-contained. */
export function tapTimerInPage() {
  if (window.__benchTap) return;
  let armed = null;
  const now = () => performance.now();
  const screenOf = () => document.querySelector('.app')?.getAttribute('data-screen') ?? null;
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (typeof el.checkVisibility !== 'function' || el.checkVisibility());
  };
  const buttonWithText = (text) => {
    for (const b of document.querySelectorAll('button')) if ((b.textContent ?? '').trim().startsWith(text) && visible(b)) return true;
    return false;
  };
  /** One expectation: { screen: true } (another screen with its heading) or { text } (a button). */
  const met1 = (e, before) => {
    if (e.screen) {
      const s = screenOf();
      return s !== null && s !== before && document.querySelector('.app h1') !== null;
    }
    if (e.text) return buttonWithText(e.text);
    return false;
  };
  const met = (a) => (a.expect.any ?? [a.expect]).some((e) => met1(e, a.before));
  const check = () => {
    const a = armed;
    if (!a || a.down === undefined || a.dom !== undefined || !met(a)) return;
    a.dom = now();
    a.after = screenOf();
    requestAnimationFrame(() => {
      a.raf = now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        a.paint = now();
        ch.port1.close();
        a.resolve();
      };
      ch.port2.postMessage(null);
    });
  };
  window.addEventListener(
    'pointerdown',
    (e) => {
      const a = armed;
      if (a && a.down === undefined) {
        a.down = now();
        a.downTs = e.timeStamp;
        a.pointerType = e.pointerType;
      }
    },
    true,
  );
  window.addEventListener(
    'click',
    () => {
      const a = armed;
      if (a && a.down !== undefined && a.click === undefined) a.click = now();
    },
    true,
  );
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const norm = (x) => x.replace(/\s+/g, ' ').trim();
  /**
   * The one visible, usable button labelled `name` (its aria-label, else its text; a choice's
   * hint follows its label after a space), or else the one with `testId`.
   */
  const find = ({ name, exact = false, testId }) => {
    const buttons = [...document.querySelectorAll('button, [role="button"]')].filter((b) => visible(b) && !b.closest('[inert]'));
    const label = (b) => norm(b.getAttribute('aria-label') ?? b.textContent ?? '');
    const named = buttons.filter((b) => (exact ? label(b) === name : label(b) === name || label(b).startsWith(`${name} `)));
    if (named.length === 1) return named[0];
    const tagged = testId ? buttons.filter((b) => b.dataset.testid === testId) : [];
    if (tagged.length === 1) return tagged[0];
    throw new Error(`no single button labelled "${name}"${testId ? ` or with test id "${testId}"` : ''} on screen "${screenOf()}" (${named.length} by label, ${tagged.length} by test id)`);
  };
  window.__benchTap = {
    screen: screenOf,
    /**
     * Finds the target (waiting, frame by frame, up to `waitMs` for it to appear: the app may
     * still be starting), brings it into view, arms the timer; returns where to put the finger.
     */
    async prepare(target, expect, waitMs) {
      const until = now() + waitMs;
      let el;
      for (;;) {
        try {
          el = find(target);
          break;
        } catch (e) {
          if (now() > until) throw e;
          await new Promise((r) => requestAnimationFrame(r));
        }
      }
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      this.arm(expect);
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    arm(expect) {
      const a = { expect, before: screenOf() };
      if (met(a)) throw new Error(`the expected result is on screen before the tap: ${JSON.stringify(expect)}`);
      a.done = new Promise((r) => (a.resolve = r));
      armed = a;
    },
    async result(timeoutMs) {
      const a = armed;
      if (!a) throw new Error('no tap armed');
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
          armed = null;
          reject(new Error(`tap timed out after ${timeoutMs} ms: expected ${JSON.stringify(a.expect)} from screen "${a.before}", now "${screenOf()}", pointerdown ${a.down === undefined ? 'not seen' : 'seen'}, click ${a.click === undefined ? 'not seen' : 'seen'}`));
        }, timeoutMs);
      });
      await Promise.race([a.done, timeout]);
      clearTimeout(timer);
      armed = null;
      const { before, after, down, downTs, click, dom, raf, paint, pointerType } = a;
      return { before, after, down, downTs, click, dom, raf, paint, pointerType };
    },
  };
}

const round = (x) => (x === undefined || x === null ? null : Math.round(x * 1000) / 1000);

/**
 * Taps for one page through CDP. `input` is 'mouse' (Input.dispatchMouseEvent, press and
 * release back to back, no move before: a move first puts the compositor into frame-aligned
 * mode, and the next frame then waits for vsync, 0–16.7 ms of noise that is not the app's)
 * or 'touch' (Input.dispatchTouchEvent start and end: the gesture path a finger takes, where
 * the click comes from the tap gesture, and where frames are vsync-aligned).
 */
export async function createTapper(page, { input = 'mouse', timeoutMs = 15_000 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  return {
    cdp,
    /**
     * Taps the centre of the button `target` ({ name, exact?, testId? }: see find() above);
     * resolves with the timings once `expect` is on screen. Three protocol round trips a
     * tap (find and arm, the input, the result), none of them inside the timed interval.
     */
    async tap(target, expect) {
      // The kiosk ignores presses for a moment after each screen change (its ghost-tap guard,
      // .app[data-armed="false"]): a tap then is not a visitor's, so wait it out, untimed.
      await page.waitForFunction(() => document.querySelector('[data-armed="false"]') === null, null, { timeout: timeoutMs });
      const { x, y } = await page.evaluate(([t, e, w]) => window.__benchTap.prepare(t, e, w), [target, expect, timeoutMs]);
      if (input === 'touch') {
        await Promise.all([
          cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] }),
          cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
        ]);
      } else {
        const ev = { x, y, button: 'left', buttons: 1, clickCount: 1 };
        await Promise.all([
          cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...ev }),
          cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...ev, buttons: 0 }),
        ]);
      }
      const r = await page.evaluate((t) => window.__benchTap.result(t), timeoutMs);
      return {
        before: r.before,
        after: r.after,
        pointerType: r.pointerType,
        downToRaf: round(r.raf - r.down),
        downToDom: round(r.dom - r.down),
        downToPaint: round(r.paint - r.down),
        inputToRaf: round(r.raf - r.downTs),
        clickToRaf: r.click === undefined ? null : round(r.raf - r.click),
      };
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}

/**
 * Taps on several pages take turns, one in flight at a time (so two pages never compete for
 * the CPU during a measured tap), and each page's taps are at least `paceMs` apart: a person
 * takes about a second between taps, which lets the kiosk's once-a-second activity event (and
 * its re-render) happen on every tap, as it would for a visitor.
 */
export function createTurns(paceMs) {
  let chain = Promise.resolve();
  const last = new Map();
  return (key, fn) => {
    const run = chain.then(async () => {
      const wait = (last.get(key) ?? -Infinity) + paceMs - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      try {
        return await fn();
      } finally {
        last.set(key, performance.now());
      }
    });
    chain = run.catch(() => undefined);
    return run;
  };
}
