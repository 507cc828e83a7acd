import { test, expect as baseExpect } from '@playwright/test';
import { seeAll, typeSearch } from './search-helpers.ts';

const expect = baseExpect.configure({ timeout: 20_000 });

test('on the search page the 31st result is reached by keyboard, and the count is announced', async ({ page }) => {
  await page.goto('search/?q=LSCB');
  const items = page.locator('[data-search-list] > li');
  await expect(items).toHaveCount(30);
  const summary = page.getByRole('status').filter({ hasText: 'results match' });
  await expect(summary).toContainText('showing 1 to 30');
  // From the 30th result, Tab reaches the button and Enter adds the next results.
  await items.nth(29).getByRole('link').focus();
  await page.keyboard.press('Tab');
  const more = page.getByRole('button', { name: 'Show 30 more results' });
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(60);
  await expect(items.nth(30).getByRole('link')).toBeFocused();
  await expect(page.locator('[data-search-summary]')).toHaveText(/^Showing 1 to 60 of \d+ results\.$/);
});

test('in the header box the last option opens every result on the search page', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'LSCB');
  const all = seeAll(page);
  await expect(all).toBeVisible();
  await page.keyboard.press('ArrowUp'); // from the box, Up goes to the last option
  await expect(all).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=LSCB/);
  await expect(page.locator('[data-search-list] > li')).toHaveCount(30);
});
