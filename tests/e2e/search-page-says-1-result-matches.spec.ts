import { test, expect as baseExpect } from '@playwright/test';

// Search loads Pagefind on first use; on a busy machine the first results can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });

// Results are provisions and everything else the site states (glossary, edition facts ...): "results".
test('a single result reads "1 result matches"', async ({ page }) => {
  await page.goto('search/?q=ContactPoint');
  await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText('1 result matches “ContactPoint”.');
});
