import { test, expect } from '@playwright/test';

test('the local filter narrows results to local notes, contacts and documents, each opening its place', async ({ page }) => {
  await page.goto('search/?q=front+door');
  const metas = page.locator('[data-search-list] .search-result__meta');
  await expect(page.locator('[data-search-summary]')).toContainText(/match/);
  await page.getByRole('group', { name: 'Show' }).getByRole('checkbox', { name: 'Local information' }).check();
  await expect(page).toHaveURL(/kind=Local\+information/);
  await expect(metas.first()).toContainText('Local: Exampleshire Safeguarding Children Partnership');
  for (const meta of await metas.allTextContents()) expect(meta).toContain('Local: Exampleshire');
  await page.locator('[data-search-list] a', { hasText: 'Where referrals go in Exampleshire' }).click();
  await expect(page).toHaveURL(/2026\/chapter-3\/#local-front-door-referrals--north--2026-referral-who$/);
  await expect(page.locator('#local-front-door-referrals--north--2026-referral-who')).toBeInViewport();
});
