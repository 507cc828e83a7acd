import { test, expect } from '@playwright/test';
import { sitemapPaths } from './built-site.ts';
import { axeAllModes, CHUNK } from './every-page-axe.ts';
import { AXE_PATH } from './wcag.ts';

// axe (WCAG 2.2 AA) over every page in the sitemap, in the default and the high-visibility mode,
// and every page narrowed to 320 and 390 px wide (WCAG 1.4.10 reflow): it must not scroll
// sideways (a wide table scrolls inside its own box instead). One navigation per page: the
// high-visibility run switches the mode on the loaded page as the reader's own control does
// (every-page-axe.ts says why that is the same check, and a test there proves it finds what a
// fresh high-visibility load finds).
const paths = sitemapPaths();

test.describe.configure({ mode: 'parallel' });

test('the sitemap lists every page of every kind: editions, chapters, comparisons, action plans, histories, charts and sessions', () => {
  // Other specs check only the states a reader reaches on these pages; this sweep is what checks them as they load.
  for (const p of ['', '2010/chapter-5/', '2018/key-changes/', '2010/glossary/', 'compare/', 'compare/2010/2023/', 'compare/2023/2026/', 'compare/2018/2023/action-plan/',
    'terms/', 'how-to-read/', 'review/', 'search/', 'about/', 'check/', 'flowcharts/', 'flowcharts/2018/referral/', 'sessions/', 'trees/', 'amendments/', 'data/']) expect(paths).toContain(p);
  expect(paths.filter((p) => p.startsWith('flowcharts/compare/')).length).toBeGreaterThan(20);
  expect(paths.filter((p) => p.startsWith('sessions/') && p.endsWith('/present/')).length).toBeGreaterThan(3);
  expect(paths.filter((p) => p.startsWith('history/')).length).toBeGreaterThan(1000);
});

for (let i = 0; i < paths.length; i += CHUNK) {
  const chunk = paths.slice(i, i + CHUNK);
  test(`pages ${i + 1}-${i + chunk.length} of ${paths.length} have no WCAG 2.2 AA violations in the default or high-visibility mode and fit 320 and 390 px`, async ({ page }) => {
    test.setTimeout(chunk.length * 20_000);
    await page.addInitScript({ path: AXE_PATH });
    const found: string[] = [];
    const overflowing: string[] = [];
    for (const path of chunk) {
      await page.goto(path, { waitUntil: 'load' });
      const r = await axeAllModes(page);
      found.push(...r.violations.map((v) => `/${path}: ${v}`));
      overflowing.push(...r.overflowing.map((o) => `/${path} ${o}`));
    }
    expect.soft(found, 'WCAG 2.2 AA violations').toEqual([]);
    expect.soft(overflowing, 'pages wider than a phone (they scroll sideways)').toEqual([]);
  });
}
