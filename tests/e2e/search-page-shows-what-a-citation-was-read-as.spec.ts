import { test, expect } from '@playwright/test';

test('the search page says how it read a citation and lists the cited chapter first', async ({ page }) => {
  await page.goto('search/?q=Chapter+8+Serious+Case+Reviews');
  const summary = page.locator('[data-search-summary]');
  await expect(summary).toContainText('Read as: Working Together (no edition named), chapter 8 ‘Serious Case Reviews’');
  await expect(page.locator('[data-search-list] > li').first().getByRole('link')).toHaveAttribute('href', /\/2010\/chapter-8\/$/);
});
