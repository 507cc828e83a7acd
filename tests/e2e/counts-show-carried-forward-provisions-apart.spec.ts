import { test, expect } from '@playwright/test';
import { wcagFindings } from './wcag.ts';

// Nothing may suggest 2026 has only the provisions a source confirms: carried-forward ones are
// counted apart, in their own column, wherever provisions are counted.

test('the compare index has a column of its own for carried-forward provisions, and the newer edition\'s total', async ({ page }) => {
  await page.goto('compare/');
  const row = page.getByRole('row', { name: /2023 to 2026/ });
  const total = Number(await row.locator('[data-column="Provisions in the newer edition"]').textContent());
  const carried = Number(await row.locator('[data-column="Carried forward, not confirmed"]').textContent());
  expect(carried).toBeGreaterThan(100);
  expect(total).toBeGreaterThan(carried);
  const own = await Promise.all(['New', 'Changed', 'Reworded or moved', 'Unchanged'].map(async (c) => Number(await row.locator(`[data-column="${c}"]`).textContent())));
  expect(own.reduce((a, b) => a + b, 0) + carried).toBe(total);
});

test('the home page and the edition page count carried-forward provisions apart from confirmed ones', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.edition-card', { hasText: 'Working Together 2026' }).locator('[data-status-counts]')).toHaveText(/^\d+ provisions: .*; \d+ carried forward from 2023 \(\d+ not confirmed\)\./);
  await page.goto('2026/');
  await expect(page.locator('[data-status-counts]')).toContainText('carried forward from 2023');
});

test('the compare index has no WCAG 2.2 AA violations and fits 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('compare/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await wcagFindings(page)).toEqual([]);
});
