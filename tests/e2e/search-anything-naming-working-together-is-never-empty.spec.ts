import { test, expect } from '@playwright/test';
import { message, options, typeSearch } from './search-helpers.ts';

test('an edition that never existed, named in the header search, gets the nearest editions and a plain reason', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'Working Together (2003), chapter 5');
  await expect(message(page)).toContainText('does not cover a 2003 edition');
  await expect(options(page).first()).toContainText('Working Together 2010');
});

test('the bare name of the guidance offers every edition, the one in force first', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'Working Together');
  await expect(message(page)).toContainText('Which edition?');
  expect(await options(page).count()).toBeGreaterThanOrEqual(6);
  await expect(options(page).first()).toContainText(': contents');
});
