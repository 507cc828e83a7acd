import { test, expect } from '@playwright/test';
import { wcagFindings } from './wcag.ts';
import { message, options, typeSearch } from './search-helpers.ts';

const LONG = 'Working Together 2023 Ch 2 — Managing allegations';

test('the header search showing a citation answer, with what was read, has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, LONG);
  await expect(message(page)).toContainText('Read as:');
  await page.keyboard.press('ArrowDown');
  expect(await wcagFindings(page)).toEqual([]);
});

test('at 390 px a citation answer and its reasons fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('2010/chapter-5/');
  await typeSearch(page, LONG);
  await expect(options(page).first()).toBeVisible();
  const popup = (await page.locator('[data-search-popup]').boundingBox())!;
  expect(popup.x).toBeGreaterThanOrEqual(0);
  expect(popup.x + popup.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the search page with a citation answer has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(LONG)}`);
  await expect(page.locator('[data-search-summary]')).toContainText('Read as:');
  expect(await wcagFindings(page)).toEqual([]);
});
