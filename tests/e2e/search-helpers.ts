/** Shared steps for the search tests: type into the header search and wait for the listbox. */
import { expect, type Page } from '@playwright/test';

export async function typeSearch(page: Page, text: string, edition = ''): Promise<void> {
  // Before its script attaches the box is a plain search field; focusing it makes it a combobox.
  await page.getByLabel('Search the guidance').click();
  const box = page.getByRole('combobox', { name: 'Search the guidance' });
  if (edition) await page.getByRole('combobox', { name: 'Edition' }).selectOption(edition);
  await box.fill(text);
  // Search loads Pagefind on first use; on a busy machine that can take a while.
  await expect(box).toHaveAttribute('aria-expanded', 'true', { timeout: 20_000 });
}

/** The result options (the last option, "See all N results", opens the search page: seeAll). */
export const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option').filter({ hasNotText: /^See all \d+ results/ });

/** The option that opens every result on the search page, when there are more than the box shows. */
export const seeAll = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /^See all \d+ results/ });

/** The visible message above the results (the same words also go to the live region). */
export const message = (page: Page) => page.locator('[data-search-message]');
