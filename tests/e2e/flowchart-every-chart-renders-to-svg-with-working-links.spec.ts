import { test, expect } from '@playwright/test';

test('every chart is an inline SVG with a title, a description and a working link from each box to its provision', async ({ page, request }) => {
  test.setTimeout(300_000); // every page of its kind, one after another
  await page.goto('flowcharts/');
  const charts = await page.locator('main a[href*="/flowcharts/"]:not([href*="/compare/"])').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(charts.length).toBeGreaterThan(0);
  const pages = new Map<string, string>();
  for (const chart of charts) {
    await page.goto(chart);
    const svg = page.locator('svg.flowchart__svg');
    await expect(svg).toHaveAttribute('role', 'graphics-document document');
    await expect(svg.locator('title')).toHaveText(await page.locator('h1').innerText());
    await expect(svg.locator('desc')).not.toBeEmpty();
    const steps = await page.locator('[data-walkthrough-item]').count();
    const links = await svg.locator('a.flowchart__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(steps);
    for (const href of links) {
      const url = new URL(href, chart);
      if (!pages.has(url.pathname)) {
        const res = await request.get(url.pathname);
        expect(res.status(), url.pathname).toBe(200);
        pages.set(url.pathname, await res.text());
      }
      expect(pages.get(url.pathname), `${href} from ${chart}`).toContain(`id="${url.hash.slice(1)}"`);
    }
  }
});

// With JavaScript a box selects its step (flowchart-clicking-a-box-selects-its-step.spec.ts).
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a box in the chart opens the provision it rests on', async ({ page }) => {
    await page.goto('flowcharts/2010/referral/');
    const link = page.locator('svg a.flowchart__link').nth(2);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(`article${new URL(href, page.url()).hash}`)).toBeInViewport();
  });
});
