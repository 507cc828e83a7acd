import { test, expect } from '@playwright/test';

test("the session page's link opens the presenter view already presenting, with no trainer's notes on the slides", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('sessions/');
  await page.locator('main h2 a').first().click();
  await expect(page.getByText('For the trainer:').first()).toBeVisible(); // the session page itself keeps them
  await page.getByRole('link', { name: 'Open the presenter view' }).click();
  const slides = page.locator('[data-walkthrough="slide"]');
  await expect(slides).toHaveAttribute('data-presenting', '');
  await expect(page.getByRole('button', { name: 'Presenter view' })).toHaveAttribute('aria-pressed', 'true');
  const box = (await slides.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(1270);
  expect(box.height).toBeGreaterThanOrEqual(790);
  await expect(page.locator('[data-walkthrough="slide"] > * > [data-walkthrough-item]').filter({ visible: true })).toHaveCount(1);
  // Notes are for the trainer's own screen: no slide carries them.
  await expect(page.getByText('For the trainer:')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Trainer’s notes in a second window' })).toBeVisible();
});
