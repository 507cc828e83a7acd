import { test, expect } from '@playwright/test';
import { PAGES } from './pages.ts';

test('arriving by a provision’s link shows it in view and highlighted', async ({ page }) => {
  const { chapter, id } = PAGES.provision;
  await page.goto(`${chapter}#${id}`);
  const provision = page.locator(`article#${id}`);
  await expect(provision).toBeInViewport();
  await expect(provision).toHaveCSS('outline-style', 'solid');
  const other = page.locator('article.provision').filter({ hasNot: page.locator(`#${id}-title`) }).first();
  await expect(other).toHaveCSS('outline-style', 'none');
});

test('each provision’s link is its permanent address', async ({ page }) => {
  const { chapter, id } = PAGES.provision;
  await page.goto(chapter);
  const link = page.locator(`article#${id}`).getByRole('link', { name: /^Link to/ });
  await expect(link).toHaveAttribute('href', new RegExp(`/${chapter}#${id}$`));
});
