import { test, expect } from '@playwright/test';
import { wcagFindings } from '../e2e/wcag.ts';

// Built by npm run test:deployment with made-up official text of our own for the introductions of
// 2023 and 2026 (tests/fixtures/official/site-fixture.ts): intro-welfare-first's paragraph is word
// for word the same (matched by its words), intro-purpose's changed (mapping reviewed), and no
// paragraph covers intro-covers.

test('a carried provision whose official paragraph is the same in both editions is confirmed unchanged, with its evidence and official link', async ({ page }) => {
  await page.goto('2026/introduction/');
  const p = page.locator('#intro-welfare-first');
  await expect(p.getByRole('link', { name: /^Confirmed unchanged/ })).toHaveAttribute('href', /\/how-to-read\/#confirmed-unchanged$/);
  await expect(p.locator('[data-status-evidence]')).toHaveText('Official paragraph 1 is word for word the same in 2023 and 2026. The paragraphs were matched to this summary by their words; an editor has not yet checked the match.');
  await expect(p.locator('[data-official-links]').getByRole('link', { name: 'paragraph 1' })).toHaveAttribute('href', /\/2026\/introduction\/official\/#para-1$/);
});

test('a carried provision whose official paragraph changed is to review and shows the official word diff', async ({ page }) => {
  await page.goto('2026/introduction/');
  const p = page.locator('#intro-purpose');
  await expect(p.locator('[data-status-badge]')).toHaveText(/Official text changed: summary to review/);
  await expect(p.locator('[data-status-evidence]')).toContainText('2026 paragraph 2 differs from 2023 paragraph 2');
  await p.getByText('What changed in the official text').click();
  await expect(p.locator('[data-status-diff] ins').first()).toContainText('young people');
  await expect(p.locator('[data-status-diff] del').first()).toBeVisible();
});

test('a carried provision no official paragraph covers stays carried forward, not confirmed, and the chapter counts all three', async ({ page }) => {
  await page.goto('2026/introduction/');
  await expect(page.locator('#intro-covers [data-status-badge]')).toHaveText(/Carried forward, not confirmed/);
  const notice = page.locator('[data-status-notice="chapter"]');
  await expect(notice).toContainText('1 is confirmed unchanged against the official text');
  await expect(notice).toContainText('For 1, the official text changed');
});

test('the review page lists the provision to review with its diff, what rests on an unreviewed mapping, and the counts', async ({ page }) => {
  await page.goto('review/');
  const item = page.locator('[data-review-item="2026:intro-purpose"]');
  await expect(item).toContainText('What the guidance sets out');
  await expect(item.locator('ins').first()).toContainText('young people');
  await expect(page.locator('[data-review-proposed="2026:intro-welfare-first"]')).toContainText('proposed, lowest score');
  const counts = page.locator('[data-review-counts="2026"] td');
  await expect(counts.nth(1)).toHaveText('1');
  await expect(counts.nth(2)).toHaveText('1');
});

test('the comparison and the edition page count confirmed and to review apart', async ({ page }) => {
  await page.goto('compare/2023/2026/');
  await expect(page.locator('.compare-counts')).toContainText('Confirmed unchanged');
  await expect(page.locator('[data-kind="review"]').filter({ hasText: 'What the guidance sets out' })).toHaveCount(1);
  await page.goto('2026/');
  await expect(page.locator('[data-status-counts]')).toContainText('(1 confirmed unchanged, 1 to review,');
  await page.goto('compare/2023/2026/action-plan/');
  await expect(page.locator('tr[data-row="2026:intro-purpose"]')).toContainText('Official text changed');
});

for (const path of ['2026/introduction/', 'review/']) {
  test(`/${path} with official text has no WCAG 2.2 AA violations and fits 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await wcagFindings(page)).toEqual([]);
  });
}
