import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a comparison reads in full without JavaScript: counts, every kind, both sides and removals', async ({ page }) => {
  await page.goto('compare/2010/2013/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed from Working Together 2010 to Working Together 2013');
  await expect(page.locator('.compare-counts')).toContainText('Removed');
  for (const kind of ['new', 'changed', 'unchanged', 'removed']) await expect(page.locator(`[data-kind="${kind}"]`).first()).toBeVisible();
  await expect(page.locator('.compare-item__sides').first()).toBeVisible();
  await expect(page.getByRole('form', { name: 'Filter the changes' })).toBeHidden();
});

test('a provision’s history reads in full without JavaScript', async ({ page }) => {
  await page.goto('history/2010/icpc-timing/');
  for (const year of ['2010', '2013', '2015', '2018', '2023', '2026']) await expect(page.getByRole('heading', { level: 2, name: new RegExp(`Working Together ${year}`) })).toBeVisible();
});
