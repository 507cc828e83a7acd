import { test, expect } from '@playwright/test';
import { options, typeSearch } from './search-helpers.ts';

test('"SCR" finds serious case reviews, with the matched words marked', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'SCR');
  await expect(options(page).first()).toBeVisible();
  await expect(options(page).locator('mark').filter({ hasText: /serious|case|review/i }).first()).toBeVisible();
});

test('"LSCB" finds Local Safeguarding Children Boards', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'LSCB');
  await expect(options(page).locator('mark').filter({ hasText: /local|safeguarding|children|board|lscb/i }).first()).toBeVisible();
});
