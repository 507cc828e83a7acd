import { test, expect } from '@playwright/test';
import { sitemapPaths } from './built-site.ts';

// On a 390 px phone every chart, on its own page or in a training session, is drawn with labels of
// 12 px at least (the chart's text is 15 user units), scrolling inside its own box, never the page.
const LEAST = 12;
const pages = sitemapPaths().filter((p) => /^flowcharts\/\d{4}\/[^/]+\/$/.test(p) || /^sessions\/[^/]+\/$/.test(p));

test('on a 390 px phone every chart and every session’s charts have labels of 12 px at least, and the page does not scroll sideways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(pages.length).toBeGreaterThan(20);
  const small: string[] = [];
  for (const p of pages) {
    await page.goto(p);
    const sizes = await page.locator('svg.flowchart__svg').evaluateAll((svgs) => svgs
      .filter((s) => s.getClientRects().length)
      .map((s) => (15 * s.getBoundingClientRect().width) / (s as SVGSVGElement).viewBox.baseVal.width));
    expect(sizes.length, p).toBeGreaterThan(0);
    for (const px of sizes) if (px < LEAST - 0.05) small.push(`${p}: ${px.toFixed(1)} px`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(390);
  }
  expect(small).toEqual([]);
});
