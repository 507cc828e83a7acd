import { test, expect } from '@playwright/test';

test("the trainer's notes in a second window follow the slides, and moving there moves the slides", async ({ page, context }) => {
  await page.goto('sessions/');
  const session = (await page.locator('main h2 a').first().getAttribute('href'))!;
  await page.goto(`${session}present/`);
  await expect(page.locator('#slide-1')).toBeVisible();
  const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Trainer’s notes in a second window' }).click()]);
  await expect(notes.locator('#slide-1')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(notes.locator('#slide-3')).toBeVisible();
  await expect(notes.locator('#slide-3 .session-item__note')).not.toBeEmpty();
  await expect(notes.locator('[data-walkthrough-item]').filter({ visible: true })).toHaveCount(1);
  await notes.getByRole('button', { name: 'Next slide' }).click();
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
