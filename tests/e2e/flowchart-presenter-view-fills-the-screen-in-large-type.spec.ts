import { test, expect } from '@playwright/test';

const CHART = 'flowcharts/2018/referral/';

test('presenter view fills the screen with the chart and the current step in large type, and Escape leaves it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${CHART}#step-2`);
  const present = page.getByRole('button', { name: 'Presenter view' });
  await present.click();
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  const walkthrough = page.locator('[data-walkthrough]');
  await expect(walkthrough).toHaveAttribute('data-presenting', '');
  const box = (await walkthrough.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(1270);
  expect(box.height).toBeGreaterThanOrEqual(710);
  // Only the current step shows beside the chart, in type legible from the back of a room.
  await expect(page.locator('[data-walkthrough-item]:visible')).toHaveCount(1);
  const size = await page.locator('#step-2 .flowchart-step__title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);
  // The chart's box fills the screen below the bar; the current step's box is on screen.
  const canvas = (await page.locator('[data-walkthrough-canvas]').boundingBox())!;
  expect(canvas.y + canvas.height).toBeGreaterThanOrEqual(720 * 0.95);
  await expect(page.locator('svg [data-step="2"]')).toBeInViewport();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#step-3')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(walkthrough).not.toHaveAttribute('data-presenting', '');
  await expect(present).toHaveAttribute('aria-pressed', 'false');
});
