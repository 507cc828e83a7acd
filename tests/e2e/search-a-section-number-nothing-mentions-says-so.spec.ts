import { test, expect as baseExpect } from '@playwright/test';

const expect = baseExpect.configure({ timeout: 20_000 });

test('"16LB", which nothing on the site mentions, says so and names the sections beside it that the site describes, without listing them as results', async ({ page }) => {
  await page.goto('search/?q=16LB');
  const summary = page.locator('[data-search-summary]');
  await expect(summary).toHaveText(/Nothing on this site mentions section 16LB/);
  await expect(summary).toContainText('section 16LA of the Children Act 2004');
  await expect(summary).toContainText('section 16LC of the Children Act 2004');
  await expect(page.locator('[data-search-list] > li')).toHaveCount(0);
});
