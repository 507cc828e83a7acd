import { test, expect, type Page } from '@playwright/test';

const labelPx = (page: Page) => page.locator('svg.flowchart__svg').first().evaluate((s) => (15 * s.getBoundingClientRect().width) / (s as SVGSVGElement).viewBox.baseVal.width);

// A narrow chart, drawn at its natural size on a laptop: its labels grow as the page's text does.
for (const [name, prefs, factor] of [['large text', { size: 'large' }, 1.25], ['high visibility', { highVisibility: true }, 1.125]] as const) {
  test(`with ${name} a chart's labels grow with the text (x${factor}), on a laptop and on a phone`, async ({ page }) => {
    for (const [width, base] of [[1280, 15], [390, 12]] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('flowcharts/2018/returning-home/');
      expect(await labelPx(page)).toBeCloseTo(base, 0);
      await page.evaluate((p) => localStorage.setItem('wtn-reader', JSON.stringify(p)), prefs);
      await page.reload();
      expect(await labelPx(page)).toBeCloseTo(base * factor, 0);
      await page.evaluate(() => localStorage.removeItem('wtn-reader'));
    }
  });
}
