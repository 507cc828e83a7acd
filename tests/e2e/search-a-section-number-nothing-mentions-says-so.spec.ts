import { test, expect as baseExpect } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 20_000 });

test('"16LB", which nothing on the site mentions, says so instead of showing its neighbours 16L and 16LC', async ({ page }) => {
  await page.goto('search/?q=16LB');
  await expect(page.locator('[data-search-summary]')).toHaveText(/Nothing on this site mentions section 16LB/);
  await expect(page.locator('[data-search-list] > li')).toHaveCount(0);
});
