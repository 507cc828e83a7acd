import { test, expect } from '@playwright/test';

test('a 2023 page carries the superseded banner naming 2026 as its successor', async ({ page }) => {
  await page.goto('2023/chapter-3/');
  const banner = page.getByRole('note', { name: 'Superseded edition' });
  await expect(banner).toContainText('Working Together 2023 has been replaced');
  await expect(banner.getByRole('link', { name: 'Working Together 2026' })).toBeVisible();
});

test('2026 pages carry no superseded banner, and the header marks 2026 as in force', async ({ page }) => {
  await page.goto('2026/chapter-3/');
  await expect(page.getByRole('note', { name: 'Superseded edition' })).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('link', { name: '2026 (in force)' })).toBeVisible();
});

test('the header search offers "In force only (2026)"', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Edition' }).locator('option', { hasText: 'In force only (2026)' })).toHaveCount(1);
});

test('the decision trees open at the edition in force', async ({ page }) => {
  await page.goto('trees/serious-incident-notification/');
  await expect(page.getByText(/Working Together 2026/).first()).toBeVisible();
});
