import { test, expect, type Page } from '@playwright/test';

/** The line under the slides that says which slide is showing ("Slide 3 of 12: …"). */
const status = (p: Page) => p.locator('[data-walkthrough-status]').filter({ hasText: /^Slide \d+ of/ });

test("the trainer's notes in a second window follow the slides, and moving there moves the slides", async ({ page, context }) => {
  await page.goto('sessions/');
  const session = (await page.locator('main h2 a').first().getAttribute('href'))!;
  await page.goto(`${session}present/`);
  await expect(page.locator('#slide-1')).toBeVisible();
  const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Trainer’s notes in a second window' }).click()]);
  await expect(notes.locator('#slide-1')).toBeVisible();
  // Moves made while the notes load are not undone: the notes ask where the slides are.
  // (The Next slide button: on slide 2 the arrow keys would step its chart first.)
  await page.getByRole('button', { name: 'Next slide' }).click();
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(status(page)).toHaveText(/^Slide 3 of/);
  await expect(status(notes)).toHaveText(/^Slide 3 of/);
  await expect(notes.locator('#slide-3')).toBeVisible();
  await expect(notes.locator('#slide-3 .session-item__note')).not.toBeEmpty();
  await expect(notes.locator('[data-walkthrough-item]').filter({ visible: true })).toHaveCount(1);
  await notes.getByRole('button', { name: 'Next slide' }).click();
  await expect(status(page)).toHaveText(/^Slide 4 of/);
  await expect(page.locator('#slide-4')).toBeVisible();
  await expect(page.locator('#slide-3')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("the notes page lists every slide's notes in order", async ({ page }) => {
    await page.goto('sessions/');
    const session = (await page.locator('main h2 a').first().getAttribute('href'))!;
    await page.goto(`${session}notes/`);
    const items = page.locator('[data-walkthrough-item]');
    expect(await items.count()).toBeGreaterThan(3);
    for (const item of await items.all()) await expect(item).toBeVisible();
  });
});

test('slides moved on while the notes window is still loading stay where the trainer put them', async ({ page, context }) => {
  await page.goto('sessions/');
  const session = (await page.locator('main h2 a').first().getAttribute('href'))!;
  await page.goto(`${session}present/`);
  let release!: () => void;
  const loaded = new Promise<void>((r) => (release = r));
  // The notes window's page is held back until the trainer has moved the slides on.
  await context.route('**/notes/', async (route) => { await loaded; await route.continue(); });
  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Trainer’s notes in a second window' }).click();
  // (The Next slide button: on slide 2 the arrow keys would step its chart first.)
  await page.getByRole('button', { name: 'Next slide' }).click();
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(status(page)).toHaveText(/^Slide 3 of/);
  release();
  const notes = await opened;
  await expect(status(notes)).toHaveText(/^Slide 3 of/);
  await expect(status(page)).toHaveText(/^Slide 3 of/);
});
