import { test, expect as baseExpect } from '@playwright/test';

// Search loads Pagefind on first use; on a busy machine the first results can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });
import { options, typeSearch } from './search-helpers.ts';

const QUERY = 'initial child protection conference';

test('the typeahead and the search page put the same results first, the edition in force at the top', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, QUERY);
  await expect(options(page).first()).toBeVisible();
  await expect(options(page).first()).toContainText('(in force)');
  const box = await options(page).locator('.site-search__option-title').allTextContents();

  await page.goto(`search/?q=${encodeURIComponent(QUERY)}`);
  const titles = page.getByRole('main').locator('.search-result__title');
  await expect(titles.first()).toBeVisible();
  await expect(page.getByRole('main').locator('.search-result__meta').first()).toContainText('(in force)');
  const onPage = (await titles.allTextContents()).slice(0, box.length);
  expect(onPage).toEqual(box);
});
