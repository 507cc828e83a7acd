import { test, expect } from '@playwright/test';
import { options, typeSearch } from './search-helpers.ts';

test('"WT2010 5.82" and Enter open the initial child protection conference', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'WT2010 5.82');
  await expect(options(page).first()).toContainText('The initial child protection conference');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/2010\/chapter-5\/#icpc$/);
  await expect(page.locator('#icpc')).toBeInViewport();
});

test('"5.82" with 2010 chosen opens the same paragraph', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, '5.82', '2010');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/2010\/chapter-5\/#icpc$/);
});
