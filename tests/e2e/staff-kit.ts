import { expect, type Page } from '@playwright/test';

/** Helpers for the staff-mode browser tests (the web build's fake staff API, ?staffPin=…). */

export const TEST_PIN = '246810';

/** Presses and holds the hidden top-left corner for `ms` (3 s opens staff mode). */
export async function holdCorner(page: Page, ms = 3_300): Promise<void> {
  const box = await page.getByTestId('staff-corner').boundingBox();
  if (!box) throw new Error('no staff corner');
  // Near the very corner: in portrait the language buttons start just below it.
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

export async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.getByTestId(`pin-key-${d}`).click();
}

/** Hold the corner, type the PIN, and wait for the staff panel. */
export async function enterStaff(page: Page, pin = TEST_PIN): Promise<void> {
  await holdCorner(page);
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  await typePin(page, pin);
  await page.getByTestId('pin-enter').click();
  await expect(page.getByTestId('staff-panel')).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

export async function openTab(page: Page, tab: 'printer' | 'kiosk' | 'usage' | 'content' | 'log' | 'app'): Promise<void> {
  await page.getByTestId(`staff-tab-${tab}`).click();
  await expect(page.getByTestId(`staff-body-${tab}`)).toBeVisible();
}

/**
 * Touch targets inside a staff dialog (the kiosk's own measureTargets looks at the visitor
 * screen): every control in view at least 48x48 CSS px and 8 px from the next.
 */
export async function staffTargets(page: Page, scope: string): Promise<{ count: number; tooSmall: string[]; tooClose: string[] }> {
  return page.evaluate((sel) => {
    const root = [...document.querySelectorAll(sel)].pop();
    if (!root) return { count: 0, tooSmall: ['no such dialog'], tooClose: [] };
    const all = [...root.querySelectorAll<HTMLElement>('button, a[href], [role="button"], [tabindex]:not([tabindex="-1"])')];
    // A focusable scroll area holds the controls; it is not a target itself.
    const boxes = all
      .filter((el) => !all.some((other) => other !== el && el.contains(other)) && !el.matches('[role="region"]'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        const clip = el.closest('.staff-body, .assisted-questions, .assisted-checklist, .staff-overlay')?.getBoundingClientRect();
        const visible = !clip || (r.top >= clip.top - 1 && r.bottom <= clip.bottom + 1);
        return { r, name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40), visible };
      })
      .filter((b) => b.visible && b.r.width > 0 && b.r.height > 0);
    const tooSmall = boxes.filter((b) => b.r.width < 48 || b.r.height < 48).map((b) => `${b.name} ${b.r.width.toFixed(0)}x${b.r.height.toFixed(0)}`);
    const tooClose: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const gap = Math.hypot(Math.max(0, b.left - a.right, a.left - b.right), Math.max(0, b.top - a.bottom, a.top - b.bottom));
        if (gap < 7.5) tooClose.push(`${boxes[i]!.name} / ${boxes[j]!.name}: ${gap.toFixed(1)}px`);
      }
    }
    return { count: boxes.length, tooSmall, tooClose };
  }, scope);
}
