import { test, expect } from '@playwright/test';

test('choosing an area hides the other area\'s notes, is kept across pages in this browser, and sends nothing', async ({ page, context, baseURL }) => {
  await page.goto('2026/chapter-3/');
  const north = page.locator('article#referral-who [data-local-note="front-door-referrals--north"]');
  const south = page.locator('article#referral-who [data-local-note="front-door-referrals--south"]');
  await expect(north).toBeVisible();
  await expect(south).toBeVisible();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByLabel('Your area').selectOption('south');
  await expect(page.getByRole('status').filter({ hasText: 'Showing local information for South Exampleshire only.' })).toBeVisible();
  await expect(north).toBeHidden();
  await expect(south).toBeVisible();
  expect(requests, 'choosing sends nothing').toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('wtn-local-area'))).toBe('south');

  await page.goto('flowcharts/2026/referral/');
  await expect(page.getByLabel('Your area')).toHaveValue('south');
  await expect(page.locator('[data-local-note="referral-step-front-door--north"]').first()).toBeHidden();
  await expect(page.locator('[data-local-note="referral-step-front-door--south"]').first()).toBeVisible();
  for (const url of requests) expect(url.startsWith(new URL(baseURL!).origin), url).toBe(true);
  expect(requests.some((u) => /south/.test(new URL(u).search + new URL(u).hash))).toBe(false);
  expect(await context.cookies()).toEqual([]);

  // An area's own page shows that area whatever the choice.
  await page.goto('local/north/');
  await expect(page.locator('[data-local-contacts] [data-area="north"]')).toBeVisible();

  await page.getByLabel('Your area').selectOption('');
  await page.goto('flowcharts/2026/referral/');
  await expect(page.locator('[data-local-note="referral-step-front-door--north"]').first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('wtn-local-area'))).toBeNull();
});
