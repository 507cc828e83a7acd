import { test, expect, type Page } from '@playwright/test';
import { wcagFindings } from './wcag.ts';

// The pages this work changed, each checked with axe in the default colours (the comparison, the
// action plan and history pages are already checked so by compare-pages-have-no-accessibility-
// violations) and in high visibility, at the width its readers use (the open phone menu at 390 px,
// the action plan at 1366 px), and for sideways scrolling at 320 and 390 px.
const ELSEWHERE = ['compare/2023/2026/', 'compare/2023/2026/action-plan/', 'history/2023/lsp-who/'];
const PAGES: [string, number, ((page: Page) => Promise<void>)?][] = [
  ['', 390, async (page) => { await page.locator('summary', { hasText: 'Menu' }).click(); }],
  ['2018/chapter-1/', 390],
  ['2026/', 1280],
  ['compare/2023/2026/', 1280],
  ['compare/2023/2026/action-plan/', 1366],
  ['flowcharts/2018/referral/', 390],
  ['sessions/what-changed-2026/', 390],
  ['trees/serious-case-review/', 390],
  ['history/2023/lsp-who/', 390],
];

/** Every WCAG rule; in high visibility only the rules about colour, which is all that mode changes. */
const violations = (page: Page, colourOnly: boolean) => wcagFindings(page, colourOnly ? { rules: ['color-contrast', 'link-in-text-block'] } : {});

for (const highVisibility of [false, true]) {
  test(`the changed pages have no WCAG 2.2 AA violations${highVisibility ? ' in high visibility' : ''}, and none scrolls sideways at 320 or 390 px`, async ({ page }) => {
    test.setTimeout(180_000);
    if (highVisibility) await page.addInitScript(() => localStorage.setItem('wtn-reader', JSON.stringify({ highVisibility: true })));
    const found: string[] = [];
    for (const [path, width, prepare] of PAGES) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(path);
      await prepare?.(page);
      if (highVisibility || !ELSEWHERE.includes(path)) found.push(...(await violations(page, highVisibility)).map((v) => `/${path}: ${v}`));
      for (const w of [320, 390]) {
        await page.setViewportSize({ width: w, height: 844 });
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scroll > w) found.push(`/${path}: scrolls sideways at ${w} px (${scroll})`);
      }
    }
    expect(found).toEqual([]);
  });
}
