import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { sitemapPaths } from './built-site.ts';

// axe (WCAG 2.2 AA) over every page in the sitemap, in the default and the high-visibility mode.
// axe is loaded once per navigation as an init script (much faster than injecting it per call).
// In the default mode each page is also narrowed to 320 and 390 px wide (WCAG 1.4.10 reflow): the page
// must not scroll sideways (a wide table scrolls inside its own box instead). No extra navigation.
const require = createRequire(import.meta.url);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = sitemapPaths();
const CHUNK = 60;
const PHONE_WIDTHS = [320, 390];

test.describe.configure({ mode: 'parallel' });

test('the sitemap lists every edition, chapter, comparison and history page', () => {
  expect(paths).toContain('2010/chapter-5/');
  expect(paths).toContain('compare/2010/2023/');
  expect(paths).toContain('compare/2023/2026/');
  expect(paths.filter((p) => p.startsWith('history/')).length).toBeGreaterThan(1000);
});

for (const mode of ['default', 'high visibility'] as const) {
  for (let i = 0; i < paths.length; i += CHUNK) {
    const chunk = paths.slice(i, i + CHUNK);
    test(`${mode}: pages ${i + 1}-${i + chunk.length} of ${paths.length} have no WCAG 2.2 AA violations${mode === 'default' ? ' and fit 320 and 390 px' : ''}`, async ({ page }) => {
      test.setTimeout(chunk.length * 20_000);
      await page.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
      if (mode === 'high visibility') await page.addInitScript(() => localStorage.setItem('wtn-reader', JSON.stringify({ highVisibility: true })));
      const found: string[] = [];
      const overflowing: string[] = [];
      for (const path of chunk) {
        await page.goto(path, { waitUntil: 'load' });
        if (mode === 'default') {
          const size = page.viewportSize()!;
          for (const width of PHONE_WIDTHS) {
            await page.setViewportSize({ width, height: size.height });
            const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
            if (pageWidth > width) overflowing.push(`/${path} at ${width} px is ${pageWidth} px wide`);
          }
          await page.setViewportSize(size);
        }
        const violations = await page.evaluate(async (tags) => {
          const r = await (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
        }, WCAG);
        found.push(...violations.map((v) => `/${path}: ${v}`));
      }
      expect.soft(found, 'WCAG 2.2 AA violations').toEqual([]);
      expect.soft(overflowing, 'pages wider than a phone (they scroll sideways)').toEqual([]);
    });
  }
}
