import { test, expect as baseExpect } from '@playwright/test';
import { options, typeSearch } from './search-helpers.ts';

const expect = baseExpect.configure({ timeout: 20_000 });

test('"2018 strategy discussion" on the search page lists Working Together 2018 first, and still finds other editions', async ({ page }) => {
  await page.goto('search/?q=2018+strategy+discussion');
  const meta = page.getByRole('main').locator('.search-result__meta');
  await expect(meta.first()).toContainText('Working Together 2018');
  await expect(page.locator('[data-search-summary]')).toContainText('Working Together 2018 first, as the query names it.');
  const editions = (await meta.allTextContents()).map((m) => /Working Together (\d{4})/.exec(m)?.[1]);
  const firstOther = editions.findIndex((e) => e !== '2018');
  expect(firstOther).toBeGreaterThan(0);
  expect(editions.slice(firstOther)).not.toContain('2018');
});

test('"WT2010 conference" in the header box puts 2010 results first', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'WT2010 conference');
  await expect(options(page).first()).toContainText('Working Together 2010');
});
