import { answerAll, expect, expectScreen, label, open, snapshot, test } from './kiosk';

/**
 * The idle warning, on a kiosk told (by the page address) to warn after 2 s of no touch and
 * to wait the shortest warning the machine allows (20 s, WCAG 2.2.1).
 */
const A = { task: 'referral', region: 'CA', beneficiary: 'adfm', credential: 'myauth' };

test('"I need more time" keeps the answers', async ({ page }) => {
  await open(page, { idle: 2, warning: 20 });
  await answerAll(page, A);
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible({ timeout: 8_000 });
  await expect(dialog.getByRole('heading')).toHaveText(label.ui('idle.title'));
  // The countdown starts at the warning time and runs down.
  const first = Number(await page.getByTestId('countdown').locator('.countdown-n').textContent());
  expect(first).toBeGreaterThanOrEqual(18);
  expect(first).toBeLessThanOrEqual(20);
  await expect(page.getByTestId('countdown').locator('.countdown-n')).not.toHaveText(String(first), { timeout: 3_000 });
  await expect(page.locator('[aria-live="assertive"]')).toContainText(/\d+/);
  await page.getByTestId('more-time').click();
  await expect(dialog).toBeHidden();
  await expectScreen(page, 'review');
  expect((await snapshot(page)).context.answers).toMatchObject({ task: 'referral', region: { kind: 'state', code: 'CA' } });
  // Focus returns to the screen heading.
  await expect(page.locator('main h1')).toBeFocused();
});

test('letting the warning run out returns to the start with nothing left behind', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, { idle: 2, warning: 20 });
  await page.getByTestId('start-es').click();
  await page.getByTestId('contrast').click();
  await page.getByTestId('choice-referral').click();
  await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 8_000 });
  await expectScreen(page, 'region');
  await expect(page.getByRole('alertdialog')).toBeHidden({ timeout: 25_000 });
  await expectScreen(page, 'attract');
  const snap = await snapshot(page);
  expect(snap.value).toBe('attract');
  expect(snap.context.answers).toEqual({});
  expect(snap.context.prefs).toEqual({ lang: 'en', textSize: 0, highContrast: false, audio: false });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
  // No trace of the visitor's choices in the page.
  await expect(page.locator('[aria-current="true"]').filter({ hasText: label.task('referral', 'es') })).toHaveCount(0);
});
