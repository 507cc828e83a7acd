import { test, expect } from '@playwright/test';
import { openTree, TREES } from './tree-helpers.ts';

test('from the top of a tree page, five keys reach the first answer: skip to main content, skip to the questions, Tab', async ({ page }) => {
  await openTree(page, TREES[0].path);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the questions' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.tree-question__text')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.tree-question input[type="radio"]').first()).toBeFocused();
  // The skip leaves the address (where answers are kept) as it was.
  expect(new URL(page.url()).hash).not.toContain('outline-start');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the skip link leads to the first question of the outline, under the edition in force', async ({ page }) => {
    await page.goto(TREES.find((t) => t.id === 'refer-to-childrens-social-care')!.path);
    await page.getByRole('link', { name: 'Skip to the questions' }).focus();
    await page.keyboard.press('Enter');
    const first = page.locator('.tree-outline__question:focus');
    await expect(first).toBeVisible();
    await expect(page.locator('.tree-outline__edition').first().getByRole('heading').first()).toHaveText(/\(in force\)$/);
  });
});
