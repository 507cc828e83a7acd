import { test, expect } from '@playwright/test';
import { wcagFindings } from './wcag.ts';

// 2026 chapter 5 is almost all carried forward from 2023: the chapter and each section say so once,
// and each provision carries a compact badge (read out, printed, linked to what it means).
const chapter = '2026/chapter-5/';
const carried = 'rapid-review-timing';

test('the chapter says once how many of its provisions are carried forward, and each section again in brief', async ({ page }) => {
  await page.goto(chapter);
  await expect(page.locator('[data-status-notice="chapter"]')).toHaveText(/^\s*\d+ of the \d+ provisions in this chapter are carried forward from Working Together 2023|^\s*All \d+ provisions in this chapter are carried forward from Working Together 2023/);
  await expect(page.locator('#rapid-reviews [data-status-notice="section"]')).toContainText('carried forward from Working Together 2023');
  // The long explanation is not repeated on every provision.
  await expect(page.getByText('No source we have found says what Working Together 2026 says here')).toHaveCount(0);
});

test('a carried provision has a badge that is a link to what it means, and names the summary it shows', async ({ page }) => {
  await page.goto(`${chapter}#${carried}`);
  const provision = page.locator(`#${carried}`);
  const badge = provision.getByRole('link', { name: /^Carried forward, not confirmed/ });
  await expect(badge).toHaveAccessibleName(/^Carried forward, not confirmed ?: Completing a rapid review$/);
  await expect(provision.getByRole('link', { name: /the Working Together 2023 provision/ })).toHaveAttribute('href', /\/2023\/chapter-5\/#rapid-review-timing$/);
  await badge.click();
  await expect(page).toHaveURL(/\/how-to-read\/#carried-forward$/);
  await expect(page.locator('#carried-forward')).toBeVisible();
});

test('the badge prints', async ({ page }) => {
  await page.goto(chapter);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`#${carried} [data-status-badge="carried"]`)).toBeVisible();
});

test('search results show the badge', async ({ page }) => {
  await page.goto('search/?q=rapid+review+15+working+days&edition=2026');
  await expect(page.locator('[data-search-list] .search-result').first().locator('.status-badge')).toHaveText('Carried forward, not confirmed');
});

test('a tree citation and a flowchart step show the badge too', async ({ page }) => {
  await page.goto('trees/serious-incident-notification/#tree=serious-incident-notification&edition=2026&what-happened=died&abuse-or-neglect=yes');
  await expect(page.locator('.tree-citations .status-badge').first()).toHaveText('Carried forward, not confirmed');
  await page.goto('flowcharts/2026/serious-incident/');
  await expect(page.locator('.flowchart-step__cites .status-badge').first()).toContainText('Carried forward, not confirmed');
});

test('the chapter page has no WCAG 2.2 AA violations and fits 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(chapter);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await wcagFindings(page)).toEqual([]);
});
