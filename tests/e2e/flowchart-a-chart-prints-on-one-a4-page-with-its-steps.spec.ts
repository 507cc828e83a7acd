import { test, expect } from '@playwright/test';

test('each chart prints on one A4 page, with its numbered steps', async ({ page }) => {
  test.setTimeout(300_000); // every page of its kind, one after another
  await page.goto('flowcharts/');
  const charts = await page.locator('main a[href*="/flowcharts/"]:not([href*="/compare/"])').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const chart of charts) {
    await page.goto(chart);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.flowchart-steps')).toBeVisible();
    await expect(page.locator('.walkthrough__toolbar')).toBeHidden();
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length;
    expect(pages, chart).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }
});
