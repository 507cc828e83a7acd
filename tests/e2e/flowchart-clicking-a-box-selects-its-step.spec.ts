import { test, expect } from '@playwright/test';

test('during a walkthrough, clicking a box selects its step and stays on the page; the step links to its chapter', async ({ page }) => {
  await page.goto('flowcharts/2018/referral/');
  const url = page.url();
  await page.locator('svg [data-step="4"]').click();
  await expect(page).toHaveURL(/#step-4$/);
  expect(page.url().replace(/#.*$/, '')).toBe(url.replace(/#.*$/, ''));
  await expect(page.locator('[data-walkthrough-status]')).toHaveText(/^Step 4 of /);
  await expect(page.locator('svg [data-step="4"]')).toHaveClass(/is-current/);
  const step = page.locator('#step-4');
  await expect(step).toHaveAttribute('aria-current', 'step');
  await expect(step.getByRole('link', { name: /^Read it in its chapter/ }).first()).toBeVisible();
  // By keyboard too: Enter on a focused box.
  await page.getByRole('link', { name: /^Step 2: / }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-walkthrough-status]')).toHaveText(/^Step 2 of /);
});
