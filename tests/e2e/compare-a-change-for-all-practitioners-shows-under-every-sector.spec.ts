import { test, expect } from '@playwright/test';

test('under the Health filter a manager sees the changes naming health bodies and those for all practitioners, each saying whom it falls on', async ({ page }) => {
  await page.goto('compare/2023/2026/');
  await page.getByRole('checkbox', { name: 'Health', exact: true }).check();
  const shown = page.locator('li[data-kind]:visible');
  await expect(page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ changes/ })).toBeVisible();
  const groups = await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.groups!.split(' ')));
  expect(groups.length).toBeGreaterThan(0);
  for (const g of groups) expect(g.includes('health') || g.includes('practitioners'), g.join(' ')).toBe(true);
  expect(groups.some((g) => g.includes('health'))).toBe(true);
  expect(groups.some((g) => g.includes('practitioners') && !g.includes('health'))).toBe(true);
  // Each shows whom it falls on, in words.
  await expect(shown.first().locator('.compare-item__falls-on')).toContainText(/^Falls on: /);
  await expect(shown.filter({ has: page.locator('.compare-item__falls-on', { hasText: 'Health' }) }).first()).toBeVisible();
});

test('a change for all practitioners also shows under Education, and under Police', async ({ page }) => {
  await page.goto('compare/2023/2026/?kind=new&kind=changed&group=education');
  const education = await page.locator('li[data-kind]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.groups!));
  expect(education.some((g) => g.split(' ').includes('practitioners'))).toBe(true);
  await page.goto('compare/2023/2026/?kind=new&kind=changed&group=police');
  const police = await page.locator('li[data-kind]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.groups!));
  expect(police.some((g) => g.split(' ').includes('practitioners'))).toBe(true);
});
