import { test, expect as baseExpect } from '@playwright/test';

// Search loads Pagefind on first use; on a busy machine the first results can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });

test('"initial child protection conference timescale" finds when the initial conference is held', async ({ page }) => {
  await page.goto('search/?q=initial+child+protection+conference+timescale&edition=in-force');
  const link = page.getByRole('main').getByRole('link', { name: /When the initial conference is held/ });
  await expect(link.first()).toBeVisible();
  await expect(page.locator('[data-search-summary]')).not.toContainText('No result holds all');
});

test('"within 15 working days" finds provisions that set that timescale', async ({ page }) => {
  await page.goto('search/?q=within+15+working+days&edition=in-force');
  await expect(page.getByRole('main').getByRole('link', { name: /When the initial conference is held/ }).first()).toBeVisible();
});
