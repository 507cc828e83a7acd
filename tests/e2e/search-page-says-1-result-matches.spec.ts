import { test, expect as baseExpect } from '@playwright/test';

// Search loads Pagefind on first use; on a busy machine the first results can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });

test('a single result reads "1 provision matches"', async ({ page }) => {
  await page.goto('search/?q=incest');
  await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText('1 provision matches “incest”.');
});
