import { test, expect } from '@playwright/test';
import { PAGES } from './pages.ts';

test('a larger text size stays chosen on the next page', async ({ page }) => {
  await page.goto(PAGES.chapter);
  const before = await page.locator('body').evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
  await page.getByText('Display options').click();
  await page.getByRole('radio', { name: 'Large' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  const after = await page.locator('body').evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
  expect(after).toBeGreaterThan(before);
  await page.goto(PAGES.edition);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await page.getByText('Display options').click();
  await expect(page.getByRole('radio', { name: 'Large' })).toBeChecked();
});

test('high visibility stays on across pages and can be turned off', async ({ page }) => {
  await page.goto(PAGES.home);
  await page.getByText('Display options').click();
  await page.getByRole('checkbox', { name: 'High visibility' }).check();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await page.goto(PAGES.chapter);
  await expect(page.locator('html')).toHaveAttribute('data-high-visibility', '');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await page.getByText('Display options').click();
  await page.getByRole('checkbox', { name: 'High visibility' }).uncheck();
  await page.goto(PAGES.home);
  await expect(page.locator('html')).not.toHaveAttribute('data-high-visibility', '');
});
