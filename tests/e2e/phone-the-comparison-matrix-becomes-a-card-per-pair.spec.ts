import { test, expect } from '@playwright/test';

// On a phone each pair of editions is a card with its counts labelled, and the page fits the screen;
// the table keeps its rows and headers for assistive technology.
test('on a 390 px phone each comparison is a card that fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('compare/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const table = page.getByRole('table', { name: /Every pair of editions/ });
  const first = table.getByRole('row').filter({ has: page.getByRole('rowheader') }).first();
  await expect(first.getByRole('rowheader')).toHaveText('2023 to 2026');
  // Total, new, changed, reworded or moved, unchanged, carried forward (not confirmed), removed.
  await expect(first.getByRole('cell')).toHaveCount(7);
  const box = (await first.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const labels = await first.getByRole('cell').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
  expect(labels.join(' ')).toContain('New');
  expect(labels.join(' ')).toContain('Carried forward, not confirmed');
});
