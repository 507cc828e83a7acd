import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

test('without JavaScript the phone menu opens and shows every navigation link', async ({ page }) => {
  await page.goto('2026/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  await page.locator('summary', { hasText: 'Menu' }).press('Enter');
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: '2026 (in force)' })).toBeInViewport();
  await nav.getByRole('link', { name: 'Decision trees' }).click();
  await expect(page).toHaveURL(/\/trees\/$/);
});
