import { test, expect } from '@playwright/test';
import { options, typeSearch } from './search-helpers.ts';

test('"/" focuses the search box from anywhere on the page', async ({ page }) => {
  await page.goto('2010/');
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search the guidance')).toBeFocused();
});

test('arrow keys move the active option, which the box announces', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'conference');
  const box = page.getByRole('combobox', { name: 'Search the guidance' });
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-option-1');
  await expect(page.locator('[data-search-status]')).toContainText(/\d+ results/);
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
});
