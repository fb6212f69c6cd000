import type { Page } from '@playwright/test';
import { answerAll, expect, expectScreen, open, snapshot, tapState, test } from './kiosk';

/**
 * Ghost taps: a double tap (or a touch panel that reports one tap twice) must not answer a
 * question the visitor never saw. On every screen that moves on at a tap, two touches 150 ms
 * apart at the same spot (touch emulation: Input.dispatchTouchEvent through page.touchscreen)
 * must move on exactly one step, and the second touch must not press whatever the new screen
 * has under the finger.
 */

const A = { task: 'referral', region: 'CA', beneficiary: 'adfm', credential: 'myauth' };

async function doubleTap(page: Page, testId: string): Promise<void> {
  // A visitor looks at a screen before tapping it: let it settle (on a busy 2-core CI machine
  // the first touch could otherwise land while the screen was still laying out).
  await page.waitForTimeout(300);
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not on the screen`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const t0 = Date.now();
  await page.touchscreen.tap(x, y);
  const wait = 150 - (Date.now() - t0);
  if (wait > 0) await page.waitForTimeout(wait);
  await page.touchscreen.tap(x, y);
  // Give a second press every chance to land and move the flow on.
  await page.waitForTimeout(700);
}

interface Case {
  name: string;
  params?: Record<string, string | number>;
  setup: (page: Page) => Promise<void>;
  tap: string;
  /** The one screen the double tap must lead to. */
  then: string;
  check?: (page: Page) => Promise<void>;
}

const answers = async (page: Page) => (await snapshot(page)).context.answers;

const CASES: Case[] = [
  {
    name: 'welcome: "Tap to start" does not also choose a task',
    setup: async () => {},
    tap: 'start-en',
    then: 'task',
    check: async (page) => expect(await answers(page)).toEqual({}),
  },
  {
    name: 'task: one task, and no tap on the state screen',
    setup: async (page) => {
      await page.getByTestId('start-en').click();
      await expectScreen(page, 'task');
    },
    tap: 'choice-referral',
    then: 'region',
    check: async (page) => {
      expect(await answers(page)).toEqual({ task: 'referral' });
      await expect(page.locator('[data-testid^="letter-"][aria-pressed="true"]')).toHaveCount(0);
    },
  },
  {
    name: 'state: one state, no answer to "Who are you?"',
    setup: async (page) => {
      await page.getByTestId('start-en').click();
      await expectScreen(page, 'task');
      await page.getByTestId('choice-referral').click();
      await expectScreen(page, 'region');
      await page.getByTestId('letter-C').click();
    },
    tap: 'state-CA',
    then: 'beneficiary',
    check: async (page) => expect((await answers(page)).beneficiary).toBeUndefined(),
  },
  {
    name: '"Outside the U.S." opens the list without choosing an area',
    setup: async (page) => {
      await page.getByTestId('start-en').click();
      await expectScreen(page, 'task');
      await page.getByTestId('choice-referral').click();
      await expectScreen(page, 'region');
    },
    tap: 'region-overseas',
    then: 'region',
    check: async (page) => {
      expect((await answers(page)).region).toBeUndefined();
      await expect(page.getByTestId('area-eurasia-africa')).toBeVisible();
    },
  },
  {
    name: '"A U.S. territory" opens the list without choosing one',
    setup: async (page) => {
      await page.getByTestId('start-en').click();
      await expectScreen(page, 'task');
      await page.getByTestId('choice-referral').click();
      await expectScreen(page, 'region');
    },
    tap: 'region-territory',
    then: 'region',
    check: async (page) => {
      expect((await answers(page)).region).toBeUndefined();
      await expect(page.getByTestId('territory-PR')).toBeVisible();
    },
  },
  {
    name: 'who are you: one answer, no sign-in chosen',
    setup: async (page) => {
      await page.getByTestId('start-en').click();
      await expectScreen(page, 'task');
      await page.getByTestId('choice-referral').click();
      await expectScreen(page, 'region');
      await tapState(page, 'CA');
      await expectScreen(page, 'beneficiary');
    },
    tap: 'choice-adfm',
    then: 'credential',
    check: async (page) => expect((await answers(page)).credential).toBeUndefined(),
  },
  {
    name: 'sign-in: lands on review and presses nothing there',
    setup: async (page) => {
      await page.getByTestId('start-en').click();
      await expectScreen(page, 'task');
      await page.getByTestId('choice-referral').click();
      await expectScreen(page, 'region');
      await tapState(page, 'CA');
      await expectScreen(page, 'beneficiary');
      await page.getByTestId('choice-adfm').click();
      await expectScreen(page, 'credential');
    },
    tap: 'choice-myauth',
    then: 'review',
  },
  {
    name: 'Back goes back one question, not two',
    setup: async (page) => {
      await page.getByTestId('start-en').click();
      await expectScreen(page, 'task');
      await page.getByTestId('choice-referral').click();
      await expectScreen(page, 'region');
      await tapState(page, 'CA');
      await expectScreen(page, 'beneficiary');
    },
    tap: 'back',
    then: 'region',
  },
  {
    name: 'review: "Show my checklist" does not also print',
    setup: async (page) => answerAll(page, A),
    tap: 'confirm',
    then: 'checklist',
  },
  {
    name: 'Change on review opens that question without answering it',
    setup: async (page) => answerAll(page, A),
    tap: 'edit-task',
    then: 'task',
    check: async (page) => expect((await answers(page)).task).toBe('referral'),
  },
  {
    name: 'Start over asks, and the second touch does not answer the question',
    setup: async (page) => answerAll(page, A),
    tap: 'start-over',
    then: 'review',
    check: async (page) => {
      await expect(page.getByRole('alertdialog')).toBeVisible();
      expect((await answers(page)).task).toBe('referral');
    },
  },
  {
    name: 'Print once: the printing screen is not tapped through',
    params: { printDelay: 3000 },
    setup: async (page) => {
      await answerAll(page, A);
      await page.getByTestId('confirm').click();
      await expectScreen(page, 'checklist');
    },
    tap: 'print',
    then: 'printing',
  },
  {
    name: 'after a failed print, Try again prints once',
    params: { printError: 'timeout', printErrorCount: 1, printDelay: 3000 },
    setup: async (page) => {
      await answerAll(page, A);
      await page.getByTestId('confirm').click();
      await page.getByTestId('print').click();
      await expectScreen(page, 'failed');
    },
    tap: 'retry',
    then: 'printing',
  },
  {
    name: 'Finish after printing does not start a new session',
    setup: async (page) => {
      await answerAll(page, A);
      await page.getByTestId('confirm').click();
      await page.getByTestId('print').click();
      await expectScreen(page, 'printed');
    },
    tap: 'finish',
    then: 'attract',
  },
];

for (const orientation of ['portrait', 'landscape'] as const) {
  test.describe(orientation, () => {
    test.use({ viewport: orientation === 'portrait' ? { width: 1080, height: 1920 } : { width: 1920, height: 1080 }, hasTouch: true });
    for (const c of CASES) {
      test(`double tap: ${c.name}`, async ({ page }) => {
        await open(page, c.params ?? {});
        await c.setup(page);
        await doubleTap(page, c.tap);
        await expectScreen(page, c.then);
        await c.check?.(page);
      });
    }
  });
}
