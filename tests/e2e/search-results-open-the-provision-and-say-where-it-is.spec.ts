import { test, expect } from '@playwright/test';
import { message, options, typeSearch } from './search-helpers.ts';

test('a word result shows edition, chapter and section, and opens the provision’s own anchor', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'strategy discussion');
  // The first provision among the results (a partnership's local notes may rank among them).
  const where = /Working Together \d{4}.* · .*Chapter \d+.* · /;
  await expect(options(page).filter({ hasText: where }).first()).toBeVisible();
  const index = (await options(page).allTextContents()).findIndex((t) => where.test(t));
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\d{4}\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('words that no provision holds together still find the provisions holding most of them', async ({ page }) => {
  await page.goto('');
  // Registrars and strategy discussions are never in the same provision.
  await typeSearch(page, 'strategy discussion registrar');
  await expect(message(page)).toContainText('These hold all but one of the words');
  await expect(options(page).first()).toBeVisible();
});
