import { test, expect } from '@playwright/test';

test('Home and End jump to the first and the last step', async ({ page }) => {
  await page.goto('flowcharts/2018/referral/#step-3');
  const n = await page.locator('[data-walkthrough-item]').count();
  const status = page.locator('[data-walkthrough-status]');
  await expect(status).toHaveText(/^Step 3 of /);
  await page.keyboard.press('End');
  await expect(status).toHaveText(new RegExp(`^Step ${n} of ${n}: `));
  await expect(page.locator(`#step-${n}`)).toHaveAttribute('aria-current', 'step');
  await expect(page).toHaveURL(new RegExp(`#step-${n}$`));
  await page.keyboard.press('Home');
  await expect(status).toHaveText(new RegExp(`^Step 1 of ${n}: `));
  await expect(page.locator('svg [data-step="1"]')).toHaveClass(/is-current/);
});
