import { test, expect } from '@playwright/test';

/** A tall chart (its labels were ~9 px) and a wide one. */
const CHARTS = ['flowcharts/2010/serious-case-review/', 'flowcharts/2018/referral/'];
const SCREENS = [
  { width: 1280, height: 900, least: 20 },
  { width: 1920, height: 1080, least: 24 },
];

for (const { width, height, least } of SCREENS) {
  test(`in presenter view at ${width}x${height} the chart fills the screen and its labels are at least ${least} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const chart of CHARTS) {
      await page.goto(`${chart}#step-3`);
      await page.getByRole('button', { name: 'Presenter view' }).click();
      const canvas = page.locator('[data-walkthrough-canvas]');
      const box = (await canvas.boundingBox())!;
      expect(box.width, chart).toBeGreaterThanOrEqual(width * 0.6);
      expect(box.y + box.height, chart).toBeGreaterThanOrEqual(height * 0.95);
      const label = await page.locator('svg.flowchart__svg .node text').first().evaluate((t) => {
        const svg = t.closest('svg')!;
        const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(t).fontSize) * k;
      });
      expect(label, chart).toBeGreaterThanOrEqual(least);
      // The current step's box is on screen, inside the chart's box.
      await expect(page.locator('svg [data-step="3"]')).toBeInViewport();
    }
  });
}
