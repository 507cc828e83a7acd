import { test, expect, type Page } from '@playwright/test';
import { firstPageUnder } from './built-site.ts';

const hidden = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).display);
const after = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e, '::after').content);

test.beforeEach(async ({ page }) => { await page.emulateMedia({ media: 'print' }); });

test('a chapter prints without navigation, each provision with its citation and address', async ({ page }) => {
  await page.goto('2010/chapter-5/');
  for (const chrome of ['.site-header', '.site-footer', '.on-this-page', '.chapter-nav', '.provision__actions', '.edition-switcher']) expect(await hidden(page, chrome), chrome).toBe('none');
  expect(await after(page, '#icpc-timing')).toMatch(/^"Cite as: Working Together 2010, .*\/2010\/chapter-5\/#icpc-timing"$/);
  await expect(page.getByRole('complementary', { name: 'About this summary' })).toBeVisible();
});

test('a comparison prints its items with the addresses of the provisions they name', async ({ page }) => {
  await page.goto('compare/2015/2018/');
  expect(await hidden(page, '.compare-filters')).toBe('none');
  expect(await after(page, '.compare-item--changed .compare-item__was a')).toMatch(/\(\/2015\//);
});

test('flowchart and tree pages print without the site’s navigation', async ({ page }) => {
  for (const path of [firstPageUnder('flowcharts'), firstPageUnder('trees')]) {
    await page.goto(path!);
    expect(await hidden(page, '.site-header'), path).toBe('none');
    expect(await hidden(page, '.site-footer'), path).toBe('none');
  }
});

test('a chapter prints to PDF', async ({ page }) => {
  await page.goto('2010/chapter-8/');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
