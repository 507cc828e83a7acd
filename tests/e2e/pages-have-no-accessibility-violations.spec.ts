import { test, expect } from '@playwright/test';
import { wcagFindings } from './wcag.ts';
import { PAGES } from './pages.ts';


for (const [name, path] of [['home', PAGES.home], ['edition', PAGES.edition], ['chapter', PAGES.chapter]] as const) {
  test(`the ${name} page has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    expect(await wcagFindings(page)).toEqual([]);
  });
}
