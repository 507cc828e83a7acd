import { test, expect } from '@playwright/test';

/** A4 less the chart pages' margins (9 mm each side), in CSS px. */
const PRINT_WIDTH = Math.floor(((210 - 18) / 25.4) * 96);

for (const chart of ['flowcharts/2018/referral/', 'flowcharts/2010/serious-case-review/']) {
  test(`printing ${chart} at a step keeps the current step's mark inside the margins`, async ({ page }) => {
    await page.setViewportSize({ width: PRINT_WIDTH, height: 1100 });
    await page.goto(`${chart}#step-3`);
    await expect(page.locator('#step-3')).toHaveAttribute('aria-current', 'step');
    await page.emulateMedia({ media: 'print' });
    const mark = await page.locator('#step-3').evaluate((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { right: r.right, shadow: s.boxShadow, outline: s.outlineStyle, edge: parseFloat(s.borderLeftWidth) };
    });
    expect(mark.right).toBeLessThanOrEqual(PRINT_WIDTH);
    expect(mark.shadow).toBe('none');
    expect(mark.outline).toBe('none');
    // Still marked, inside its own box.
    const plain = await page.locator('#step-1').evaluate((el) => parseFloat(getComputedStyle(el).borderLeftWidth));
    expect(mark.edge).toBeGreaterThan(plain);
  });
}
