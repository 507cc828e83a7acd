import { test, expect } from '@playwright/test';

// A provision's title is never smaller than the text under it: every text size, and high visibility,
// on the chapter page and on a provision's history.
const settings = [{}, { size: 'small' }, { size: 'large' }, { highVisibility: true }, { size: 'large', highVisibility: true }];

for (const prefs of settings) {
  test(`provision titles are bold and at least body size with ${JSON.stringify(prefs)}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.addInitScript((p) => localStorage.setItem('wtn-reader', JSON.stringify(p)), prefs);
    for (const [path, title] of [['2010/chapter-5/', '#icpc-timing-title'], ['history/2010/icpc-timing/', '.timeline__version h3']]) {
      await page.goto(path);
      const sizes = await page.evaluate((sel) => {
        const t = document.querySelector(sel)!;
        const body = getComputedStyle(document.body);
        const own = getComputedStyle(t);
        return { title: parseFloat(own.fontSize), weight: Number(own.fontWeight), body: parseFloat(body.fontSize) };
      }, title);
      expect(sizes.title, `${path} title vs body`).toBeGreaterThanOrEqual(sizes.body);
      expect(sizes.weight).toBeGreaterThanOrEqual(700);
    }
  });
}
