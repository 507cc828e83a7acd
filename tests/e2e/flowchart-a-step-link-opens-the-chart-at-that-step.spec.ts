import { test, expect } from '@playwright/test';
import { usePageClipboard } from './page-clipboard.ts';

test.beforeEach(async ({ page }) => usePageClipboard(page));

const CHART = 'flowcharts/2018/referral/';
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a link ending #step-3 opens the walkthrough at step 3', async ({ page }) => {
  await page.goto(`${CHART}#step-3`);
  await expect(page.locator('[data-walkthrough-status]')).toHaveText(/^Step 3 of \d+: /);
  await expect(page.locator('#step-3')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('#step-3 details')).toHaveAttribute('open', '');
  await expect(page.locator('svg [data-step="3"]')).toHaveClass(/is-current/);
});

test('Copy link to this step copies the address of the current step', async ({ page }) => {
  await page.goto(CHART);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/.*${CHART}#step-3$`));
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(/^Copied a link to Step 3 of/);
});
