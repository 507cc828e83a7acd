import { test, expect } from '@playwright/test';

test("on a 390 px phone, a slide's chart in presenter view shows its current step, with the step's name on a row of its own", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('sessions/');
  const session = (await page.locator('main h2 a').first().getAttribute('href'))!;
  await page.goto(`${session}present/`);
  const slide = page.locator('.slide[data-current]');
  const next = page.getByRole('button', { name: 'Next slide' });
  for (let i = 0; i < 12 && !(await slide.locator('[data-walkthrough-canvas]').count()); i++) await next.click();
  const canvas = slide.locator('[data-walkthrough-canvas]');
  await expect(canvas).toBeVisible();
  // The chart is drawn large enough to read, so it scrolls in its box: the current step is in view.
  const box = (await canvas.boundingBox())!;
  const step = (await canvas.locator('svg .is-current').boundingBox())!;
  expect(step.x).toBeGreaterThanOrEqual(box.x);
  expect(step.x + step.width).toBeLessThanOrEqual(box.x + box.width);
  expect(step.y).toBeGreaterThanOrEqual(box.y);
  expect(step.y + step.height).toBeLessThanOrEqual(box.y + box.height);
  const status = slide.locator('[data-walkthrough-status]');
  await expect(status).toHaveText(/^Step 1 of \d+/);
  expect((await status.boundingBox())!.width).toBeGreaterThan(390 * 0.7);
  expect(await page.locator('.walkthrough[data-presenting]').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});
