import { test, expect as baseExpect } from '@playwright/test';

// Search loads Pagefind on first use; on a busy machine the first results can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });

test('typing on the search page shows results without pressing Search, and keeps the address in step', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Words, or a paragraph such as WT2010 5.82').pressSequentially('strategy discussion', { delay: 20 });
  await expect(page.getByRole('main').locator('.search-result').first()).toBeVisible();
  await expect(page.locator('[data-search-summary]')).toContainText('match');
  await expect(page).toHaveURL(/[?&]q=strategy\+discussion/);
});
