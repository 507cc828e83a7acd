import { test, expect } from '@playwright/test';
import { options } from './search-helpers.ts';

// The header's edition choice offers the edition in force once ("In force only (2026)"), not also as "2026",
// and choosing it still narrows the typeahead to that edition.
test('the header edition choice names each edition once, and "In force only" finds the edition in force', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('');
  const labels = await page.getByRole('banner').getByRole('combobox', { name: 'Edition' }).locator('option').allTextContents();
  expect(labels).toContain('In force only (2026)');
  expect(labels).not.toContain('2026');
  const years = labels.map((l) => /\d{4}/.exec(l)?.[0]).filter(Boolean);
  expect(new Set(years).size).toBe(years.length);
  expect(labels).toContain('2010');

  await page.getByRole('banner').getByRole('combobox', { name: 'Edition' }).selectOption('in-force');
  await page.getByLabel('Search the guidance').click();
  await page.getByRole('combobox', { name: 'Search the guidance' }).pressSequentially('child protection conference');
  await expect(options(page).first()).toBeVisible({ timeout: 20_000 });
  const texts = await options(page).allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) expect(t).toContain('2026');
});
