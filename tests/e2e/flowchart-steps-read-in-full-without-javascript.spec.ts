import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the chart and every step are shown, and #step-3 highlights step 3', async ({ page }) => {
  await page.goto('flowcharts/2010/referral/#step-3');
  await expect(page.locator('svg.flowchart__svg')).toBeVisible();
  await expect(page.locator('.walkthrough__toolbar')).toBeHidden();
  const steps = page.locator('[data-walkthrough-item]');
  expect(await steps.count()).toBeGreaterThan(2);
  for (const step of await steps.all()) await expect(step).toBeVisible();
  await expect(page.locator('#step-3')).toBeInViewport();
  const highlight = await page.locator('#step-3').evaluate((el) => getComputedStyle(el).backgroundColor);
  const plain = await page.locator('#step-1').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(highlight).not.toBe(plain);
  // Each step's guidance is one click away, in a native disclosure.
  await page.locator('#step-3 summary').click();
  await expect(page.locator('#step-3 .step-provision__body').first()).toBeVisible();
});
