import { test, expect } from '@playwright/test';

test('ticking “Who holds the duty” leaves only changes of duty holder, and says how many', async ({ page }) => {
  await page.goto('compare/2015/2018/');
  await page.getByRole('checkbox', { name: 'Who holds the duty' }).check();
  const shown = page.locator('li[data-kind]:visible');
  await expect(page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ changes/ })).toBeVisible();
  const n = await shown.count();
  expect(n).toBeGreaterThan(0);
  for (const typed of await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.typed))) expect(typed).toContain('duty-holder');
  await expect(page.locator('li[data-kind]:visible').filter({ hasText: 'Safeguarding partners' }).first()).toBeVisible();
  await expect(page).toHaveURL(/typed=duty-holder/);
});

test('choosing whom a change falls on narrows to that group (and to changes for all practitioners)', async ({ page }) => {
  await page.goto('compare/2015/2018/');
  await page.getByRole('checkbox', { name: 'Police', exact: true }).check();
  for (const groups of await page.locator('li[data-kind]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.groups!.split(' '))))
    expect(groups.includes('police') || groups.includes('practitioners'), groups.join(' ')).toBe(true);
});
