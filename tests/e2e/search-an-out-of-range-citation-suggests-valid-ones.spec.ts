import { test, expect } from '@playwright/test';
import { message, options, typeSearch } from './search-helpers.ts';

test('a paragraph the edition does not have is explained, with the nearest valid ones', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'WT2010 5.999');
  await expect(message(page)).toContainText('Working Together 2010 has no para 5.999');
  await expect(options(page).first()).toContainText('Working Together 2010, paras 5.161');
  expect(await options(page).count()).toBeGreaterThan(0);
});
