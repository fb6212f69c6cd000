import type { Page } from '@playwright/test';
import { PRINT_DEADLINE_MARGIN_MS } from '../../src/shared/machine';
import { answerAll, expect, expectScreen, label, open, snapshot, tapState, test } from './kiosk';

/**
 * Issue #10's flow fixes, driven as a visitor would: Start over asks first and keeps the
 * display settings; the end of a visit clears them; the ZIP must be of the chosen state; a
 * print that never answers ends on the failure screen, with "Back to my checklist"; answers
 * are buttons in a group named by the question; keyboard: one Tab stop per group, arrow keys
 * inside, focus to the first state after a letter, Escape = Back / the safe answer.
 */

const A = { task: 'referral', region: 'CA', beneficiary: 'adfm', credential: 'myauth' };

async function setVisitorPrefs(page: Page): Promise<void> {
  await page.getByTestId('text-size-2').click();
  await page.getByTestId('contrast').click();
}

test.describe('Start over', () => {
  test('asks first; "Keep my answers" changes nothing', async ({ page }) => {
    await open(page);
    await answerAll(page, A);
    await page.getByTestId('start-over').click();
    const dialog = page.getByRole('alertdialog', { name: label.ui('startOver.title') });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(label.ui('startOver.lead'));
    // The screen behind cannot be used while it asks.
    await expect(page.locator('.app')).toHaveAttribute('inert', '');
    await expect(dialog.getByRole('heading')).toBeFocused();
    await dialog.getByTestId('keep-answers').click();
    await expect(dialog).toBeHidden();
    await expectScreen(page, 'review');
    expect((await snapshot(page)).context.answers).toMatchObject({ task: 'referral', credential: 'myauth' });
    // Focus goes back to the button that opened it.
    await expect(page.getByTestId('start-over')).toBeFocused();
  });

  test('"Start over" clears the answers and keeps language, text size and contrast', async ({ page }) => {
    await open(page);
    await page.getByTestId('start-es').click();
    await expectScreen(page, 'task');
    await setVisitorPrefs(page);
    await page.getByTestId('choice-referral').click();
    await expectScreen(page, 'region');
    await page.getByTestId('start-over').click();
    await expect(page.getByRole('alertdialog', { name: label.ui('startOver.title', 'es') })).toBeVisible();
    await page.getByTestId('confirm-start-over').click();
    await expectScreen(page, 'attract');
    const snap = await snapshot(page);
    expect(snap.context.answers).toEqual({});
    expect(snap.context.prefs).toEqual({ lang: 'es', textSize: 2, highContrast: true, audio: false });
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  });

  test('Escape in the question means "Keep my answers"', async ({ page }) => {
    await open(page);
    await answerAll(page, A);
    await page.getByTestId('start-over').click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toBeHidden();
    // Escape answered the dialog only: it did not also go Back.
    await expectScreen(page, 'review');
  });

  test('looks different from Back and sits away from it', async ({ page }) => {
    await open(page);
    await page.getByTestId('start-en').click();
    await expectScreen(page, 'task');
    const back = page.getByTestId('back');
    const over = page.getByTestId('start-over');
    const style = (l: typeof back) =>
      l.evaluate((el) => {
        const cs = getComputedStyle(el);
        return { border: cs.borderTopColor, width: cs.borderTopWidth, bg: cs.backgroundColor, deco: cs.textDecorationLine };
      });
    const [b, o] = [await style(back), await style(over)];
    expect(o.border === b.border && o.bg === b.bg, 'Start over must not look like Back').toBe(false);
    expect(o.deco).toContain('underline');
    await expect(over).toContainText('↺');
    const [bb, ob] = [await back.boundingBox(), await over.boundingBox()];
    expect(ob!.x - (bb!.x + bb!.width)).toBeGreaterThan(300);
  });

  test('after printing, Finish clears the display settings too', async ({ page }) => {
    await open(page);
    await setVisitorPrefs(page);
    await answerAll(page, A);
    await page.getByTestId('confirm').click();
    await page.getByTestId('print').click();
    await expectScreen(page, 'printed');
    await page.getByTestId('finish').click();
    await expectScreen(page, 'attract');
    expect((await snapshot(page)).context.prefs).toEqual({ lang: 'en', textSize: 0, highContrast: false, audio: false });
  });

  test('while printing, the visitor can still leave', async ({ page }) => {
    await open(page, { printDelay: 20_000 });
    await answerAll(page, A);
    await page.getByTestId('confirm').click();
    await page.getByTestId('print').click();
    await expectScreen(page, 'printing');
    await expect(page.getByTestId('back')).toHaveCount(0);
    await page.getByTestId('start-over').click();
    await page.getByTestId('confirm-start-over').click();
    await expectScreen(page, 'attract');
    expect((await snapshot(page)).context.answers).toEqual({});
  });
});

test.describe('printing', () => {
  test('a print that never answers ends on the failure screen at the print time-out', async ({ page }) => {
    await open(page, { printTimeout: 2, printDelay: 30_000 });
    await answerAll(page, A);
    await page.getByTestId('confirm').click();
    await page.getByTestId('print').click();
    await expectScreen(page, 'printing');
    // The deadline is the print time-out (2 s here) plus the machine's margin for main's own answer.
    const started = Date.now();
    await expect(page.locator('.app')).toHaveAttribute('data-screen', 'failed', { timeout: 12_000 });
    expect(Date.now() - started).toBeLessThan(2_000 + PRINT_DEADLINE_MARGIN_MS + 1_500);
    await expect(page.getByTestId('failed-reason')).toHaveText(label.ui('failed.timeout'));
  });

  test('"Back to my checklist" after a failed print', async ({ page }) => {
    await open(page, { printError: 'job-failed' });
    await answerAll(page, A);
    await page.getByTestId('confirm').click();
    await page.getByTestId('print').click();
    await expectScreen(page, 'failed');
    await page.getByTestId('back-to-checklist').click();
    await expectScreen(page, 'checklist');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label.ui('result.title'));
    expect((await snapshot(page)).context.answers).toMatchObject({ task: 'referral', region: { code: 'CA' } });
  });
});

test.describe('ZIP', () => {
  async function toZip(page: Page): Promise<void> {
    await open(page);
    await page.getByTestId('start-en').click();
    await expectScreen(page, 'task');
    await page.getByTestId('choice-referral').click();
    await expectScreen(page, 'region');
    await page.getByTestId('letter-A').click();
    await page.getByTestId('state-AR').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label.ui('zip.title'));
  }
  const type = async (page: Page, digits: string) => {
    for (const d of digits) await page.getByTestId(`key-${d}`).click();
  };

  test('a ZIP of another state is refused, and Continue says why it is off', async ({ page }) => {
    await toZip(page);
    const go = page.getByTestId('zip-continue');
    const reason = page.getByTestId('zip-reason');
    await expect(go).toBeDisabled();
    await expect(reason).toHaveText(label.ui('zip.needFive'));
    await expect(go).toHaveAccessibleName(`${label.ui('zip.continue')}: ${label.ui('zip.needFive')}`);
    await type(page, '9021');
    await expect(reason).toHaveText(label.ui('zip.needFive'));
    await type(page, '0');
    await expect(go).toBeDisabled();
    await expect(reason).toHaveText(label.ui('zip.notInState').replace('{state}', label.state('AR')));
    for (let i = 0; i < 5; i++) await page.getByTestId('key-delete').click();
    await type(page, '72701');
    await expect(reason).toHaveText('');
    await expect(go).toBeEnabled();
    await go.click();
    await expectScreen(page, 'beneficiary');
    expect((await snapshot(page)).context.answers.region).toEqual({ kind: 'state', code: 'AR', zip: '72701' });
  });
});

test.describe('screen readers', () => {
  test('answers are plain buttons in a group named by the question; the earlier answer is aria-current', async ({ page }) => {
    await open(page);
    await page.getByTestId('start-en').click();
    await expectScreen(page, 'task');
    const group = page.getByRole('group', { name: label.ui('task.title') });
    await expect(group).toBeVisible();
    await expect(group.getByRole('button', { name: new RegExp(`^${label.task('referral')}`) })).toBeVisible();
    // "I'm not sure", pinned below the list, is in the same group.
    await expect(group.getByTestId('choice-not-sure')).toBeVisible();
    await expect(page.locator('[data-testid^="choice-"][aria-pressed]')).toHaveCount(0);
    await page.getByTestId('choice-referral').click();
    await expectScreen(page, 'region');
    await page.getByTestId('back').click();
    await expectScreen(page, 'task');
    await expect(page.getByTestId('choice-referral')).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[aria-current="true"]')).toHaveCount(1);
  });

  test('the checklist scrolls as a named, focusable area with the kiosk focus ring', async ({ page }) => {
    await open(page);
    await answerAll(page, A);
    await page.getByTestId('confirm').click();
    await expectScreen(page, 'checklist');
    const area = page.locator('main.screen');
    await expect(area).toHaveAttribute('tabindex', '0');
    await expect(area).toHaveAccessibleName(label.ui('a11y.scrollArea').replace('{title}', label.ui('result.title')));
    // It has focus when the screen appears (named after the heading), and Shift+Tab / Tab come back to it.
    await expect(area).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(area).toBeFocused();
    expect(await area.evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('5px');
    await page.keyboard.press('PageDown');
    await expect.poll(() => area.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // And the bar says there is more below.
    await expect(page.getByTestId('more-page')).toBeVisible();
  });

  test('each screen names itself in the window title', async ({ page }) => {
    await open(page);
    await page.getByTestId('start-en').click();
    await expectScreen(page, 'task');
    await expect(page).toHaveTitle(`${label.ui('task.title')} – ${label.ui('app.name')}`);
    await page.getByTestId('choice-referral').click();
    await expectScreen(page, 'region');
    await expect(page).toHaveTitle(`${label.ui('region.title')} – ${label.ui('app.name')}`);
  });
});

test.describe('keyboard', () => {
  test('the letter strip is one Tab stop with arrow keys; after a letter, focus is on its first state', async ({ page }) => {
    await open(page);
    await page.getByTestId('start-en').click();
    await expectScreen(page, 'task');
    await page.getByTestId('choice-referral').click();
    await expectScreen(page, 'region');
    const letters = page.locator('.letters button');
    await expect(letters.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
    // From the heading, one Tab lands on the strip (its first letter).
    await expect(page.locator('main h1')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('letter-A')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('letter-C')).toBeFocused();
    await page.keyboard.press('End');
    await expect(letters.last()).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('letter-C')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('state-CA')).toBeFocused();
    // The strip keeps C as its Tab stop; inside the states, the arrows move.
    await expect(page.getByTestId('letter-C')).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('state-CO')).toBeFocused();
    await page.keyboard.press('Enter');
    await expectScreen(page, 'beneficiary');
    expect((await snapshot(page)).context.answers.region).toEqual({ kind: 'state', code: 'CO' });
  });

  test('a grid of answers: one Tab stop, Up/Down/Left/Right inside, Tab leaves it', async ({ page }) => {
    await open(page);
    await page.getByTestId('start-en').click();
    await expectScreen(page, 'task');
    const group = page.getByRole('group', { name: label.ui('task.title') });
    await page.keyboard.press('Tab');
    const first = group.locator('.choices button').first();
    await expect(first).toBeFocused();
    const box = async () => (await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON())) as DOMRect;
    const a = await box();
    await page.keyboard.press('ArrowDown');
    const b = await box();
    expect(b.top).toBeGreaterThan(a.bottom - 1);
    expect(Math.abs(b.left - a.left)).toBeLessThan(5);
    await page.keyboard.press('ArrowRight');
    const c = await box();
    expect(c.left).toBeGreaterThan(b.left);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect(first).toBeFocused();
    // Down from the last row reaches "I'm not sure", pinned under the list.
    await page.keyboard.press('End');
    await expect(group.getByTestId('choice-not-sure')).toBeFocused();
    // Tab leaves the group (to the "more" control or the bottom bar), not to the next answer.
    await page.keyboard.press('Tab');
    const inChoices = await page.evaluate(() => !!document.activeElement?.closest('.choices, .answers-pinned'));
    expect(inChoices).toBe(false);
  });

  test('Escape is Back on a question screen, and closes a sub-view first', async ({ page }) => {
    await open(page);
    await page.getByTestId('start-en').click();
    await expectScreen(page, 'task');
    await page.getByTestId('choice-referral').click();
    await expectScreen(page, 'region');
    await page.getByTestId('region-overseas').click();
    await expect(page.getByTestId('area-pacific')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('letter-A')).toBeVisible();
    await expectScreen(page, 'region');
    await page.keyboard.press('Escape');
    await expectScreen(page, 'task');
  });

  test('Escape on the idle warning means "I need more time"', async ({ page }) => {
    await open(page, { idle: 2, warning: 20 });
    await answerAll(page, A);
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 8_000 });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toBeHidden();
    await expectScreen(page, 'review');
    expect((await snapshot(page)).context.answers.task).toBe('referral');
  });
});

test('a long list says how many choices are below and brings them into view', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await page.getByTestId('text-size-2').click();
  await page.getByTestId('start-en').click();
  await expectScreen(page, 'task');
  const more = page.getByTestId('more-down-task-choices');
  await expect(more).toBeVisible();
  const n = Number((await more.textContent())!.match(/\d+/)![0]);
  expect(n).toBeGreaterThan(0);
  await more.click();
  // The first choice that was hidden is now in view and has focus.
  await expect(page.getByTestId('more-up-task-choices')).toBeVisible();
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport({ ratio: 1 });
  // Tapping a state after picking a letter still works at this size (Mississippi was hidden before).
  await page.getByTestId('choice-referral').scrollIntoViewIfNeeded();
  await page.getByTestId('choice-referral').click();
  await expectScreen(page, 'region');
  await tapState(page, 'MS');
  await expectScreen(page, 'beneficiary');
});
