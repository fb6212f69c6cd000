import { expect, test, type Page } from '@playwright/test';
import type { RegionAnswer } from '../../src/shared/answers';
import { baseLetter } from '../../src/renderer/src/lib/letters';
import { SCENARIOS } from '../integration/fixtures/scenarios';
import { answerAll, button, data, expectScreen, label, open, snapshot } from './kiosk';
import { TEST_PIN, enterStaff } from './staff-kit';

/**
 * The staff-assisted session gives exactly the walk-up flow's checklist for the same answers
 * (one buildPlan, one PlanView): each seed scenario is tapped through both ways and the
 * checklists compared section by section.
 */

/** The checklist's text as a visitor reads it: the line "For: …", every section, the review date. */
async function checklistText(page: Page, scope: string): Promise<string[]> {
  const root = page.locator(`${scope} .plan`);
  await expect(root).toBeVisible();
  return root.locator('.plan-for, .plan-section, .plan-reviewed').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
}

function stateCode(r: RegionAnswer): string {
  if (r.kind !== 'state') throw new Error('seed scenarios are all in states');
  return r.code;
}

/** Opens a question unless it is open already (after an answer the next unanswered one opens by itself). */
async function openQuestion(page: Page, q: string): Promise<void> {
  const opener = page.getByTestId(`assisted-open-${q}`);
  if ((await opener.count()) > 0) await opener.click();
}

/** The seed scenarios answer every question (the walk-up flow skips the ones that change nothing). */
type Answered = Required<Omit<(typeof SCENARIOS)[number]['answers'], 'destination'>> & Pick<(typeof SCENARIOS)[number]['answers'], 'destination'>;
const answered = (a: (typeof SCENARIOS)[number]['answers']): Answered => {
  if (!a.region || !a.beneficiary || !a.credential) throw new Error('a seed scenario answers every question');
  return a as Answered;
};

async function answerAssisted(page: Page, a: Answered): Promise<void> {
  const pick = async (q: 'region' | 'destination', code: string) => {
    const name = data.regions().states.find((s) => s.code === code)!.name.en;
    await openQuestion(page, q);
    await page.getByTestId(`${q}-letter-${baseLetter(name)}`).click();
    await page.getByTestId(`${q}-state-${code}`).click();
  };
  // Not in the walk-up order: staff fill in what the visitor says first.
  await openQuestion(page, 'credential');
  await page.getByTestId(`assisted-credential-${a.credential}`).click();
  await openQuestion(page, 'beneficiary');
  await page.getByTestId(`assisted-beneficiary-${a.beneficiary}`).click();
  await openQuestion(page, 'task');
  await page.getByTestId(`assisted-task-${a.task}`).click();
  await pick('region', stateCode(a.region));
  if (a.destination) await pick('destination', stateCode(a.destination));
}

for (const scenario of SCENARIOS) {
  test(`${scenario.name}: the assisted screen shows the walk-up flow's checklist`, async ({ page }) => {
    const a = answered(scenario.answers);
    await open(page);
    await answerAll(page, {
      task: a.task,
      region: stateCode(a.region),
      ...(a.destination ? { destination: stateCode(a.destination) } : {}),
      beneficiary: a.beneficiary,
      credential: a.credential,
    });
    await button(page, label.ui('review.confirm')).click();
    await expectScreen(page, 'checklist');
    const walkUp = await checklistText(page, '.app');
    expect(walkUp.length).toBeGreaterThan(3);

    await open(page, { staffPin: TEST_PIN });
    await enterStaff(page);
    await page.getByTestId('staff-start-assisted').click();
    await expectScreen(page, 'assisted');
    await expect(page.getByTestId('assisted-waiting')).toBeVisible();
    await answerAssisted(page, a);
    expect((await snapshot(page)).context.answers).toEqual(a);
    expect(await checklistText(page, '.assisted-checklist')).toEqual(walkUp);
  });
}

test('the checklist follows each change in place; a move asks where to', async ({ page }) => {
  await open(page, { staffPin: TEST_PIN });
  await enterStaff(page);
  await page.getByTestId('staff-start-assisted').click();
  await answerAssisted(page, answered(SCENARIOS[0]!.answers)); // referral, California → TriWest
  await expect(page.locator('.assisted-checklist .portal-name').first()).toContainText(label.portal('triwest'));
  await openQuestion(page, 'region');
  await page.getByTestId('region-letter-V').click();
  await page.getByTestId('region-state-VA').click();
  await expect(page.locator('.assisted-checklist .portal-name').first()).toContainText(label.portal('humana'));
  await expect(page.getByTestId('assisted-answer-region')).toContainText(label.state('VA'));
  await expect(page.getByTestId('assisted-destination')).toHaveCount(0);
  await openQuestion(page, 'task');
  await page.getByTestId('assisted-task-move').click();
  // The destination question appears, opens, and the checklist waits for it.
  await expect(page.getByTestId('assisted-destination')).toBeVisible();
  await expect(page.getByTestId('assisted-waiting')).toContainText(label.ui('region.titleDestination'));
});

test('no idle reset while the assisted session is on; prints two copies and the staff copy, then back', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, { staffPin: TEST_PIN, idle: 2, warning: 20 });
  await enterStaff(page);
  await page.getByTestId('staff-start-assisted').click();
  await answerAssisted(page, answered(SCENARIOS[2]!.answers));
  // Well past idle + warning for a walk-up visitor.
  await page.waitForTimeout(2_000 + 20_000 + 1_500);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expectScreen(page, 'assisted');

  await page.getByTestId('assisted-print-two').click();
  await expect(page.getByTestId('assisted-printed')).toBeVisible();
  // Printed, and it stays: staff decide when the session ends.
  await page.waitForTimeout(1_000);
  await page.getByTestId('assisted-back').click();
  await page.getByTestId('assisted-print-staff').click();
  await expect(page.getByTestId('assisted-printed')).toBeVisible();
  await page.getByTestId('assisted-back').click();
  await page.getByTestId('assisted-end').click();
  await expectScreen(page, 'attract');
  const snap = await snapshot(page);
  expect(snap.context.answers).toEqual({});
  expect((snap.context as unknown as { assisted: boolean }).assisted).toBe(false);
});

test('a print failure shows beside the answers, with Try again', async ({ page }) => {
  await open(page, { staffPin: TEST_PIN, printError: 'queue-disabled', printErrorCount: 1 });
  await enterStaff(page);
  await page.getByTestId('staff-start-assisted').click();
  await answerAssisted(page, answered(SCENARIOS[0]!.answers));
  await page.getByTestId('assisted-print').click();
  await expect(page.getByTestId('assisted-failed')).toContainText(label.ui('failed.queueDisabled'));
  await page.getByTestId('assisted-retry').click();
  await expect(page.getByTestId('assisted-printed')).toBeVisible();
});
