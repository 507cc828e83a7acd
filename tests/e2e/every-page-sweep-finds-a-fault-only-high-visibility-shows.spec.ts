import { test, expect } from '@playwright/test';
import { axeAllModes, READER_KEY, setHighVisibility } from './every-page-axe.ts';
import { PAGES } from './pages.ts';
import { AXE_PATH } from './wcag.ts';

// The every-page sweep switches high visibility on the loaded page instead of loading each page
// again. These tests show that is the same check: the page ends in the state a fresh
// high-visibility load gives, and a fault that only high visibility shows is found, in that mode.

/** What high visibility changes in the page: <html>'s attributes and the control's state. */
const modeState = () => ({
  html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).sort(),
  checkbox: document.querySelector<HTMLInputElement>('input[name="high-visibility"]')?.checked ?? null,
  background: getComputedStyle(document.body).backgroundColor,
  color: getComputedStyle(document.body).color,
});

test('switching high visibility on a loaded page gives the state a fresh high-visibility load gives', async ({ page }) => {
  await page.goto(PAGES.chapter, { waitUntil: 'load' });
  await setHighVisibility(page, true);
  const switched = await page.evaluate(modeState);
  await page.reload({ waitUntil: 'load' });
  const fresh = await page.evaluate(modeState);
  expect(switched).toEqual(fresh);
  expect(fresh.html).toContain('data-high-visibility=');
  await setHighVisibility(page, false);
  expect(await page.evaluate((key) => localStorage.getItem(key), READER_KEY)).toBeNull();
});

test('a contrast fault shown only in high visibility is found, and named as such', async ({ page }) => {
  await page.addInitScript({ path: AXE_PATH });
  await page.goto(PAGES.chapter, { waitUntil: 'load' });
  // A fault of our own making: pale grey text, in high visibility only.
  // (Added to the site's own stylesheet, since the page's Content-Security-Policy refuses a new one.)
  await page.evaluate(() => document.styleSheets[0].insertRule('html[data-high-visibility] main p { color: #bbb !important; background: #fff !important }', document.styleSheets[0].cssRules.length));
  const { violations } = await axeAllModes(page);
  expect(violations.some((v) => v.startsWith('high visibility: color-contrast'))).toBe(true);
  expect(violations.filter((v) => v.startsWith('default:'))).toEqual([]);
});
