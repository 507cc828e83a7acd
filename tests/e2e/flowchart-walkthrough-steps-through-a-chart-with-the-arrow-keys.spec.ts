import { test, expect } from '@playwright/test';

/** The chart a trainer walks through (the referral chart). */
const CHART = 'flowcharts/2018/referral/';

test('the right arrow steps through every step, with its guidance beside the chart and its box highlighted', async ({ page }) => {
  await page.goto(CHART);
  const steps = page.locator('[data-walkthrough-item]');
  const n = await steps.count();
  expect(n).toBeGreaterThan(2);
  const status = page.locator('[data-walkthrough-status]');
  for (let i = 1; i <= n; i++) {
    if (i > 1) await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(new RegExp(`^Step ${i} of ${n}: `));
    const current = page.locator(`#step-${i}`);
    await expect(current).toHaveAttribute('aria-current', 'step');
    await expect(current.locator('details')).toHaveAttribute('open', '');
    await expect(current.locator('.step-provision__body').first()).toBeVisible();
    if (i > 1) await expect(current).toBeInViewport();
    await expect(page.locator(`svg [data-step="${i}"]`)).toHaveClass(/is-current/);
    if (i > 1) await expect(page).toHaveURL(new RegExp(`#step-${i}$`));
  }
  await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(status).toHaveText(new RegExp(`^Step ${n - 1} of ${n}`));
  await expect(page.locator(`#step-${n} details`)).not.toHaveAttribute('open', '');
});
