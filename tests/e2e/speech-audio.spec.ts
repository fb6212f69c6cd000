import { expect, test, type Page } from '@playwright/test';
import { expectScreen, label, open, snapshot } from './kiosk';
import { clearSpoken, installFakeSpeech, spoken, type Spoken } from './speech-fake';

/**
 * Audio mode in the browser build, with a stand-in for the browser's speechSynthesis
 * (headless Chromium has no voices): started by the A key, each screen read when it
 * appears, the control moved to named, speech cut off when the visitor acts, the controls
 * (keys and buttons), local voices only, and audio ending with the session.
 */
const texts = (s: Spoken[]) => s.map((x) => x.text);
const heard = async (page: Page) => texts(await spoken(page)).join(' ');

async function waitForSpeech(page: Page, text: string): Promise<void> {
  await expect.poll(() => heard(page), { timeout: 10_000 }).toContain(text);
}

test('the welcome screen says how to start audio; A starts it and reads the screen in both languages, local voices only', async ({ page }) => {
  await installFakeSpeech(page);
  await open(page);
  await expect(page.getByTestId('audio-hint')).toContainText(label.ui('attract.audio'));
  await expect(page.getByTestId('audio-hint')).toContainText(label.ui('attract.audio', 'es'));
  await page.keyboard.press('a');
  await waitForSpeech(page, label.ui('attract.title', 'es'));
  const all = await spoken(page);
  expect(all[0]!.text).toBe(label.ui('audio.on'));
  expect(texts(all)).toContain(`${label.ui('attract.title')}.`);
  expect(all.find((s) => s.text.startsWith(label.ui('attract.title', 'es')))!.voice).toBe('Local Spanish');
  expect(all.every((s) => s.voice === 'Local English' || s.voice === 'Local Spanish')).toBe(true);
  expect((await snapshot(page)).context.prefs).toMatchObject({ audio: true });
  await expect(page.getByTestId('audio-toggle')).toHaveAttribute('aria-pressed', 'true');
});

test('each screen is read when it appears; the control moved to is named; acting cuts the speech off', async ({ page }) => {
  await installFakeSpeech(page, 60);
  await open(page);
  await page.keyboard.press('a');
  await waitForSpeech(page, label.ui('attract.lead'));
  await page.keyboard.press('Tab');
  await waitForSpeech(page, `${label.ui('attract.start')} ${label.ui('attract.inLanguage')}`);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'task');
  await waitForSpeech(page, label.task('referral'));
  const task = await spoken(page);
  const title = task.findIndex((s) => s.text === `${label.ui('task.title')}`);
  expect(title).toBeGreaterThan(0);
  expect(task[title + 1]!.text).toBe('Step 1 of 4.');
  // The attract read-out was cut off when Enter was pressed, not left to finish.
  expect(task.slice(0, title).some((s) => s.interrupted)).toBe(true);

  // Moving names the choice (label and hint, as the button shows them).
  // (The choices are one Tab stop, the arrow keys move inside them.)
  await clearSpoken(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await waitForSpeech(page, label.task('enroll-change'));
  await page.keyboard.press('Enter');
  await expectScreen(page, 'region');
  await waitForSpeech(page, 'Letters: A, C, D');
  // Read once, from the top: the question, then its step.
  const region = texts(await spoken(page));
  expect(region.filter((t) => t === label.ui('region.title'))).toHaveLength(1);
  expect(region[region.indexOf(label.ui('region.title')) + 1]).toBe('Step 2 of 4.');
});

test('Repeat, Pause, slower and faster, by key and by button', async ({ page }) => {
  // Long enough utterances that the screen is still being read while the keys are pressed.
  await installFakeSpeech(page, 400);
  await open(page);
  await page.keyboard.press('a');
  // Audio mode has started (and placed its focus) before the test moves focus itself.
  await waitForSpeech(page, label.ui('audio.on'));
  await page.getByTestId('start-en').focus();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'task');
  await waitForSpeech(page, label.task('referral'));

  await clearSpoken(page);
  await page.keyboard.press('-');
  await waitForSpeech(page, 'Speed 75 percent.');
  await expect(page.getByTestId('audio-rate')).toHaveText('75%');
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(2);
  expect((await spoken(page)).slice(1).every((s) => s.rate === 0.75)).toBe(true);

  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await waitForSpeech(page, 'Speed 125 percent.');

  await page.keyboard.press('p');
  await expect(page.getByTestId('audio-pause')).toHaveAccessibleName(label.ui('audio.resume'));
  await clearSpoken(page);
  await page.waitForTimeout(300);
  expect(await spoken(page)).toEqual([]);
  await page.keyboard.press('p');
  await expect(page.getByTestId('audio-pause')).toHaveAccessibleName(label.ui('audio.pause'));
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);

  await clearSpoken(page);
  await page.keyboard.press('r');
  await waitForSpeech(page, label.ui('task.title'));
  expect((await spoken(page))[0]!.text).toBe(label.ui('task.title'));

  await clearSpoken(page);
  await page.keyboard.press('h');
  await waitForSpeech(page, 'arrow keys');

  // The same controls as buttons on screen, each named for a screen reader too.
  for (const k of ['repeat', 'pause', 'slower', 'faster', 'help']) await expect(page.getByTestId(`audio-${k}`)).toBeVisible();
  await clearSpoken(page);
  await page.getByTestId('audio-repeat').click();
  await waitForSpeech(page, label.ui('task.title'));
});

test('a letter reads just its states; Spanish is read with the Spanish voice', async ({ page }) => {
  await installFakeSpeech(page, 20);
  await open(page);
  await page.keyboard.press('a');
  // Audio mode has started (and placed its focus) before the test moves focus itself.
  await waitForSpeech(page, label.ui('audio.on'));
  await page.getByTestId('start-es').focus();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'task');
  await waitForSpeech(page, label.ui('task.title', 'es'));
  expect((await spoken(page)).filter((s) => s.text.startsWith('¿')).every((s) => s.voice === 'Local Spanish')).toBe(true);
  await page.getByTestId('choice-referral').focus();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'region');
  await waitForSpeech(page, label.ui('region.title', 'es'));
  await clearSpoken(page);
  await page.getByTestId('letter-C').focus();
  await page.keyboard.press('Enter');
  await waitForSpeech(page, 'Estados que empiezan con C.');
  await waitForSpeech(page, label.state('CA', 'es'));
  const after = texts(await spoken(page));
  expect(after.some((t) => t.startsWith(label.ui('region.title', 'es')))).toBe(false);
});

test('audio mode ends with the session: the idle time-out turns it off and the next visitor hears nothing', async ({ page }) => {
  test.setTimeout(90_000);
  await installFakeSpeech(page, 20);
  await open(page, { idle: 1, warning: 20 });
  await page.keyboard.press('a');
  // Audio mode has started (and placed its focus) before the test moves focus itself.
  await waitForSpeech(page, label.ui('audio.on'));
  await page.getByTestId('start-en').focus();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'task');
  await waitForSpeech(page, label.ui('idle.title'));
  await waitForSpeech(page, `${label.ui('idle.lead')} 20 ${label.ui('idle.unit')}`);
  await expect(page.locator('.app')).toHaveAttribute('data-screen', 'attract', { timeout: 30_000 });
  await expect.poll(async () => (await snapshot(page)).context.prefs, { timeout: 30_000 }).toMatchObject({ audio: false });
  await clearSpoken(page);
  await page.waitForTimeout(500);
  expect(await spoken(page)).toEqual([]);
});

test('A turns audio off again, saying so; without any voice the button says audio is not available', async ({ page }) => {
  await installFakeSpeech(page, 20);
  await open(page);
  await page.keyboard.press('a');
  await waitForSpeech(page, label.ui('attract.title'));
  await page.keyboard.press('a');
  await waitForSpeech(page, label.ui('audio.off'));
  expect((await snapshot(page)).context.prefs).toMatchObject({ audio: false });

  const other = await page.context().newPage();
  await open(other); // no stand-in: headless Chromium has no voices, and the web build has no main process
  await other.keyboard.press('a');
  await expect(other.getByTestId('audio-unavailable')).toHaveText(label.ui('audio.unavailable'));
  expect((await snapshot(other)).context.prefs).toMatchObject({ audio: false });
});
