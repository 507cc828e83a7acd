import { test, expect } from '@playwright/test';
import { wcagFindings } from './wcag.ts';

const TERMS = ['provision', 'summary', 'lineage', 'summary-reworded', 'carried-forward', 'confirmed-unchanged', 'to-review', 'not-confirmed', 'official-text'];

test('How to read explains each of the site\'s own words under its own anchor, and every page links to it', async ({ page }) => {
  await page.goto('how-to-read/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to read this site');
  for (const id of TERMS) await expect(page.locator(`dt#${id}`), id).toHaveCount(1);
  await page.goto('');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'How to read this site' })).toHaveAttribute('href', /\/how-to-read\/$/);
});

test('notices on the edition page and the comparison link to the words they use', async ({ page }) => {
  await page.goto('2026/');
  await expect(page.locator('[data-unconfirmed-count]').getByRole('link', { name: 'What carried forward means' })).toHaveAttribute('href', /\/how-to-read\/#carried-forward$/);
  await page.goto('compare/2023/2026/');
  await expect(page.getByRole('link', { name: 'lineage' })).toHaveAttribute('href', /\/how-to-read\/#lineage$/);
  await expect(page.getByRole('link', { name: 'Summary reworded' })).toHaveAttribute('href', /\/how-to-read\/#summary-reworded$/);
});

for (const path of ['how-to-read/', 'review/']) {
  test(`/${path} has no WCAG 2.2 AA violations and fits 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await wcagFindings(page)).toEqual([]);
  });
}

test('the review page is for editors: kept from search engines and not in the reader\'s navigation; without official text it says there is nothing to review', async ({ page }) => {
  await page.goto('review/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('[data-review-empty]')).toContainText('There is nothing to review');
  await expect(page.locator('[data-review-empty]')).toContainText('npm run import');
  await page.goto('');
  await expect(page.locator('header a[href$="/review/"], nav a[href$="/review/"], footer a[href$="/review/"]')).toHaveCount(0);
});
