import { test, expect } from '@playwright/test';

const count = async (page: import('@playwright/test').Page) => {
  await expect(page.locator('[data-search-summary]')).toContainText(/results? match|No results/);
  return page.locator('[data-search-list] > li').count();
};

test('choosing one edition shows only that edition’s provisions', async ({ page }) => {
  await page.goto('search/?q=conference');
  const all = await count(page);
  await page.getByRole('radio', { name: 'Working Together 2010' }).check();
  await expect(page).toHaveURL(/edition=2010/);
  await expect(page.locator('[data-search-list] .search-result__meta').first()).toContainText('Working Together 2010');
  for (const meta of await page.locator('[data-search-list] .search-result__meta').allTextContents()) expect(meta).toContain('Working Together 2010');
  expect(await count(page)).toBeLessThanOrEqual(all);
});

test('"In force only" shows the edition in force, and all editions list the edition in force first', async ({ page }) => {
  await page.goto('search/?q=rapid+review');
  await expect(page.locator('[data-search-list] .search-result__meta').first()).toContainText(/Working Together 2026 \(in force\)/);
  await page.getByRole('radio', { name: /In force only/ }).check();
  await expect(page.locator('[data-search-summary]')).toContainText(/match/);
  for (const meta of await page.locator('[data-search-list] .search-result__meta').allTextContents()) expect(meta).toContain('(in force)');
});
