import { test } from '@playwright/test';
import { open, shoot } from './kiosk';
import { enterStaff, openTab } from './staff-kit';

test('look', async ({ page }) => {
  await open(page, { staffPin: '246810' });
  await enterStaff(page);
  for (const tab of ['printer', 'kiosk', 'usage', 'content', 'log', 'app'] as const) {
    await openTab(page, tab);
    await page.waitForTimeout(400);
    await shoot(page, `look-${tab}`);
  }
});
