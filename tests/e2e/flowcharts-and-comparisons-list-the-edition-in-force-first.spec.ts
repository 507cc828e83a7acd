import { test, expect } from '@playwright/test';

// Both indexes put the edition in force (2026) first, then the older editions newest first.
test('the flowchart index lists the edition in force first, then newest to oldest', async ({ page }) => {
  await page.goto('flowcharts/');
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  const years = headings.map((h) => /(\d{4})/.exec(h)?.[1]).filter((y): y is string => !!y);
  expect(years[0]).toBe('2026');
  expect(years).toEqual([...years].sort().reverse());
  expect(years).toContain('2010');
});

test('the comparison index lists the pairs into the edition in force first', async ({ page }) => {
  await page.goto('compare/');
  const pairs = await page.getByRole('table', { name: /Every pair of editions/ }).getByRole('rowheader').allTextContents();
  expect(pairs[0]).toBe('2023 to 2026');
  const newer = pairs.map((p) => p.slice(-4));
  expect(newer).toEqual([...newer].sort().reverse());
  expect(pairs).toContain('2010 to 2013');
});
