import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { typeSearch } from './search-helpers.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the search page with results has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('search/?q=strategy+discussion');
  await expect(page.locator('[data-search-list] > li').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
});

test('the header search with its results open has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'conference');
  await page.keyboard.press('ArrowDown');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
});
