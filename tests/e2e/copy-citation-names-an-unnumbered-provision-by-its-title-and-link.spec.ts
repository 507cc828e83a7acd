import { test, expect } from '@playwright/test';
import { usePageClipboard } from './page-clipboard.ts';

test.beforeEach(async ({ page }) => usePageClipboard(page));

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a 2023 provision with no known number is copied with its chapter, its own title and its permanent link', async ({ page }) => {
  await page.goto('2023/chapter-3/');
  const article = page.locator('article[data-provision]').first();
  const id = await article.getAttribute('id');
  const title = (await article.getByRole('heading').first().textContent())!.trim();
  await article.getByRole('button', { name: /^Copy citation/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`Working Together 2023, Chapter 3, ‘${title}’ – ${new URL(`#${id}`, page.url()).href}`);
});
