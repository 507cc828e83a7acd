import { test, expect } from '@playwright/test';

const CHART = 'flowcharts/2018/referral/';

test('Next and Previous move one step, and say so when there is nowhere further to go', async ({ page }) => {
  await page.goto(CHART);
  const next = page.getByRole('button', { name: 'Next step' });
  const previous = page.getByRole('button', { name: 'Previous step' });
  const status = page.locator('[data-walkthrough-status]');
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await next.click();
  await expect(status).toHaveText(/^Step 2 of \d+/);
  await expect(previous).toHaveAttribute('aria-disabled', 'false');
  await previous.click();
  await expect(status).toHaveText(/^Step 1 of \d+/);
  await expect(previous).toBeFocused();
  const n = await page.locator('[data-walkthrough-item]').count();
  await page.goto(`${CHART}#step-${n}`);
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await next.click({ force: true });
  await expect(status).toHaveText(new RegExp(`^Step ${n} of ${n}`));
});
