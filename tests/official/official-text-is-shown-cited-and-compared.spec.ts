import { test, expect } from '@playwright/test';
import { usePageClipboard } from '../e2e/page-clipboard.ts';
import { typeSearch, options } from '../e2e/search-helpers.ts';
import { wcagFindings } from '../e2e/wcag.ts';

test.beforeEach(async ({ page }) => usePageClipboard(page));

// Built by npm run test:deployment with made-up official text of our own for 2010 chapter 5 and 2013 chapter 1.

test('a chapter with imported official text links to it, and the official page shows each paragraph with its number, page, anchor and licence', async ({ page }) => {
  await page.goto('2010/chapter-5/');
  await page.getByRole('link', { name: 'Read the official text of this chapter' }).click();
  await expect(page).toHaveURL(/\/2010\/chapter-5\/official\/$/);
  const para = page.getByRole('article', { name: 'Paragraph 5.83' });
  await expect(para).toContainText('Every member keeps the shared tools clean');
  await expect(para).toContainText('Page 120');
  await expect(para.getByRole('link', { name: 'Link to paragraph 5.83' })).toHaveAttribute('href', /\/2010\/chapter-5\/official\/#para-5-83$/);
  await expect(page.getByText('Contains public sector information licensed under the Open Government Licence v3.0.').first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'About this text' })).toContainText('official text');
});

test('copy citation on an official paragraph copies its number, page and permanent link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('2010/chapter-5/official/');
  await page.getByRole('article', { name: 'Paragraph 5.85' }).getByRole('button', { name: /Copy citation/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Working Together 2010, para 5\.85, page 121 – http:\/\/127\.0\.0\.1:\d+\/(?:[a-z-]+\/)?2010\/chapter-5\/official\/#para-5-85$/);
});

test('a page number worked out from the pages either side is shown and cited as worked out, never as printed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('2010/chapter-5/official/');
  const para = page.getByRole('article', { name: 'Paragraph 5.88' });
  await expect(para).toContainText('Page 122, not printed on the page: worked out from the pages either side');
  await para.getByRole('button', { name: /Copy citation/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Working Together 2010, para 5\.88, page 122 \(not printed on the page: worked out from the pages either side\) – http/);
  await expect(page.locator('figcaption', { hasText: 'Table 3: Watering days' })).toContainText('page 122–123, 122 is not printed on the page: worked out from the pages either side');
});

test('a paragraph citation and a page citation both open the exact official paragraph', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'WT2010 5.85');
  await expect(options(page).first()).toContainText('official text');
  await page.getByRole('combobox', { name: 'Search the guidance' }).press('Enter');
  await expect(page).toHaveURL(/\/2010\/chapter-5\/official\/#para-5-85$/);
  await page.goto('');
  await typeSearch(page, 'WT2010 page 121');
  await expect(options(page).filter({ hasText: /paragraph 5\.85/ }).first()).toBeVisible();
});

test('the two editions compare on their official wording, saying the alignment is not reviewed', async ({ page }) => {
  await page.goto('compare/2010/2013/');
  await page.getByRole('link', { name: 'Compare the official wording, paragraph by paragraph' }).click();
  await expect(page).toHaveURL(/\/compare\/2010\/2013\/official\/$/);
  await expect(page.locator('[data-alignment-status]')).toContainText('has not been fully reviewed');
  const reworded = page.locator('.compare-item', { hasText: '2013 paragraph 2' });
  await expect(reworded).toContainText('from 2010 paragraph 5.83');
  await expect(reworded.locator('ins')).toContainText('before dusk');
});

test('search finds an official paragraph by its words', async ({ page }) => {
  await page.goto('search/?q=compost+bays');
  await expect(page.locator('[data-search-list] .search-result__title').first()).toContainText('official text');
});

test('sub-paragraphs, boxes and tables show as structure, fit a phone and pass axe', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('2010/chapter-5/official/');
  const para = page.getByRole('article', { name: 'Paragraph 5.88' });
  await expect(para.getByRole('listitem').filter({ hasText: '(b) every bed has a named keeper' }).getByRole('listitem')).toHaveText(['(i) waters it twice a week; and', '(ii) reports pests to the secretary.']);
  await expect(page.getByText('A made-up reminder')).toBeVisible();
  const table = page.getByRole('region', { name: 'Table 3: Watering days' });
  await expect(table.getByRole('columnheader')).toHaveText(['Bed', 'Day']);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await wcagFindings(page)).toEqual([]);
});
