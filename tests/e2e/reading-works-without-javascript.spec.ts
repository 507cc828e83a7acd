import { test, expect } from '@playwright/test';
import { PAGES } from './pages.ts';

test.use({ javaScriptEnabled: false });

test('a chapter reads in full without JavaScript, with its links and highlight', async ({ page }) => {
  const { chapter, id } = PAGES.provision;
  await page.goto(`${chapter}#${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator(`article#${id}`)).toBeInViewport();
  await expect(page.locator(`article#${id}`)).toHaveCSS('outline-style', 'solid');
  expect(await page.locator('article.provision').count()).toBeGreaterThan(5);
  // Controls that need JavaScript are not offered.
  await expect(page.getByRole('button', { name: /^Copy citation/ }).first()).toBeHidden();
  await expect(page.getByText('Display options')).toBeHidden();
});
