import { test, expect } from '@playwright/test';
import { PAGES } from './pages.ts';

test('an edition’s pages name its official publication and say they are a summary', async ({ page }) => {
  await page.goto(PAGES.chapter);
  const notice = page.getByRole('complementary', { name: 'About this summary' });
  await expect(notice).toContainText('This is a summary, not the official text');
  await expect(notice).toContainText('Working Together to Safeguard Children');
});

test('a superseded edition’s pages name the edition that replaced it', async ({ page }) => {
  await page.goto(PAGES.chapter);
  await expect(page.getByRole('note', { name: 'Superseded edition' })).toContainText(/Working Together 2010 has been replaced by Working Together 2013\. The edition in force is Working Together 2026\./);
});

test('the home page names every edition and marks the one in force', async ({ page }) => {
  await page.goto(PAGES.home);
  await expect(page.getByRole('complementary', { name: 'About this summary' })).toContainText('official publications');
  await expect(page.getByRole('link', { name: /Working Together 2010/ }).first()).toBeVisible();
});
