import { test, expect } from '@playwright/test';
import { usePageClipboard } from './page-clipboard.ts';

test.beforeEach(async ({ page }) => usePageClipboard(page));
import { PAGES } from './pages.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy citation puts the citation and the permanent link on the clipboard and announces it', async ({ page }) => {
  const { chapter, id } = PAGES.provision;
  await page.goto(chapter);
  await page.locator(`article#${id}`).getByRole('button', { name: /^Copy citation/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^Working Together 2010, .+ – http://127\\.0\\.0\\.1:\\d+/.*${chapter}#${id}$`));
  await expect(page.locator('[data-announcer]')).toHaveText(`Copied: ${copied}`);
});

test('copy link puts the full permanent address on the clipboard', async ({ page }) => {
  const { chapter, id } = PAGES.provision;
  await page.goto(chapter);
  await page.locator(`article#${id}`).getByRole('button', { name: /^Copy link/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/.*${chapter}#${id}$`));
});
