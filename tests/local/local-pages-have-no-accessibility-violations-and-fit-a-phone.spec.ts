import { test, expect } from '@playwright/test';
import { wcagFindings } from '../e2e/wcag.ts';

// The local pages, checked whole; national pages that carry local notes, checked where the layer adds
// to them (the rest of each is checked by the every-page run on the default build).
const PAGES: [string, string[]][] = [
  ['local/', []], ['local/north/', []], ['amendments/', []], ['data/', []],
  ['2026/chapter-3/', ['.local-bar', '[data-local-notes]']],
  ['trees/refer-to-childrens-social-care/', ['.local-bar', '[data-local-contacts]']],
  ['flowcharts/2026/referral/', ['.local-bar', '[data-local-notes]']],
];

for (const mode of ['default', 'high visibility'] as const) {
  test(`${mode}: the pages with local information have no WCAG 2.2 AA violations and fit a 390 px phone`, async ({ page }) => {
    test.setTimeout(PAGES.length * 30_000);
    if (mode === 'high visibility') await page.addInitScript(() => localStorage.setItem('wtn-reader', JSON.stringify({ highVisibility: true })));
    await page.setViewportSize({ width: 390, height: 844 });
    const found: string[] = [];
    for (const [path, parts] of PAGES) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) found.push(`/${path} is ${width} px wide at 390 px`);
      found.push(...(await wcagFindings(page, { include: parts })).map((v) => `/${path} ${v}`));
    }
    expect(found).toEqual([]);
  });
}
