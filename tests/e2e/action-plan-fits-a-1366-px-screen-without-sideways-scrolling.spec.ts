import { test, expect } from '@playwright/test';

// A manager's laptop: 1366 x 768, at the default text size, with large text, and in high visibility.
for (const [name, prefs] of [['default', {}], ['large text', { size: 'large' }], ['high visibility', { highVisibility: true }]] as const) {
  test(`at 1366 px (${name}) the action plan table fits the page: no sideways scrolling`, async ({ page }) => {
    await page.addInitScript((p) => localStorage.setItem('wtn-reader', JSON.stringify(p)), prefs);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('compare/2010/2026/action-plan/');
    await expect(page.getByRole('textbox', { name: /^Action for/ }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    const table = (await page.locator('.action-plan__table').boundingBox())!;
    expect(table.x + table.width).toBeLessThanOrEqual(1366);
    for (const header of ['Change', 'Action', 'Lead', 'By when', 'Comments / progress']) {
      const box = (await page.getByRole('columnheader', { name: header, exact: true }).boundingBox())!;
      expect(box.x + box.width, header).toBeLessThanOrEqual(1366);
    }
  });
}
